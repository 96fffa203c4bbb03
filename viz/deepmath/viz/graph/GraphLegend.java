package deepmath.viz.graph;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;

/**
 * The key of a {@link ComputationGraphView}, in the colours of the numbers it explains: value (forward pass),
 * ∂f/∂node and the local derivative on an edge (backward pass), and the forward-mode tangent when one is
 * shown. A row of wrapping labels laid out beside the graph — never drawn over its nodes — in the UI language.
 */
public final class GraphLegend extends FlowPane {
    private final Label tangent = new Label();

    public GraphLegend(ObservableValue<String> valueText, ObservableValue<String> adjointText,
                       ObservableValue<String> tangentText) {
        super(18, 2);
        getStyleClass().add("graph-legend");
        setPadding(new Insets(2, 6, 2, 6));
        getChildren().addAll(entry(valueText, ComputationGraphView.VALUE), entry(adjointText, ComputationGraphView.ADJOINT),
                entry(tangentText, ComputationGraphView.TANGENT, tangent));
        tangent.managedProperty().bind(tangent.visibleProperty());
        // A long entry wraps inside the legend's width rather than overflowing it.
        for (var child : getChildren()) {
            ((Label) child).maxWidthProperty().bind(widthProperty().subtract(12));
        }
        setPrefWrapLength(400);
    }

    /** Shows or hides the forward-mode entry (shown while a forward-mode variable is chosen). */
    public void setTangentShown(boolean shown) {
        tangent.setVisible(shown);
    }

    private static Label entry(ObservableValue<String> text, Color color) {
        return entry(text, color, new Label());
    }

    private static Label entry(ObservableValue<String> text, Color color, Label label) {
        label.textProperty().bind(text);
        label.setTextFill(color);
        label.setWrapText(true);
        label.getStyleClass().add("graph-legend-entry");
        return label;
    }
}
