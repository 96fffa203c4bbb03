package deepmath.viz.contour;

import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PlotTransform;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Arrows from (x, y) to (x + dx, y + dy) in data coordinates: a gradient field, a single gradient at a
 * picked point, a descent step −δ·grad f.
 */
public final class ArrowLayer implements PlotLayer {
    private final double[] xs;
    private final double[] ys;
    private final double[] dxs;
    private final double[] dys;
    private final Color color;
    private final double width;

    public ArrowLayer(double[] xs, double[] ys, double[] dxs, double[] dys, Color color, double width) {
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.dxs = dxs.clone();
        this.dys = dys.clone();
        this.color = color;
        this.width = width;
    }

    @Override
    public void draw(GraphicsContext g, PlotTransform t) {
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(width);
        g.setLineDashes((double[]) null);
        for (int k = 0; k < xs.length; k++) {
            double x0 = t.px(xs[k]);
            double y0 = t.py(ys[k]);
            double x1 = t.px(xs[k] + dxs[k]);
            double y1 = t.py(ys[k] + dys[k]);
            double length = Math.hypot(x1 - x0, y1 - y0);
            if (!Double.isFinite(length) || length < 0.5) {
                continue;
            }
            double head = Math.min(3 + 2.5 * width, length * 0.45);
            double ux = (x1 - x0) / length;
            double uy = (y1 - y0) / length;
            double bx = x1 - ux * head;
            double by = y1 - uy * head;
            g.strokeLine(x0, y0, bx, by);
            g.fillPolygon(new double[] {x1, bx - uy * head * 0.5, bx + uy * head * 0.5},
                    new double[] {y1, by + ux * head * 0.5, by - ux * head * 0.5}, 3);
        }
    }

    @Override
    public java.util.List<javafx.geometry.Point2D> coveredPixels(deepmath.viz.plot.PlotTransform t) {
        java.util.List<javafx.geometry.Point2D> out = new java.util.ArrayList<>();
        for (int k = 0; k < xs.length; k++) {
            deepmath.viz.plot.CoveredPixels.segment(t.px(xs[k]), t.py(ys[k]), t.px(xs[k] + dxs[k]),
                    t.py(ys[k] + dys[k]), t, out);
        }
        return out;
    }
}
