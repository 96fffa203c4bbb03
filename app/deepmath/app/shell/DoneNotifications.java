package deepmath.app.shell;

import deepmath.app.task.DoneNotifier;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Finished long work as a ControlsFX notification in the window's bottom right corner, above the status bar,
 * for a few seconds. Its title and text are labels bound to the bundles' bindings (ControlsFX's own title and
 * text are plain strings), so a language switch while it is shown relabels it.
 */
final class DoneNotifications implements DoneNotifier {
    static final Duration SHOWN_FOR = Duration.seconds(7);
    /** The text's wrapping width. */
    private static final double WIDTH = 360;

    private final Window owner;

    DoneNotifications(Window owner) {
        this.owner = owner;
    }

    @Override
    public void finished(ObservableStringValue title, ObservableStringValue text) {
        if (owner.getScene() == null || !owner.isShowing()) {
            return;
        }
        Label heading = new Label();
        heading.textProperty().bind(title);
        heading.getStyleClass().add("done-notification-title");
        Label body = new Label();
        body.textProperty().bind(text);
        body.setWrapText(true);
        // Its height is asked for at its wrapping width and never less: while the box slides in, ControlsFX
        // lays it out shorter, and a wrapping label given one line's height ends in "…".
        body.setPrefWidth(WIDTH);
        body.setMaxWidth(WIDTH);
        body.setMinHeight(Region.USE_PREF_SIZE);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        body.getStyleClass().add("done-notification-text");
        VBox content = new VBox(4, heading, body);
        content.setId("done-notification");
        content.getStyleClass().add("done-notification");
        // Light or dark follows the theme through deepmath.css (the popup takes the window's stylesheets), not
        // ControlsFX's darkStyle(), which paints with colours the theme does not define.
        Notifications.create()
                .owner(owner)
                .graphic(content)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .show();
    }
}
