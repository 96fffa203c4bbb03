package deepmath.viz.conv;

import deepmath.viz.plot.CanvasView;
import deepmath.viz.plot.TextMetrics;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Several small matrices side by side, each under its title, laid out left to right and wrapped onto new rows
 * when the view is narrow: the pooling figure (the input cut into blocks, the pooled matrix), the forward and
 * backward values of a convolution neuron, the two sides of an algebraic identity. Cells can be highlighted
 * (the block or the neurons of a sum) and one selected; a click on a cell is reported with its panel.
 */
public final class MatrixPanelsView extends CanvasView {
    private static final Color HIGHLIGHT = Color.web("#f2a93b", 0.35);
    private static final Color SELECTED = Color.web("#2f5fd0");
    private static final double GAP = 22;
    private static final double TITLE = 34;
    private List<Panel> panels = List.of();
    private Consumer<Cell> onCellClicked = c -> { };
    /** Where each panel was drawn, for clicks: {x, y, cell size} per panel. */
    private double[][] placed = new double[0][];

    /**
     * One matrix and how to draw it.
     *
     * @param highlighted cells (row·cols + col) drawn on a coloured ground
     * @param selected    a cell drawn with a thick outline, or −1
     * @param block       when ≥ 2, lines every {@code block} cells (pooling blocks)
     * @param filled      cells 0…filled are written, the others left empty (−1: all written)
     */
    public record Panel(String title, double[][] values, Set<Integer> highlighted, int selected, int block, int filled) {
        public static Panel of(String title, double[][] values) {
            return new Panel(title, values, Set.of(), -1, 0, -1);
        }

        public Panel withHighlighted(Set<Integer> cells) {
            return new Panel(title, values, cells, selected, block, filled);
        }

        public Panel withSelected(int cell) {
            return new Panel(title, values, highlighted, cell, block, filled);
        }

        public Panel withBlocks(int size, int upTo) {
            return new Panel(title, values, highlighted, selected, size, upTo);
        }

        public Panel withFilled(int upTo) {
            return new Panel(title, values, highlighted, selected, block, upTo);
        }
    }

    /** A clicked cell: panel index, row and column. */
    public record Cell(int panel, int row, int col) {
    }

