package deepmath.viz.conv;

import deepmath.conv.AxisGeometry;
import deepmath.conv.CellBreakdown;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.Kernel;
import deepmath.conv.MatrixText;
import deepmath.conv.Plane;
import deepmath.viz.plot.CanvasView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The book's figure of a convolution, live: on the left the input with its padding cells drawn around it
 * (virtual zeros in grey), the kernel as slid (flipped for a convolution) laid over the window of the current
 * output cell, each weight in the corner of its cell; in the middle the products and their sum; on the right
 * the output, filled cell by cell up to the current one.
 */
public final class MatrixStepView extends CanvasView {
    private static final Color WINDOW = Color.web("#f2a93b", 0.35);
    private static final Color CURRENT = Color.web("#2f5fd0");
    private Plane input;
    private Kernel kernel;
    private ConvolutionSpec spec;
    private Plane output;
    private int current = -1;
    private String[] titles = {"", "", ""};

    public MatrixStepView() {
        getStyleClass().add("matrix-step-view");
    }

    /** @param current index row·cols + col of the output cell being computed; cells before it are filled */
    public void show(Plane input, Kernel kernel, ConvolutionSpec spec, Plane output, int current) {
        this.input = input;
        this.kernel = kernel;
        this.spec = spec;
        this.output = output;
        this.current = current;
        redraw();
    }

    /** Nothing to draw (the input and kernel give no output). */
    public void clear() {
        output = null;
        redraw();
    }

    /** Captions of the three parts: input, products, output. */
    public void setTitles(String inputTitle, String productsTitle, String outputTitle) {
        titles = new String[] {inputTitle, productsTitle, outputTitle};
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        if (input == null || output == null) {
            return;
        }
        AxisGeometry rows = spec.rowGeometry(input.rows(), kernel);
        AxisGeometry cols = spec.colGeometry(input.cols(), kernel);
        // Padded range: every index some output reads, plus the input itself.
        int r0 = Math.min(0, rows.origin());
        int r1 = Math.max(input.rows() - 1, rows.input(rows.count() - 1, kernel.rows() - 1));
        int c0 = Math.min(0, cols.origin());
        int c1 = Math.max(input.cols() - 1, cols.input(cols.count() - 1, kernel.cols() - 1));
        int shownRows = r1 - r0 + 1;
        int shownCols = c1 - c0 + 1;
        double productsWidth = Math.min(240, width * 0.26);
        double cell = Math.min(48, Math.min((height - 70) / Math.max(shownRows, output.rows()),
                (width - productsWidth - 60) / (shownCols + output.cols())));
        cell = Math.max(14, cell);
        // Room for titles of up to three lines (wrapped to their part's width, never squeezed).
        double top = 60;
        double left = 10;
        Font normal = Font.font(Math.max(9, cell * 0.32));
        Font small = Font.font(Math.max(7, cell * 0.22));
        g.setTextBaseline(VPos.CENTER);
        CellBreakdown breakdown = current >= 0 && current < output.size()
                ? CellBreakdown.of(input, kernel, spec, current / output.cols(), current % output.cols()) : null;

        title(g, titles[0], left, top - 16, shownCols * cell + 14);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                double x = left + (c - c0) * cell;
                double y = top + (r - r0) * cell;
                boolean inside = r >= 0 && r < input.rows() && c >= 0 && c < input.cols();
                int sr = spec.padding().index(r, input.rows());
                int sc = spec.padding().index(c, input.cols());
                float value = sr < 0 || sc < 0 ? 0 : input.get(sr, sc);
                g.setStroke(getGridPaint());
                g.setLineWidth(1);
                g.strokeRect(x, y, cell, cell);
                g.setFill(inside ? getForegroundPaint() : Color.gray(0.6));
                g.setFont(normal);
                g.setTextAlign(TextAlignment.CENTER);
                fillText(g, MatrixText.number(value), x + cell / 2, y + cell / 2);
            }
        }
        g.setStroke(getForegroundPaint());
        g.setLineWidth(2);
        g.strokeRect(left - c0 * cell, top - r0 * cell, input.cols() * cell, input.rows() * cell);

        double productsLeft = left + shownCols * cell + 20;
        if (breakdown != null) {
            for (CellBreakdown.Term t : breakdown.terms()) {
                double x = left + (t.inputCol() - c0) * cell;
                double y = top + (t.inputRow() - r0) * cell;
                g.setFill(WINDOW);
                g.fillRect(x + 1, y + 1, cell - 2, cell - 2);
                g.setFill(CURRENT);
                g.setFont(small);
                g.setTextAlign(TextAlignment.RIGHT);
                fillText(g, "×" + MatrixText.number(t.weight()), x + cell - 2, y + cell * 0.18);
            }
            products(g, breakdown, productsLeft, top, productsWidth, height - top, normal);
        }

        double outLeft = productsLeft + productsWidth + 10;
        title(g, titles[2], outLeft, top - 16, Math.max(60, width - outLeft));
        for (int r = 0; r < output.rows(); r++) {
            for (int c = 0; c < output.cols(); c++) {
                int k = r * output.cols() + c;
                double x = outLeft + c * cell;
                double y = top + r * cell;
                if (k == current) {
                    g.setFill(WINDOW);
                    g.fillRect(x, y, cell, cell);
                }
                g.setStroke(k == current ? CURRENT : getGridPaint());
                g.setLineWidth(k == current ? 2.5 : 1);
                g.strokeRect(x, y, cell, cell);
                if (k <= current) {
                    g.setFill(k == current ? CURRENT : getForegroundPaint());
                    g.setFont(normal);
                    g.setTextAlign(TextAlignment.CENTER);
                    fillText(g, MatrixText.number(output.get(r, c)), x + cell / 2, y + cell / 2);
                }
            }
        }
    }

    private void products(GraphicsContext g, CellBreakdown b, double x, double top, double width, double height,
                          Font font) {
        title(g, titles[1], x, top - 16, width);
        int lines = b.terms().size() + 1;
        double line = Math.min(20, height / (lines + 1));
        g.setFont(Font.font("monospace", Math.max(8, Math.min(13, line * 0.75))));
        g.setTextAlign(TextAlignment.LEFT);
        double y = top + line / 2;
        for (CellBreakdown.Term t : b.terms()) {
            g.setFill(t.inside() ? getForegroundPaint() : Color.gray(0.55));
            fillText(g, MatrixText.number(t.value()) + " × " + MatrixText.number(t.weight()) + " = "
                    + MatrixText.number(t.product()), x, y);
            y += line;
        }
        g.setFill(CURRENT);
        g.setFont(Font.font("monospace", FontWeight.BOLD, Math.max(9, Math.min(14, line * 0.8))));
        fillText(g, "Σ = " + MatrixText.number(b.sum()), x, y + 2);
    }

    /** A part's title above it, wrapped at word boundaries into lines of at most {@code maxWidth}. */
    private void title(GraphicsContext g, String text, double x, double y, double maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        g.setFill(getForegroundPaint());
        Font font = Font.font(null, FontWeight.BOLD, 12);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        java.util.List<String> lines = deepmath.viz.plot.TextMetrics.wrap(text, font, maxWidth);
        double lineHeight = 15;
        double first = y - (lines.size() - 1) * lineHeight;
        for (int i = 0; i < lines.size(); i++) {
            fillText(g, lines.get(i), x, first + i * lineHeight, maxWidth);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }
}
