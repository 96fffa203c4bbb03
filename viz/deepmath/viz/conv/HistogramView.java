package deepmath.viz.conv;

import deepmath.image.Histogram;
import deepmath.viz.plot.CanvasView;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Bars of a {@link Histogram} of the result's values, with the 0 and 255 lines of the book's clip: what lies
 * outside them is what clipping flattens (and what min–max rescaling keeps).
 */
public final class HistogramView extends CanvasView {
    private Histogram histogram;

    public HistogramView() {
        getStyleClass().add("histogram-view");
    }

    public void setHistogram(Histogram value) {
        histogram = value;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        if (histogram == null) {
            return;
        }
        double bottom = height - 16;
        double top = 6;
        double lo = Math.min(histogram.min(), 0);
        double hi = Math.max(histogram.max(), 255);
        double span = Math.max(1e-9, hi - lo);
        long[] counts = histogram.counts();
        // Square-root heights: a huge spike at 0 (flat areas under an edge kernel) would hide everything else.
        double peak = Math.sqrt(Math.max(1, histogram.largest()));
        g.setFill(Color.web("#4c78d6"));
        for (int k = 0; k < counts.length; k++) {
            double x0 = 4 + (histogram.binStart(k) - lo) / span * (width - 8);
            double x1 = 4 + (histogram.binStart(k + 1) - lo) / span * (width - 8);
            double h = Math.sqrt(counts[k]) / peak * (bottom - top);
            g.fillRect(x0, bottom - h, Math.max(1, x1 - x0 - 0.5), h);
        }
        g.setStroke(Color.web("#e0554a"));
        g.setLineDashes(4, 3);
        g.setFill(getForegroundPaint());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double v : new double[] {0, 255}) {
            double x = 4 + (v - lo) / span * (width - 8);
            g.strokeLine(x, top, x, bottom);
            fillText(g, String.format(Locale.ROOT, "%.0f", v), x, bottom + 1);
        }
        g.setLineDashes(null);
        g.setTextAlign(TextAlignment.LEFT);
        fillText(g, String.format(Locale.ROOT, "%.0f", histogram.min()), 4, bottom + 1);
        g.setTextAlign(TextAlignment.RIGHT);
        fillText(g, String.format(Locale.ROOT, "%.0f", histogram.max()), width - 4, bottom + 1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 110;
    }
}
