package deepmath.viz.plot;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** A dot and a text beside each data point (words on an embedding map). */
public final class LabelsLayer implements PlotLayer {
    private final double[] xs;
    private final double[] ys;
    private final List<String> labels;
    private final Color color;

    public LabelsLayer(double[] xs, double[] ys, List<String> labels, Color color) {
        if (xs.length != ys.length || xs.length != labels.size()) {
            throw new IllegalArgumentException("as many x, y and labels");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.labels = List.copyOf(labels);
        this.color = color;
    }

    @Override
    public void draw(GraphicsContext g, PlotTransform t) {
        g.setFill(color);
        g.setFont(Font.font(13));
        for (int i = 0; i < xs.length; i++) {
            double px = t.px(xs[i]);
            double py = t.py(ys[i]);
            g.fillOval(px - 3.5, py - 3.5, 7, 7);
            g.fillText(labels.get(i), px + 6, py - 5);
        }
    }

    @Override
    public Optional<Rectangle2D> bounds() {
        if (xs.length == 0) {
            return Optional.empty();
        }
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            x0 = Math.min(x0, xs[i]);
            x1 = Math.max(x1, xs[i]);
            y0 = Math.min(y0, ys[i]);
            y1 = Math.max(y1, ys[i]);
        }
        return Optional.of(new Rectangle2D(x0, y0, Math.max(1e-9, x1 - x0), Math.max(1e-9, y1 - y0)));
    }
}