    public MatrixPanelsView() {
        getStyleClass().add("matrix-panels-view");
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            for (int p = 0; p < placed.length && p < panels.size(); p++) {
                double[] at = placed[p];
                double[][] v = panels.get(p).values();
                int col = (int) Math.floor((e.getX() - at[0]) / at[2]);
                int row = (int) Math.floor((e.getY() - at[1]) / at[2]);
                if (row >= 0 && row < v.length && col >= 0 && col < v[0].length) {
                    onCellClicked.accept(new Cell(p, row, col));
                    return;
                }
            }
        });
    }

    public void show(List<Panel> value) {
        panels = List.copyOf(value);
        redraw();
    }

    public void setOnCellClicked(Consumer<Cell> handler) {
        onCellClicked = handler;
    }

    /**
     * The value with as many decimals as the cell has room for at {@code font} (from {@link #number}'s down to
     * none): a small cell writes 0.56 where a large one writes 0.556, instead of letters running into the next cell.
     */
    private static String fitting(double v, Font font, double room) {
        String text = number(v);
        for (int decimals = 2; decimals >= 0 && TextMetrics.width(text, font) > room; decimals--) {
            String shorter = String.format(Locale.ROOT, "%." + decimals + "f", v);
            shorter = shorter.contains(".") ? shorter.replaceAll("0+$", "").replaceAll("\\.$", "") : shorter;
            text = shorter.replace('-', '−');
        }
        return text;
    }

    /** A value as the cells write it: an integer without decimals, else three to five significant digits. */
    public static String number(double v) {
        if (Math.abs(v) < 5e-4) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        // Fewer decimals for larger values: about five significant digits fit a cell.
        String text = String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%.0f" : Math.abs(v) >= 100 ? "%.1f"
                : Math.abs(v) >= 10 ? "%.2f" : "%.3f", v);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.replace('-', '−');
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        placed = new double[panels.size()][];
        if (panels.isEmpty()) {
            return;
        }
        double cell = 44;
        while (cell > 16 && !fits(cell, width, height)) {
            cell -= 2;
        }
        double x = 8;
        double y = 8;
        double rowHeight = 0;
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            double w = panelWidth(panel, cell);
            if (x > 8 && x + w > width - 8) {
                x = 8;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            draw(g, panel, x, y, cell, w);
            placed[p] = new double[] {x, y + TITLE, cell};
            rowHeight = Math.max(rowHeight, TITLE + panel.values().length * cell);
            x += w + GAP;
        }
    }

    /** The matrix's width, or more for a long title (up to 260 pixels, on two lines at most). */
    private static double panelWidth(Panel panel, double cell) {
        double title = TextMetrics.width(panel.title(), Font.font(null, FontWeight.BOLD, 12));
        double matrix = panel.values()[0].length * cell;
        return Math.max(matrix, Math.max(96, Math.min(title / 2 + 30, 260)));
    }

    /** Whether the panels, flowed with this cell size, fit the view's height. */
    private boolean fits(double cell, double width, double height) {
        double x = 8;
        double y = 8;
        double rowHeight = 0;
        for (Panel panel : panels) {
            double w = panelWidth(panel, cell);
            if (x > 8 && x + w > width - 8) {
                x = 8;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            rowHeight = Math.max(rowHeight, TITLE + panel.values().length * cell);
            x += w + GAP;
        }
        return y + rowHeight <= height - 4;
    }

    private void draw(GraphicsContext g, Panel panel, double x, double y, double cell, double w) {
        Font titleFont = Font.font(null, FontWeight.BOLD, 12);
        g.setFont(titleFont);
        g.setFill(getForegroundPaint());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        List<String> lines = TextMetrics.wrap(panel.title(), titleFont, w);
        for (int i = 0; i < lines.size(); i++) {
            fillText(g, lines.get(i), x, y + 8 + i * 15 - (lines.size() > 2 ? 15 * (lines.size() - 2) : 0));
        }
        double top = y + TITLE;
        double[][] v = panel.values();
        int cols = v[0].length;
        for (int r = 0; r < v.length; r++) {
            for (int c = 0; c < cols; c++) {
                int k = r * cols + c;
                double cx = x + c * cell;
                double cy = top + r * cell;
                if (panel.highlighted().contains(k)) {
                    g.setFill(HIGHLIGHT);
                    g.fillRect(cx, cy, cell, cell);
                }
                g.setStroke(getGridPaint());
                g.setLineWidth(1);
                g.strokeRect(cx, cy, cell, cell);
                if (panel.filled() < 0 || k <= panel.filled()) {
                    double size = Math.max(8, Math.min(cell * 0.34, 12));
                    Font font = Font.font(size);
                    String text = fitting(v[r][c], font, cell - 4);
                    g.setFont(font);
                    g.setFill(k == panel.selected() ? SELECTED : getForegroundPaint());
                    g.setTextAlign(TextAlignment.CENTER);
                    fillText(g, text, cx + cell / 2, cy + cell / 2);
                }
            }
        }
        if (panel.block() >= 2) {
            g.setStroke(getForegroundPaint());
            g.setLineWidth(2);
            int b = panel.block();
            for (int r = 0; r + b <= v.length; r += b) {
                for (int c = 0; c + b <= cols; c += b) {
                    g.strokeRect(x + c * cell, top + r * cell, b * cell, b * cell);
                }
            }
        }
        if (panel.selected() >= 0) {
            g.setStroke(SELECTED);
            g.setLineWidth(2.5);
            g.strokeRect(x + panel.selected() % cols * cell, top + panel.selected() / cols * cell, cell, cell);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }
}
