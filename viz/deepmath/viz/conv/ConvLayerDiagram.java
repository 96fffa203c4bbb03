package deepmath.viz.conv;

import deepmath.viz.plot.CanvasView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The book's picture of a 1-D convolution layer (chapter 11 §3): the input list at the bottom, one neuron per
 * output above it, each joined to the inputs its window covers (fewer at the edges, where the window meets
 * virtual zeros); the arrows of one weight share one colour in every neuron — the shared weights — and each
 * neuron shows its output φ(Σ + b).
 */
public final class ConvLayerDiagram extends CanvasView {
    /** The book's colours for the shared weights (red a, green b, blue c), then more for longer kernels. */
    private static final Color[] WEIGHT_COLOURS = {Color.web("#d03a2f"), Color.web("#2f9a44"), Color.web("#2f5fd0"),
        Color.web("#b36ad0"), Color.web("#d08a2f"), Color.web("#2fb0c0"), Color.web("#806040")};
    private double[] input = {};
    private double[] output = {};
    /** links[k][u]: the input index output k reads through weight u, or −1 over a virtual zero. */
    private int[][] links = new int[0][];
    private double[] weights = {};
    private String[] titles = {"", ""};

    public ConvLayerDiagram() {
        getStyleClass().add("conv-layer-diagram");
    }

    /**
     * @param links   for each output, the input index each weight multiplies (−1: a virtual zero)
     * @param weights the kernel's weights in the order of {@code links}' columns
     */
    public void show(double[] inputValues, double[] outputValues, int[][] links, double[] weights, String inputTitle,
                     String outputTitle) {
        this.input = inputValues.clone();
        this.output = outputValues.clone();
        this.links = links.clone();
        this.weights = weights.clone();
        this.titles = new String[] {inputTitle, outputTitle};
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        int n = Math.max(input.length, output.length);
        if (n == 0) {
            return;
        }
        double left = 40;
        double step = Math.min(90, (width - 2 * left) / Math.max(1, n - 1));
        double radius = Math.max(10, Math.min(22, step * 0.32));
        double outY = 62 + radius;
        double inY = height - 28 - radius;
        g.setTextBaseline(VPos.CENTER);
        // Arrows first, under the nodes.
        for (int k = 0; k < links.length && k < output.length; k++) {
            for (int u = 0; u < links[k].length; u++) {
                int i = links[k][u];
                if (i < 0) {
                    continue;
                }
                g.setStroke(WEIGHT_COLOURS[u % WEIGHT_COLOURS.length]);
                g.setLineWidth(2);
                g.strokeLine(left + i * step, inY - radius, left + k * step, outY + radius);
            }
        }
        Font value = Font.font(Math.max(9, radius * 0.6));
        for (int i = 0; i < input.length; i++) {
            node(g, left + i * step, inY, radius, Color.web("#e8ecf3"), MatrixPanelsView.number(input[i]), value);
        }
        for (int k = 0; k < output.length; k++) {
            node(g, left + k * step, outY, radius, Color.web("#fde7c4"), MatrixPanelsView.number(output[k]), value);
        }
        // The shared weights' legend, one colour each.
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.LEFT);
        double x = 8;
        for (int u = 0; u < weights.length; u++) {
            g.setFill(WEIGHT_COLOURS[u % WEIGHT_COLOURS.length]);
            String label = "m" + (u + 1) + " = " + MatrixPanelsView.number(weights[u]);
            fillText(g, label, x, 34);
            x += deepmath.viz.plot.TextMetrics.width(label, g.getFont()) + 16;
        }
        g.setFill(getForegroundPaint());
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        fillText(g, titles[1], 8, 14);
        fillText(g, titles[0], 8, height - 10);
    }

    private void node(GraphicsContext g, double x, double y, double r, Color fill, String text, Font font) {
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(getForegroundPaint());
        g.setLineWidth(1.2);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.web("#202632"));
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        fillText(g, text, x, y);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }
}
