package deepmath.app.attention;

import deepmath.viz.attention.NumberMatrixView;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The By hand tab's building blocks: a typed-matrix field, a titled matrix, a row of controls, a scrolled page. */
final class ByHandFields {
    private ByHandFields() {
    }

    /** A field bound both ways to {@code typed}, with its label before it. */
    static HBox field(Messages messages, String labelKey, StringProperty typed, String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(typed);
        field.getStyleClass().add("data-text");
        Label label = Translated.label(messages, labelKey);
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(6, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A matrix under its title (the title from the bundle, with arguments). */
    static VBox titled(Messages messages, NumberMatrixView view, String key, Object... args) {
        Label title = Translated.label(messages, key, args);
        title.getStyleClass().add("byhand-matrix-title");
        VBox box = new VBox(4, title, view);
        box.setFillWidth(false);   // the matrix keeps its own width under a wider title
        return box;
    }

    /** A new matrix view with an id. */
    static NumberMatrixView matrix(String id) {
        NumberMatrixView view = new NumberMatrixView();
        view.setId(id);
        return view;
    }

    /** Controls or matrices side by side, wrapping to the next line when the page is narrow. */
    static FlowPane flow(Node... nodes) {
        FlowPane flow = new FlowPane(18, 12, nodes);
        flow.setAlignment(Pos.TOP_LEFT);
        flow.setPrefWrapLength(900);
        return flow;
    }

    /** A caption that wraps. */
    static Label caption(Messages messages, String key) {
        Label caption = Translated.wrapped(messages, key);
        caption.getStyleClass().add("attention-caption");
        return caption;
    }

    /** A line for a refusal or a result computed from the fields (data, not a bundle text when it is numbers). */
    static Label status(String id) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    /** A refusal of the typed fields: its one line in the status, and the computed matrices emptied. */
    static void refused(Label status, String reason, NumberMatrixView... emptied) {
        status.setText(reason);
        for (NumberMatrixView view : emptied) {
            view.setMatrix(null, List.of(), List.of());
        }
    }

    /** The section's page: its children one under the other, scrolled when taller than the tab. */
    static ScrollPane page(String id, List<Node> children) {
        VBox box = new VBox(12);
        box.getChildren().setAll(children);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId(id);
        return scroll;
    }
}
