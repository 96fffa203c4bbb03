package deepmath.app.function;

import deepmath.expr.CompiledFunction;
import deepmath.expr.Formula;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;

/**
 * The book's activation functions side by side, each with its derivative (computed by automatic
 * differentiation like everything else): identity/affine, piecewise linear, ReLU, Heaviside, σ, tanh, GELU.
 * Clicking one opens it in the curve view.
 */
final class ActivationGallery extends GridPane {
    private static final List<String[]> ACTIVATIONS = List.of(
            new String[] {"heaviside(x)", "H"}, new String[] {"sigmoid(x)", "σ"}, new String[] {"tanh(x)", "tanh"},
            new String[] {"relu(x)", "ReLU"}, new String[] {"gelu(x)", "GELU"},
            new String[] {"0.2*min(x, 0) + max(x, 0)", "0.2·x | x"}, new String[] {"2*x + 1", "2x + 1"});

    ActivationGallery(FunctionWorkspace workspace, Messages messages) {
        setHgap(6);
        setVgap(6);
        setPadding(new Insets(6));
        int columns = 4;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            getColumnConstraints().add(column);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        for (int k = 0; k < ACTIVATIONS.size(); k++) {
            String[] activation = ACTIVATIONS.get(k);
            PlotCanvas plot = plot(Formula.parse(activation[0]), activation[1]);
            plot.setOnMouseClicked(e -> workspace.setFormula(activation[0]));
            add(plot, k % columns, k / columns);
        }
        setId("activation-gallery");
    }

    private static PlotCanvas plot(Formula f, String name) {
        int n = 241;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] ds = new double[n];
        CompiledFunction compiled = f.compile();
        double[] point = new double[1];
        double[] derivative = new double[1];
        for (int k = 0; k < n; k++) {
            xs[k] = -3 + 6.0 * k / (n - 1);
            point[0] = xs[k];
            ys[k] = compiled.gradient(point, derivative);
            ds[k] = derivative[0];
        }
        PlotCanvas plot = new PlotCanvas();
        plot.layers().setAll(new LineLayer(xs, ys, Color.web("#0969da"), 2, null, name),
                new LineLayer(xs, ds, Color.web("#bf8700"), 1.4, new double[] {5, 3}, name + "′"));
        plot.setView(-3, 3, -1.3, 3.2);
        plot.setMinSize(120, 110);
        return plot;
    }
}
