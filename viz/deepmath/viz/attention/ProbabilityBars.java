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

    public ProbabilityBars() {
        getStyleClass().add("probability-bars");
    }

    public void setBars(List<Bar> bars) {
        this.bars = List.copyOf(bars);
        requestLayout();
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
        double barSpace = Math.max(40, width - LABEL - 150);
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
            fillText(g, percent(bar.probability()) + "  (id " + bar.id() + ")",
                    LABEL + w + 6, y + ROW / 2);
        }
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
