package deepmath.viz.conv;

import deepmath.image.Histogram;
import deepmath.viz.plot.CanvasView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
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
        for (double v : new double[] {0, 255}) {
            double x = 4 + (v - lo) / span * (width - 8);
            g.strokeLine(x, top, x, bottom);
        }
        g.setLineDashes(null);
        g.setFill(getForegroundPaint());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        Text probe = new Text();
        probe.setFont(g.getFont());
        for (TickLabel tick : tickLabels(histogram, width, label -> {
            probe.setText(label);
            return probe.getLayoutBounds().getWidth();
        })) {
            fillText(g, tick.text(), tick.left(), bottom + 1);
        }
    }

    /** A number under the bars, from {@code left} to {@code right} in the view's pixels. */
    public record TickLabel(String text, double left, double right) {
    }

    /**
     * The numbers written under the bars: the result's min (left end) and max (right end) first, then the clip
     * lines 0 and 255 (centred on their lines) where they do not run into a number already written.
     */
    public static List<TickLabel> tickLabels(Histogram histogram, double width, ToDoubleFunction<String> textWidth) {
        double lo = Math.min(histogram.min(), 0);
        double hi = Math.max(histogram.max(), 255);
        double span = Math.max(1e-9, hi - lo);
        List<TickLabel> kept = new ArrayList<>();
        String min = format(histogram.min());
        String max = format(histogram.max());
        double minWidth = textWidth.applyAsDouble(min);
        double maxWidth = textWidth.applyAsDouble(max);
        kept.add(new TickLabel(min, 4, 4 + minWidth));
        TickLabel right = new TickLabel(max, width - 4 - maxWidth, width - 4);
        if (fits(right, kept)) {
            kept.add(right);
        }
        for (double v : new double[] {0, 255}) {
            String label = format(v);
            double w = textWidth.applyAsDouble(label);
            double x = 4 + (v - lo) / span * (width - 8);
            double left = Math.max(0, Math.min(width - w, x - w / 2));
            TickLabel tick = new TickLabel(label, left, left + w);
            if (fits(tick, kept)) {
                kept.add(tick);
            }
        }
        return kept;
    }

    private static boolean fits(TickLabel tick, List<TickLabel> kept) {
        double gap = 6;
        return kept.stream().allMatch(k -> tick.right() + gap <= k.left() || k.right() + gap <= tick.left());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 110;
    }
}
