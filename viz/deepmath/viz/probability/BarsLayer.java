package deepmath.viz.probability;

import deepmath.viz.plot.LegendEntry;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PlotTransform;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Vertical bars [left[k], left[k] + width] × [0, height[k]] in data coordinates: a histogram, a term per sample. */
public final class BarsLayer implements PlotLayer {
    private final double[] left;
    private final double width;
    private final double[] heights;
    private final Color color;
    private final String label;

    public BarsLayer(double[] left, double width, double[] heights, Color color, String label) {
        if (left.length != heights.length) {
            throw new IllegalArgumentException(left.length + " bars for " + heights.length + " heights");
        }
        this.left = left.clone();
        this.width = width;
        this.heights = heights.clone();
        this.color = color;
        this.label = label;
    }

    @Override
    public void draw(GraphicsContext g, PlotTransform t) {
        for (int k = 0; k < left.length; k++) {
            double x0 = t.px(left[k]);
            double x1 = t.px(left[k] + width);
            double y0 = t.py(0);
            double y1 = t.py(heights[k]);
            double top = Math.min(y0, y1);
            g.setFill(color.deriveColor(0, 1, 1, 0.55));
            g.fillRect(Math.min(x0, x1), top, Math.abs(x1 - x0), Math.abs(y1 - y0));
            g.setStroke(color);
            g.setLineWidth(1);
            g.strokeRect(Math.min(x0, x1), top, Math.abs(x1 - x0), Math.abs(y1 - y0));
        }
    }

    @Override
    public Optional<Rectangle2D> bounds() {
        if (left.length == 0) {
            return Optional.empty();
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double top = 0;
        for (int k = 0; k < left.length; k++) {
            lo = Math.min(lo, left[k]);
            hi = Math.max(hi, left[k] + width);
            top = Math.max(top, heights[k]);
        }
        return Optional.of(new Rectangle2D(lo, 0, hi - lo, top));
    }

    @Override
    public Optional<LegendEntry> legend() {
        return label == null ? Optional.empty() : Optional.of(new LegendEntry(label, color, true));
    }
}
