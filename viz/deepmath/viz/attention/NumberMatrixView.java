package deepmath.viz.attention;

import deepmath.viz.color.ColorMap;
import deepmath.viz.plot.CanvasView;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A matrix laid out as the book prints one: its numbers between brackets, each cell tinted by its value (blue
 * negative, red positive), −∞ (a masked score) written as such on grey; optional names over the columns and
 * beside the rows (tokens, positions). A large matrix (more than {@link #NUMBERS_UP_TO} columns) becomes a heat
 * map without numbers. The view takes the room its cells need (put it in a scroll pane); it only draws.
 */
public final class NumberMatrixView extends CanvasView {
    /** Up to this many columns the numbers are written in the cells. */
    public static final int NUMBERS_UP_TO = 12;
    private static final double CELL_W = 56;
    private static final double CELL_H = 24;
    private static final double BRACKET = 8;
    private static final Font FONT = Font.font(12);

    private double[][] values = new double[0][];
    private List<String> rowNames = List.of();
    private List<String> columnNames = List.of();
    private double heatCell = 6;
    private int digits = 3;

    public NumberMatrixView() {
        getStyleClass().addAll("number-matrix", "data-text");
    }

    /** Shows {@code values} (rows); names may be empty lists (then none are written). */
    public void setMatrix(double[][] values, List<String> rowNames, List<String> columnNames) {
        this.values = values == null ? new double[0][] : values;
        this.rowNames = List.copyOf(rowNames);
        this.columnNames = List.copyOf(columnNames);
        requestLayout();
        redraw();
    }

    /** The side of a heat-map cell, for large matrices (default 6 px). */
    public void setHeatCell(double side) {
        this.heatCell = side;
        requestLayout();
        redraw();
    }

    /** Decimals written in the cells (default 3). */
    public void setDigits(int digits) {
        this.digits = digits;
        redraw();
    }

    public double[][] values() {
        return values;
    }

    private boolean numbers() {
        return values.length > 0 && values[0].length <= NUMBERS_UP_TO;
    }

    private double cellWidth() {
        return numbers() ? CELL_W : heatCell;
    }

    private double cellHeight() {
        return numbers() ? CELL_H : heatCell;
    }

    private double rowLabelWidth() {
        double widest = 0;
        for (String name : rowNames) {
            widest = Math.max(widest, TextWidth.of(name, FONT));
        }
        return rowNames.isEmpty() ? 0 : widest + 10;
    }

    private double headerHeight() {
        return columnNames.isEmpty() || !numbers() ? 4 : CELL_H;
    }

    private double columnWidth() {
        double w = cellWidth();
        if (numbers()) {
            for (String name : columnNames) {
                w = Math.max(w, TextWidth.of(name, FONT) + 8);
            }
        }
        return w;
    }

    @Override
    protected double computePrefWidth(double height) {
        int cols = values.length == 0 ? 0 : values[0].length;
        return rowLabelWidth() + 2 * BRACKET + cols * columnWidth() + 4;
    }

    @Override
    protected double computePrefHeight(double width) {
        return headerHeight() + values.length * cellHeight() + 6;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        if (values.length == 0 || values[0].length == 0) {
            return;
        }
        double largest = 1e-12;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        double cw = columnWidth();
        double ch = cellHeight();
        double left = rowLabelWidth() + BRACKET;
        double top = headerHeight();
        int cols = values[0].length;
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(getForegroundPaint());
        if (numbers()) {
            for (int c = 0; c < Math.min(cols, columnNames.size()); c++) {
                fillText(g, columnNames.get(c), left + (c + 0.5) * cw, top - ch / 2);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        for (int r = 0; r < Math.min(values.length, rowNames.size()); r++) {
            if (numbers() || r % Math.max(1, (int) Math.ceil(14 / ch)) == 0) {
                fillText(g, rowNames.get(r), left - BRACKET - 4, top + (r + 0.5) * ch);
            }
        }
        g.setTextAlign(TextAlignment.CENTER);
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < cols; c++) {
                double v = values[r][c];
                double x = left + c * cw;
                double y = top + r * ch;
                Color tint = Double.isFinite(v) ? ColorMap.DIVERGING.color(v, -largest, largest) : Color.gray(0.8);
                g.setFill(numbers() ? PlotTint.light(tint) : tint);
                // Numbers sit in separate cells; a heat map is one continuous picture.
                double inset = numbers() ? 1 : 0;
                g.fillRect(x + inset, y + inset, cw - 2 * inset, ch - 2 * inset);
                if (numbers()) {
                    g.setFill(Color.BLACK);
                    fillText(g, text(v), x + cw / 2, y + ch / 2);
                }
            }
        }
        // The brackets of a matrix.
        g.setStroke(getForegroundPaint());
        g.setLineWidth(1.2);
        double bottom = top + values.length * ch;
        double right = left + cols * cw;
        g.strokePolyline(new double[] {left - 2, left - BRACKET + 2, left - BRACKET + 2, left - 2},
                new double[] {top, top, bottom, bottom}, 4);
        g.strokePolyline(new double[] {right + 2, right + BRACKET - 2, right + BRACKET - 2, right + 2},
                new double[] {top, top, bottom, bottom}, 4);
    }

    /** A number as the cells write it: integers plainly, others with the view's decimals, −∞ for a mask. */
    public String text(double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return "−∞";
        }
        if (Double.isNaN(v)) {
            return "?";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v).replace('-', '−');
        }
        double magnitude = Math.abs(v);
        String s = magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5)
                ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%." + digits + "f", v);
        return s.replace('-', '−');
    }

    /** Widths of texts in the view's font. */
    private static final class TextWidth {
        static double of(String text, Font font) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(font);
            return probe.getLayoutBounds().getWidth();
        }
    }

    /** Pastel versions of the diverging colours, so that black numbers stay readable on them. */
    private static final class PlotTint {
        static Color light(Color c) {
            return c.interpolate(Color.WHITE, 0.55);
        }
    }
}
