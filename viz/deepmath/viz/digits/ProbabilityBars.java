package deepmath.viz.digits;

import deepmath.viz.plot.CanvasView;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The 10 probabilities P(digit = k) as vertical bars with their percentages; the most probable stands out. */
public final class ProbabilityBars extends CanvasView {
    private double[] probabilities = new double[10];

    public ProbabilityBars() {
        getStyleClass().add("digits-bars");
        setPrefSize(420, 220);
        setMinSize(200, 120);
    }

    public void setProbabilities(double[] p) {
        probabilities = p == null ? new double[10] : p.clone();
        redraw();
    }

    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        int n = probabilities.length;
        int best = 0;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            best = probabilities[k] > probabilities[best] ? k : best;
            sum += probabilities[k];
        }
        double top = 20;
        double bottom = height - 22;
        double slot = width / n;
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < n; k++) {
            double p = probabilities[k];
            double h = (bottom - top) * Math.max(0, Math.min(1, p));
            double x = k * slot + slot * 0.18;
            g.setFill(sum > 0 && k == best ? Color.web("#d6604d") : Color.web("#4393c3"));
            g.fillRect(x, bottom - h, slot * 0.64, h);
            g.setFill(getForegroundPaint());
            fillText(g, String.valueOf(k), k * slot + slot / 2, height - 10);
            if (sum > 0) {
                fillText(g, String.format(Locale.ROOT, p >= 0.995 ? "%.0f%%" : "%.1f%%", 100 * p),
                        k * slot + slot / 2, Math.max(top - 10, bottom - h - 10));
            }
        }
        g.setStroke(getForegroundPaint());
        g.strokeLine(0, bottom + 0.5, width, bottom + 0.5);
    }
}
