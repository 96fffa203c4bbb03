package deepmath.viz.tensor;

import deepmath.tensor.Tensor;
import deepmath.tensor.TensorDiagram;
import deepmath.tensor.TensorDiagram.Block;
import deepmath.viz.plot.CanvasView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Tensors drawn as nested blocks, the way the book draws them (chapter 15, line ~16087): a vector as a row of
 * cells, a matrix as a grid, a 3-tensor as its matrices T[0], T[1], … side by side, a 4-tensor as a grid of
 * matrices T[i, j]. An operation is drawn before → after (→ the broadcast operands stretched → the result),
 * each element's cell coloured by its key so that the eye follows a number from the operand to the result.
 * Only data is drawn here (numbers, names, shapes, expressions): the view carries the {@code data-text} style
 * class. Its preferred size is what the blocks need; put it in a scroll pane.
 */
public final class TensorBlocksView extends CanvasView {
    private static final double MIN_CELL = 30;
    private static final double ROW = 26;
    private static final double SLICE_GAP = 12;
    private static final double BLOCK_GAP = 22;
    private static final double ARROW = 54;
    private static final double LINE = 18;
    private static final double PAD = 10;
    private static final Font NUMBER = Font.font("DejaVu Sans Mono", 13);
    private static final Font NAME = Font.font("DejaVu Sans Mono", FontWeight.BOLD, 13);
    private static final Font SMALL = Font.font("DejaVu Sans Mono", 11);

    private List<List<Block>> columns = List.of();
    private double contentWidth = 0;
    private double contentHeight = 0;

    public TensorBlocksView() {
        getStyleClass().addAll("tensor-blocks", "data-text");
    }

    /** Draws an operation: the operands, the stretched operands of a broadcast if any, and the result. */
    public void show(TensorDiagram diagram) {
        List<List<Block>> c = new ArrayList<>();
        c.add(diagram.before());
        if (!diagram.stretched().isEmpty()) {
            c.add(diagram.stretched());
        }
        c.add(List.of(diagram.after()));
        setColumns(c);
    }

    /** Draws tensors one below the other, no arrow: e.g. a gradient's x, f(x) and f'(x), element under element. */
    public void showColumn(List<Block> blocks) {
        setColumns(List.of(blocks));
        // One cell width for the whole column, so that element k of each block sits under element k of the others.
        sharedCell = blocks.stream().mapToDouble(TensorBlocksView::cellWidth).max().orElse(MIN_CELL);
        measure();
        redraw();
    }

    /** The cell width every block of a column uses (0: each block its own, as its numbers need). */
    private double sharedCell;

    public void clear() {
        setColumns(List.of());
    }

    private void setColumns(List<List<Block>> value) {
        columns = List.copyOf(value);
        sharedCell = 0;
        measure();
        requestParentLayout();
        redraw();
    }

    /** What each block needs, at the cell width its longest number asks for. */
    private record Size(double cell, double width, double height, double gridWidth) {
    }

    private static double cellWidth(Block b) {
        Tensor t = b.tensor();
        double cell = MIN_CELL;
        for (int i = 0; i < t.size(); i++) {
            cell = Math.max(cell, textWidth(number(t.flat(i)), NUMBER) + 10);
        }
        return cell;
    }

    private Size size(Block b) {
        Tensor t = b.tensor();
        double cell = sharedCell > 0 ? sharedCell : cellWidth(b);
        int[] s = t.shape();
        int rank = s.length;
        int rows = rank >= 2 ? s[rank - 2] : 1;
        int cols = rank >= 1 ? s[rank - 1] : 1;
        int across = rank == 3 ? s[0] : rank == 4 ? s[1] : 1;
        int down = rank == 4 ? s[0] : 1;
        double sliceLabel = rank >= 3 ? LINE : 0;
        double gridWidth = across * cols * cell + (across - 1) * SLICE_GAP;
        double gridHeight = down * (rows * ROW + sliceLabel) + (down - 1) * SLICE_GAP;
        double width = Math.max(gridWidth, Math.max(textWidth(b.name(), NAME), textWidth(t.shapeText(), SMALL)));
        return new Size(cell, width, LINE + 4 + gridHeight + 4 + LINE, gridWidth);
    }

