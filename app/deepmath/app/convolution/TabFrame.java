package deepmath.app.convolution;

import deepmath.conv.MatrixText;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * What the neuron-and-layer, backpropagation and properties tabs are built of alike: the controls in a
 * scrolling column on the left and the figures in a centre column, labels that wrap within that column, the
 * muted hint under the figures, number fields that accept the typographic minus, and a tab that follows its
 * settings and the language.
 */
final class TabFrame {
    private TabFrame() {
    }

    /** The controls' column, scrolling, at the width every tab of the lab gives it. */
    static ScrollPane side(VBox controls) {
        controls.setPadding(new Insets(0, 14, 0, 0));
        ScrollPane scroll = new ScrollPane(controls);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(330);
        scroll.getStyleClass().add("conv-side");
        return scroll;
    }

    /** The tab: {@code side} on the left, {@code centre} filling the rest (and free to be narrower than its texts). */
    static BorderPane of(ScrollPane side, VBox centre) {
        centre.setPadding(new Insets(0, 0, 0, 12));
        centre.setMinWidth(0);
        BorderPane pane = new BorderPane(centre);
        pane.setLeft(side);
        pane.setPadding(new Insets(12));
        return pane;
    }

    /** Wrapped within the centre column: a minimum width of the whole line would push it off the window. */
    static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** The muted explanation under a tab's figures. */
    static Label hint(Messages text, String key) {
        Label hint = wrapped(Translated.label(text, key));
        hint.getStyleClass().add("conv-muted");
        return hint;
    }

    /** A number as typed, with the typographic minus the lab writes ("−2") read as "-2". */
    static double number(String typed) {
        return Double.parseDouble(typed.strip().replace('−', '-'));
    }

    /** Shows {@code value} in {@code field} unless it already says that number (a half-typed "2." stays). */
    static void setNumber(TextField field, double value) {
        try {
            if (number(field.getText()) == value) {
                return;
            }
        } catch (NumberFormatException e) {
            // replaced below
        }
        field.setText(MatrixText.number(value));
        field.getStyleClass().remove("invalid");
    }

    /**
     * A built tab follows its settings (shown in the controls, then recomputed) and the language (recomputed:
     * its figures' texts are drawn, not bound), and computes once now.
     */
    static <T> void follow(ObservableValue<T> settings, Consumer<T> push, Runnable recompute,
                           ObservableValue<String> language) {
        settings.addListener((o, was, now) -> {
            push.accept(now);
            recompute.run();
        });
        // A change listener (not an invalidation one) so that every switch, not only the first, is seen.
        language.addListener((o, was, now) -> recompute.run());
        recompute.run();
    }
}
