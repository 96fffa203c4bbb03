package deepmath.viz.attention;

import deepmath.viz.color.ColorMap;
import deepmath.viz.plot.CanvasView;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A query × key matrix as a heat map: queries down the left, keys along the top, the value of the hovered
 * cell written under the matrix (and in every cell when they are large enough). Cells above the diagonal,
 * which the causal mask hides, can be shown hatched.
 */
public final class AttentionMatrixView extends CanvasView {
    private static final double LABEL = 110;
    private static final double FOOTER = 26;

    private List<String> tokens = List.of();
    private float[][] values = new float[0][];
    private ColorMap map = ColorMap.BLUES;
    private double min;
    private double max = 1;
    private boolean hatchMasked = true;
    private String valueName = "";
    private String queryWord = "query";
    private String keyWord = "key";
    private String maskedText = "masked (−∞ → 0)";
    private int hoverRow = -1;
    private int hoverColumn = -1;
    private double cell;
    private double originX;
    private double originY;

    public AttentionMatrixView() {
        getStyleClass().add("attention-matrix");
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(-1, -1));
    }

    /**
     * @param hatchMasked paint the cells above the diagonal as masked instead of with their value
     * @param valueName   what a value is, for the hover line ("attention", "score")
     */
    public void setMatrix(List<String> tokens, float[][] values, ColorMap map, double min, double max,
                          boolean hatchMasked, String valueName) {
        this.tokens = List.copyOf(tokens);
        this.values = values;
        this.map = map;
        this.min = min;
        this.max = max;
        this.hatchMasked = hatchMasked;
        this.valueName = valueName;
        redraw();
    }

    /** The words of the hover line, in the user's language. */
    public void setWords(String query, String key, String masked) {
        this.queryWord = query;
        this.keyWord = key;
        this.maskedText = masked;
        redraw();
    }

    /** The hovered cell as {query, key}, or {−1, −1}. */
    public int[] hoveredCell() {
        return new int[] {hoverRow, hoverColumn};
    }

    /** Hover cell (q, k) as if the pointer were on it: for tests and keyboard use. */
    public void hoverCell(int q, int k) {
        hoverRow = q;
        hoverColumn = k;
        redraw();
    }

    /** The line written under the matrix for the hovered cell, empty when none. */
    public String hoverText() {
        if (hoverRow < 0 || hoverColumn < 0 || hoverRow >= values.length) {
            return "";
        }
        String q = TokenChips.visible(tokens.get(hoverRow));
        String k = TokenChips.visible(tokens.get(hoverColumn));
        String value = hatchMasked && hoverColumn > hoverRow ? maskedText
                : String.format(Locale.ROOT, "%.4f", values[hoverRow][hoverColumn]);
        return queryWord + " #" + hoverRow + " '" + q + "' → " + keyWord + " #" + hoverColumn + " '" + k + "'  " + valueName + " = " + value;
    }

    private void hover(double x, double y) {
        int r = -1;
        int c = -1;
        if (cell > 0 && x >= originX && y >= originY) {
            r = (int) ((y - originY) / cell);
            c = (int) ((x - originX) / cell);
            if (r >= values.length || c >= values.length) {
                r = -1;
                c = -1;
            }
        }
        if (r != hoverRow || c != hoverColumn) {
            hoverRow = r;
            hoverColumn = c;
            redraw();
        }
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        int t = values.length;
        if (t == 0) {
            return;
        }
        cell = Math.max(4, Math.min(56, Math.min((width - LABEL - 10) / t, (height - LABEL - FOOTER - 10) / t)));
        originX = LABEL;
        originY = LABEL;
        double scale = max > min ? 1 / (max - min) : 0;
        boolean numbers = cell >= 34;
        g.setFont(Font.font(Math.min(12, cell * 0.32)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < t; r++) {
            for (int c = 0; c < t; c++) {
                double x = originX + c * cell;
                double y = originY + r * cell;
                if (hatchMasked && c > r) {
                    paintMasked(g, x, y);
                    continue;
                }
                double tValue = scale == 0 ? 0.5 : (values[r][c] - min) * scale;
                Color colour = map.color(tValue);
                g.setFill(colour);
                g.fillRect(x, y, cell, cell);
                if (numbers) {
                    g.setFill(colour.getBrightness() < 0.55 || (colour.getSaturation() > 0.6 && colour.getBrightness() < 0.75)
                            ? Color.WHITE : Color.BLACK);
                    fillText(g, String.format(Locale.ROOT, Math.abs(values[r][c]) >= 10 ? "%.1f" : "%.2f", values[r][c]),
                            x + cell / 2, y + cell / 2);
                }
            }
        }
        paintLabels(g, t);
        if (hoverRow >= 0) {
            g.setStroke(Color.web("#ffd33d"));
            g.setLineWidth(2.5);
            g.strokeRect(originX + hoverColumn * cell, originY + hoverRow * cell, cell, cell);
            g.setFill(getForegroundPaint());
            g.setFont(Font.font(13));
            g.setTextAlign(TextAlignment.LEFT);
            fillText(g, hoverText(), 8, Math.min(height - FOOTER / 2, originY + t * cell + FOOTER / 2 + 4));
        }
    }

    private void paintMasked(GraphicsContext g, double x, double y) {
        g.setFill(Color.web("#8c959f", 0.18));
        g.fillRect(x, y, cell, cell);
        g.setStroke(Color.web("#8c959f", 0.45));
        g.setLineWidth(1);
        g.strokeLine(x, y + cell, x + cell, y);
    }

    private void paintLabels(GraphicsContext g, int t) {
        g.setFill(getForegroundPaint());
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < t; i++) {
            String label = TokenChips.visible(tokens.get(i));
            g.setTextAlign(TextAlignment.RIGHT);
            fillText(g, label, originX - 6, originY + i * cell + cell / 2, LABEL - 10);
            g.save();
            g.translate(originX + i * cell + cell / 2, originY - 6);
            g.rotate(-60);
            g.setTextAlign(TextAlignment.LEFT);
            fillText(g, label, 0, 0, LABEL);
            g.restore();
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 520;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 560;
    }
}
