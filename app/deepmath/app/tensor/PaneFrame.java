package deepmath.app.tensor;

import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * What the Tensors tab's pages are built of alike: the controls in a scrolling column on the left, the figures
 * in the centre, a muted hint, and a page that follows its settings.
 */
final class PaneFrame {
    private PaneFrame() {
    }

    /** The controls' column, scrolling, never narrower than its fields need. */
    static ScrollPane side(VBox controls) {
        controls.setPadding(new Insets(0, 14, 0, 0));
        ScrollPane scroll = new ScrollPane(controls);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(330);
        scroll.setMinWidth(300);
        return scroll;
    }

    /** The figures' column, set off from the controls. */
    static VBox centre(VBox column) {
        column.setPadding(new Insets(0, 0, 0, 12));
        return column;
    }

    /** The page: {@code left} beside {@code centre}. */
    static BorderPane of(Node left, Node centre) {
        BorderPane pane = new BorderPane(centre);
        pane.setLeft(left);
        pane.setPadding(new Insets(12));
        return pane;
    }

    /** The muted explanation under a page's controls, wrapped within its column. */
    static Label hint(Messages text, String key) {
        Label hint = Translated.label(text, key);
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.getStyleClass().add("conv-muted");
        return hint;
    }

    /** A built page follows its settings: shown in the controls, then recomputed. */
    static <T> void follow(ObservableValue<T> settings, Consumer<T> push, Runnable recompute) {
        settings.addListener((o, was, now) -> {
            push.accept(now);
            recompute.run();
        });
    }
}
