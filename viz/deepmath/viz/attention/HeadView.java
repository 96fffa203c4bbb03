package deepmath.viz.attention;

import java.util.BitSet;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * bertviz's head view: the tokens twice, queries on the left and keys on the right, a line from each query to
 * each key it attends to with opacity = weight, one colour per head. Hovering a token on the left keeps only
 * its lines (what it reads); on the right, only the lines into it (who reads it).
 */
public final class HeadView extends deepmath.viz.plot.CanvasView {
    private static final double ROW = 22;
    private static final double TOP = 28;

    private List<String> tokens = List.of();
    private float[][][] heads = new float[0][][]; // [head][query][key] of one layer
    private BitSet selected = new BitSet();
    private int hoverQuery = -1;
    private int hoverKey = -1;
    private double leftX;
    private double rightX;

    public HeadView() {
        getStyleClass().add("head-view");
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(-1, -1));
    }

    /** The tokens and the attention of every head of one layer. */
    public void setAttention(List<String> tokens, float[][][] heads) {
        this.tokens = List.copyOf(tokens);
        this.heads = heads;
        redraw();
    }

    public void setSelectedHeads(BitSet heads) {
        this.selected = (BitSet) heads.clone();
        redraw();
    }

    /** The token hovered on the query side (−1 for none). */
    public int hoveredQuery() {
        return hoverQuery;
    }

    /** The token hovered on the key side (−1 for none). */
    public int hoveredKey() {
        return hoverKey;
    }

    /** Hover as if the pointer were on query token {@code q} (−1 clears): for tests and keyboard use. */
    public void hoverQuery(int q) {
        hoverQuery = q;
        hoverKey = -1;
        redraw();
    }

    private void hover(double x, double y) {
        int row = (int) Math.floor((y - TOP) / ROW);
        int q = -1;
        int k = -1;
        if (row >= 0 && row < tokens.size() && x >= 0) {
            if (x < (leftX + rightX) / 2 && x > leftX - 140) {
                q = row;
            } else if (x >= (leftX + rightX) / 2 && x < rightX + 140) {
                k = row;
            }
        }
        if (q != hoverQuery || k != hoverKey) {
            hoverQuery = q;
            hoverKey = k;
            redraw();
        }
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        int t = tokens.size();
        if (t == 0 || heads.length == 0) {
            return;
        }
        double span = Math.min(380, Math.max(160, width - 320));
        leftX = (width - span) / 2;
        rightX = leftX + span;
        for (int h = selected.nextSetBit(0); h >= 0 && h < heads.length; h = selected.nextSetBit(h + 1)) {
            Color colour = HeadColors.of(h);
            float[][] a = heads[h];
            for (int q = 0; q < t; q++) {
                if (hoverQuery >= 0 && q != hoverQuery) {
                    continue;
                }
                for (int k = 0; k <= q && k < a[q].length; k++) {
                    if (hoverKey >= 0 && k != hoverKey) {
                        continue;
                    }
                    double w = a[q][k];
                    if (w < 0.01) {
                        continue;
                    }
                    g.setStroke(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.min(1, w)));
                    g.setLineWidth(2);
                    g.strokeLine(leftX + 4, y(q), rightX - 4, y(k));
                }
            }
        }
        g.setFont(Font.font(13));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < t; i++) {
            String label = TokenChips.visible(tokens.get(i));
            paintToken(g, label, leftX - 8, y(i), TextAlignment.RIGHT, i == hoverQuery);
            paintToken(g, label, rightX + 8, y(i), TextAlignment.LEFT, i == hoverKey);
        }
    }

    private void paintToken(GraphicsContext g, String label, double x, double y, TextAlignment align, boolean hot) {
        g.setTextAlign(align);
        if (hot) {
            double w = Math.min(200, label.length() * 8 + 10);
            g.setFill(Color.web("#ffd33d", 0.6));
            g.fillRect(align == TextAlignment.RIGHT ? x - w + 4 : x - 4, y - ROW / 2 + 2, w, ROW - 4);
        }
        g.setFill(getForegroundPaint());
        fillText(g, label, x, y, 190);
    }

    private static double y(int row) {
        return TOP + row * ROW + ROW / 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + Math.max(8, tokens.size()) * ROW + 10;
    }
}
