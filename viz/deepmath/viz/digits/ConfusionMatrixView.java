package deepmath.viz.digits;

import deepmath.viz.plot.CanvasView;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A 10 × 10 confusion matrix: row = true digit, column = predicted digit, each cell its count, shaded by its
 * share of the row (the diagonal in blue, the mistakes in red). Clicking a cell reports (true, predicted).
 */
public final class ConfusionMatrixView extends CanvasView {
    private static final double MARGIN = 34;
    private int[][] counts = new int[10][10];
    private String rowTitle = "";
    private String columnTitle = "";
    private int selectedRow = -1;
    private int selectedColumn = -1;
    private BiConsumer<Integer, Integer> onCellClicked = (t, p) -> { };

    public ConfusionMatrixView() {
        getStyleClass().add("digits-confusion");
        setPrefSize(420, 420);
        setMinSize(260, 260);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                onCellClicked.accept(cell[0], cell[1]);
            }
        });
    }

    /** The counts of an n × n matrix (10 × 10 for digits; the model builder's sets have 2 classes or more). */
    public void setCounts(int[][] matrix) {
        counts = new int[matrix.length][];
        for (int t = 0; t < matrix.length; t++) {
            counts[t] = matrix[t].clone();
        }
        redraw();
    }

    public void setTitles(String rows, String columns) {
        rowTitle = rows;
        columnTitle = columns;
        redraw();
    }

    /** Outlines one cell (−1, −1: none). */
    public void select(int trueDigit, int predicted) {
        selectedRow = trueDigit;
        selectedColumn = predicted;
        redraw();
    }

    public void setOnCellClicked(BiConsumer<Integer, Integer> action) {
        onCellClicked = action;
    }

    private double cellSize() {
        return Math.max(1, Math.min(getWidth(), getHeight()) - MARGIN - 4) / Math.max(1, counts.length);
    }

    private int[] cellAt(double x, double y) {
        double c = cellSize();
        int col = (int) Math.floor((x - MARGIN) / c);
        int row = (int) Math.floor((y - MARGIN) / c);
        return row >= 0 && row < counts.length && col >= 0 && col < counts.length ? new int[] {row, col} : null;
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        double c = cellSize();
        g.setFont(Font.font(Math.max(9, Math.min(13, c * 0.34))));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        int n = counts.length;
        for (int t = 0; t < n; t++) {
            int total = 0;
            for (int p = 0; p < n; p++) {
                total += counts[t][p];
            }
            for (int p = 0; p < n; p++) {
                double share = total == 0 ? 0 : (double) counts[t][p] / total;
                Color base = t == p ? Color.web("#2166ac") : Color.web("#b2182b");
                double strength = t == p ? share : Math.min(1, share * 8); // mistakes are rare: magnify them
                double x = MARGIN + p * c;
                double y = MARGIN + t * c;
                g.setFill(base.deriveColor(0, 1, 1, 0.08 + 0.85 * strength));
                g.fillRect(x, y, c - 1, c - 1);
                if (counts[t][p] > 0) {
                    // white on a dark cell (a strong diagonal or a frequent mistake), else the text colour
                    g.setFill(0.08 + 0.85 * strength > 0.5 ? Color.WHITE : getForegroundPaint());
                    fillText(g, String.valueOf(counts[t][p]), x + c / 2, y + c / 2);
                }
            }
        }
        if (selectedRow >= 0) {
            g.setStroke(Color.web("#f4a300"));
            g.setLineWidth(2.5);
            g.strokeRect(MARGIN + selectedColumn * c, MARGIN + selectedRow * c, c - 1, c - 1);
        }
        g.setFill(getForegroundPaint());
        g.setFont(Font.font(12));
        for (int k = 0; k < n; k++) {
            fillText(g, String.valueOf(k), MARGIN + k * c + c / 2, MARGIN - 9);
            fillText(g, String.valueOf(k), MARGIN - 9, MARGIN + k * c + c / 2);
        }
        g.setTextAlign(TextAlignment.LEFT);
        fillText(g, columnTitle + " →", MARGIN, 9);
        g.save();
        g.translate(9, MARGIN);
        g.rotate(90);
        fillText(g, rowTitle + " →", 0, 0);
        g.restore();
    }
}
