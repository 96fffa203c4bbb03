package deepmath.viz.attention;

import deepmath.viz.plot.CanvasView;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Horizontal bars of the most probable next tokens, with their probability in percent (the book's figure). */
public final class ProbabilityBars extends CanvasView {
    private static final double LABEL = 130;
    private static final double ROW = 26;

    /** One bar: the token's text, its id and its probability. */
    public record Bar(String token, int id, double probability) {
    }

    private List<Bar> bars = List.of();
    /** The words after a bar's percentage for its id (the panel's translation), or null for none. */
    private java.util.function.IntFunction<String> idText = id -> "(id " + id + ")";

    public ProbabilityBars() {
        getStyleClass().add("probability-bars");
    }

    public void setBars(List<Bar> bars) {
        this.bars = List.copyOf(bars);
        requestLayout();
        redraw();
    }

    /** How a bar's id is written after its percentage ({@code null}: not at all, e.g. for plain scores). */
    public void setIdText(java.util.function.IntFunction<String> value) {
        idText = value;
        redraw();
    }

    public List<Bar> bars() {
        return bars;
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        if (bars.isEmpty()) {
            return;
        }
        double top = bars.get(0).probability();
        g.setFont(Font.font(13));
        // Room after the longest bar for the longest "percent (id)" text, so that none runs off the edge.
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(g.getFont());
        double after = 0;
        for (Bar bar : bars) {
            probe.setText(valueText(bar));
            after = Math.max(after, probe.getLayoutBounds().getWidth());
        }
        double barSpace = Math.max(40, width - LABEL - after - 16);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(13));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 8 + i * ROW;
            g.setFill(getForegroundPaint());
            g.setTextAlign(TextAlignment.RIGHT);
            fillText(g, "'" + TokenChips.visible(bar.token()) + "'", LABEL - 8, y + ROW / 2, LABEL - 12);
            double w = top > 0 ? barSpace * bar.probability() / top : 0;
            g.setFill(i == 0 ? Color.web("#0969da") : Color.web("#54aeff"));
            g.fillRect(LABEL, y + 4, Math.max(1, w), ROW - 8);
            g.setFill(getForegroundPaint());
            g.setTextAlign(TextAlignment.LEFT);
            fillText(g, valueText(bar),
                    LABEL + w + 6, y + ROW / 2);
        }
    }

    private String valueText(Bar bar) {
        return percent(bar.probability()) + (idText == null ? "" : "  " + idText.apply(bar.id()));
    }

    /** Two decimals from 1 % up, three significant digits below (a random model's 0.00213 %). */
    static String percent(double p) {
        double v = 100 * p;
        return (v >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3g", v)) + " %";
    }

    @Override
    protected double computePrefHeight(double width) {
        return 16 + Math.max(5, bars.size()) * ROW;
    }
}
