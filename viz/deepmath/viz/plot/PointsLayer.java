package deepmath.viz.plot;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** Dots at (x[k], y[k]), each with its own colour or one for all, outlined so they read on any background. */
public final class PointsLayer implements PlotLayer {
    private final double[] xs;
    private final double[] ys;
    private final Color[] colors;
    private final double radius;
    private final Paint outline;
    private final String label;

    /** One colour for all points. */
    public PointsLayer(double[] xs, double[] ys, Color color, double radius, String label) {
        this(xs, ys, filled(xs.length, color), radius, Color.WHITE, label);
    }

    /** @param colors one per point; @param outline ring around each dot (null: none) */
    public PointsLayer(double[] xs, double[] ys, Color[] colors, double radius, Paint outline, String label) {
        if (xs.length != ys.length || colors.length != xs.length) {
            throw new IllegalArgumentException("x, y and colours must have the same length");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.colors = colors.clone();
        this.radius = radius;
        this.outline = outline;
        this.label = label;
    }

    private static Color[] filled(int n, Color color) {
        Color[] colors = new Color[n];
        java.util.Arrays.fill(colors, color);
        return colors;
    }

    @Override
    public void draw(GraphicsContext g, PlotTransform t) {
        g.setLineWidth(1);
        for (int k = 0; k < xs.length; k++) {
            double px = t.px(xs[k]);
            double py = t.py(ys[k]);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            g.setFill(colors[k]);
            g.fillOval(px - radius, py - radius, 2 * radius, 2 * radius);
            if (outline != null) {
                g.setStroke(outline);
                g.strokeOval(px - radius, py - radius, 2 * radius, 2 * radius);
            }
        }
    }

    @Override
    public Optional<Rectangle2D> bounds() {
        return Bounds.of(xs, ys);
    }

    @Override
    public java.util.List<javafx.geometry.Point2D> coveredPixels(PlotTransform t) {
        java.util.List<javafx.geometry.Point2D> out = new java.util.ArrayList<>();
        for (int k = 0; k < xs.length; k++) {
            double px = t.px(xs[k]);
            double py = t.py(ys[k]);
            if (t.contains(px, py)) {
                out.add(new javafx.geometry.Point2D(px, py));
            }
        }
        return out;
    }

    @Override
    public Optional<LegendEntry> legend() {
        return label == null || colors.length == 0 ? Optional.empty()
                : Optional.of(new LegendEntry(label, colors[0], true));
    }
}
