package deepmath.app.function;

import deepmath.expr.Numbers;
import deepmath.viz.i18n.Messages;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The plotting window: x from/to (and y from/to for surfaces), applied on Enter; bad entries turn red. */
final class WindowEditor extends GridPane {
    private final FunctionWorkspace workspace;
    private final TextField xMin = field();
    private final TextField xMax = field();
    private final TextField yMin = field();
    private final TextField yMax = field();

    WindowEditor(FunctionWorkspace workspace, Messages messages, boolean withY) {
        this.workspace = workspace;
        setHgap(6);
        setVgap(4);
        Label x = new Label();
        x.textProperty().bind(messages.text("window.x"));
        addRow(0, x, xMin, new Label("→"), xMax);
        if (withY) {
            Label y = new Label();
            y.textProperty().bind(messages.text("window.y"));
            addRow(1, y, yMin, new Label("→"), yMax);
        }
        xMin.setId("window-xmin");
        xMax.setId("window-xmax");
        for (TextField f : new TextField[] {xMin, xMax, yMin, yMax}) {
            f.setOnAction(e -> apply());
        }
        workspace.windowProperty().addListener(o -> show());
        show();
    }

    private static TextField field() {
        TextField f = new TextField();
        f.setPrefColumnCount(5);
        return f;
    }

    private void show() {
        Rectangle2D w = workspace.windowProperty().get();
        xMin.setText(Numbers.format(w.getMinX(), 5));
        xMax.setText(Numbers.format(w.getMaxX(), 5));
        yMin.setText(Numbers.format(w.getMinY(), 5));
        yMax.setText(Numbers.format(w.getMaxY(), 5));
        for (TextField f : new TextField[] {xMin, xMax, yMin, yMax}) {
            f.getStyleClass().remove("invalid");
        }
    }

    private void apply() {
        Double x0 = parse(xMin);
        Double x1 = parse(xMax);
        Double y0 = parse(yMin);
        Double y1 = parse(yMax);
        if (x0 == null || x1 == null || y0 == null || y1 == null) {
            return;
        }
        // The same limits as a session's window (PlotWindow): ±1e308 or a window 1e-320 wide cannot be drawn.
        if (deepmath.grid.PlotWindow.problem(x0, x1) != null) {
            xMax.getStyleClass().add("invalid");
            return;
        }
        if (deepmath.grid.PlotWindow.problem(y0, y1) != null) {
            yMax.getStyleClass().add("invalid");
            return;
        }
        workspace.windowProperty().set(new Rectangle2D(x0, y0, x1 - x0, y1 - y0));
    }

    private static Double parse(TextField f) {
        try {
            double v = Double.parseDouble(f.getText().trim().replace(',', '.'));
            f.getStyleClass().remove("invalid");
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            if (!f.getStyleClass().contains("invalid")) {
                f.getStyleClass().add("invalid");
            }
            return null;
        }
    }
}
