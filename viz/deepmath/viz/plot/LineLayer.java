package deepmath.viz.plot;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A polyline through (x[k], y[k]); a non-finite value breaks the line (a pole, a gap in the data).
 * Immutable: make a new one for new data (cheap), then replace it in the plot's layers.
 */
public final class LineLayer implements PlotLayer {
    /** Beyond this many pixels off the plot, coordinates are clamped so huge values stay drawable. */
    private static final double FAR = 1e5;

    private final double[] xs;
    private final double[] ys;
    private final Color color;
    private final double width;
    private final double[] dashes;
    private final String label;

    public LineLayer(double[] xs, double[] ys, Color color, double width) {
        this(xs, ys, color, width, null, null);
    }

    /** @param dashes dash pattern in pixels (null: solid); @param label legend text (null: none) */
    public LineLayer(double[] xs, double[] ys, Color color, double width, double[] dashes, String label) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " x values for " + ys.length + " y values");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.color = color;
        this.width = width;
        this.dashes = dashes == null ? null : dashes.clone();
        this.label = label;
    }

    @Override
    public void draw(GraphicsContext g, PlotTransform t) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (dashes != null) {
            g.setLineDashes(dashes);
        }
        boolean drawing = false;
        g.beginPath();
        for (int k = 0; k < xs.length; k++) {
            double px = t.px(xs[k]);
            double py = t.py(ys[k]);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                drawing = false;
                continue;
            }
            px = clamp(px, -FAR, FAR);
            py = clamp(py, -FAR, FAR);
            if (drawing) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                drawing = true;
            }
        }
        g.stroke();
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    @Override
    public Optional<Rectangle2D> bounds() {
        return Bounds.of(xs, ys);
    }

    @Override
    public java.util.List<javafx.geometry.Point2D> coveredPixels(PlotTransform t) {
        return CoveredPixels.polyline(xs, ys, t);
    }

    @Override
    public Optional<LegendEntry> legend() {
        return label == null ? Optional.empty() : Optional.of(new LegendEntry(label, color, false));
    }
}