    private void measure() {
        double w = PAD;
        double h = 0;
        for (int k = 0; k < columns.size(); k++) {
            double cw = 0;
            double ch = 0;
            for (Block b : columns.get(k)) {
                Size s = size(b);
                cw = Math.max(cw, s.width());
                ch += s.height() + BLOCK_GAP;
            }
            w += cw + (k < columns.size() - 1 ? ARROW : 0);
            h = Math.max(h, ch);
        }
        contentWidth = columns.isEmpty() ? 0 : w + PAD;
        contentHeight = columns.isEmpty() ? 0 : h + PAD;
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(200, contentWidth);
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(120, contentHeight);
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
        double x = PAD;
        double middle = contentHeight / 2;
        for (int k = 0; k < columns.size(); k++) {
            List<Block> column = columns.get(k);
            double cw = 0;
            double total = 0;
            for (Block b : column) {
                Size s = size(b);
                cw = Math.max(cw, s.width());
                total += s.height() + BLOCK_GAP;
            }
            double y = Math.max(PAD / 2, middle - total / 2 + BLOCK_GAP / 2);
            for (Block b : column) {
                Size s = size(b);
                drawBlock(g, b, s, x + (cw - s.width()) / 2, y);
                y += s.height() + BLOCK_GAP;
            }
            x += cw;
            if (k < columns.size() - 1) {
                drawArrow(g, x + 10, x + ARROW - 10, middle);
            }
            x += k < columns.size() - 1 ? ARROW : 0;
        }
    }

    private void drawArrow(GraphicsContext g, double from, double to, double y) {
        g.setStroke(getForegroundPaint());
        g.setLineWidth(2);
        g.strokeLine(from, y, to, y);
        g.strokeLine(to, y, to - 8, y - 6);
        g.strokeLine(to, y, to - 8, y + 6);
    }

    private void drawBlock(GraphicsContext g, Block b, Size s, double left, double top) {
        Tensor t = b.tensor();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(getForegroundPaint());
        g.setFont(NAME);
        double centre = left + s.width() / 2;
        fillText(g, b.name(), centre, top);
        int[] shape = t.shape();
        int rank = shape.length;
        int rows = rank >= 2 ? shape[rank - 2] : 1;
        int cols = rank >= 1 ? shape[rank - 1] : 1;
        int across = rank == 3 ? shape[0] : rank == 4 ? shape[1] : 1;
        int down = rank == 4 ? shape[0] : 1;
        double gridLeft = left + (s.width() - s.gridWidth()) / 2;
        double y0 = top + LINE + 4;
        double sliceLabel = rank >= 3 ? LINE : 0;
        int perSlice = rows * cols;
        for (int i = 0; i < down; i++) {
            for (int j = 0; j < across; j++) {
                double sx = gridLeft + j * (cols * s.cell() + SLICE_GAP);
                double sy = y0 + i * (rows * ROW + sliceLabel + SLICE_GAP);
                if (rank >= 3) {
                    g.setFont(SMALL);
                    g.setFill(getForegroundPaint());
                    fillText(g, rank == 3 ? "[" + j + "]" : "[" + i + ", " + j + "]", sx + cols * s.cell() / 2, sy);
                }
                int slice = i * across + j;
                drawMatrix(g, b, slice * perSlice, rows, cols, sx, sy + sliceLabel, s.cell());
            }
        }
        g.setFont(SMALL);
        g.setFill(getForegroundPaint());
        g.setTextBaseline(VPos.TOP);
        fillText(g, t.shapeText(), centre, top + s.height() - LINE);
    }

    private void drawMatrix(GraphicsContext g, Block b, int offset, int rows, int cols, double x, double y, double cell) {
        g.setFont(NUMBER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int flat = offset + r * cols + c;
                double cx = x + c * cell;
                double cy = y + r * ROW;
                int key = b.key(flat);
                if (key >= 0) {
                    g.setFill(colour(key));
                    g.fillRect(cx, cy, cell, ROW);
                }
                g.setStroke(getGridPaint());
                g.setLineWidth(1);
                g.strokeRect(cx + 0.5, cy + 0.5, cell - 1, ROW - 1);
                g.setFill(key >= 0 ? Color.web("#1f2328") : getForegroundPaint());
                fillText(g, number(b.tensor().flat(flat)), cx + cell / 2, cy + ROW / 2);
            }
        }
        g.setStroke(getForegroundPaint());
        g.setLineWidth(1.5);
        g.strokeRect(x, y, cols * cell, rows * ROW);
    }

    /** A light colour per key, far apart for neighbouring keys (golden-ratio hues). */
    static Color colour(int key) {
        double hue = (key * 0.6180339887 % 1.0) * 360;
        return Color.hsb(hue, 0.30 + 0.15 * (key % 3) / 2, 0.97);
    }

    /** An element as the cells show it: integers as they are, other numbers to 3 decimals. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static double textWidth(String s, Font font) {
        Text probe = new Text(s);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
