package deepmath.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX's Primer theme (light or dark) under the lab's own stylesheet. */
final class Theme {
    static final String STYLESHEET = "/css/deepmath.css";

    private Theme() {
    }

    static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        String css = Objects.requireNonNull(Theme.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
        scene.getRoot().getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }
}
