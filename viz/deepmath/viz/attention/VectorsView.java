package deepmath.viz.attention;

import deepmath.viz.color.ColorMap;
import deepmath.viz.plot.CanvasView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Matrices of vectors side by side, one row per token (e.g. a head's Q, K and V, or the residual stream
 * T × n), coloured blue–white–red on a scale symmetric around 0 shared by all panels; the hovered entry is
 * written underneath.
 */
public final class VectorsView extends CanvasView {
    private static final double LABEL = 100;
    private static final double TITLE = 22;
    private static final double GAP = 18;
    private static final double FOOTER = 24;

    /** One panel: a title and a [token][component] matrix. */
    public record Panel(String title, float[][] rows) {
    }

    private List<String> tokens = List.of();
    private List<Panel> panels = new ArrayList<>();
    private double scale = 1;
    private String hover = "";
    private double cellWidth;
    private double rowHeight;

    public VectorsView() {
        getStyleClass().add("vectors-view");
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> {
            hover = "";
            redraw();
        });
    }

    public void setPanels(List<String> tokens, List<Panel> panels) {
        this.tokens = List.copyOf(tokens);
        this.panels = List.copyOf(panels);
        double largest = 1e-9;
        for (Panel p : panels) {
            for (float[] row : p.rows()) {
                for (float v : row) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        scale = largest;
        redraw();
    }

    /** The largest |value| shown: the colour scale runs from −scale (blue) to +scale (red). */
    public double scale() {
        return scale;
    }

    private double panelWidth(double width) {
        return panels.isEmpty() ? 0 : (width - LABEL - GAP * (panels.size() - 1) - 8) / panels.size();
    }

    private void hover(double x, double y) {
        String text = "";
        int row = rowHeight > 0 ? (int) Math.floor((y - TITLE) / rowHeight) : -1;
        double pw = panelWidth(getWidth());
        if (row >= 0 && row < tokens.size() && x > LABEL && pw > 0) {
            int p = (int) ((x - LABEL) / (pw + GAP));
            double inside = x - LABEL - p * (pw + GAP);
            if (p < panels.size() && inside < pw) {
                float[] values = panels.get(p).rows()[row];
                int column = Math.min(values.length - 1, (int) (inside / (pw / values.length)));
                text = String.format(Locale.ROOT, "%s  '%s'  [%d] = %.4f", panels.get(p).title(),
                        TokenChips.visible(tokens.get(row)), column, values[column]);
            }
        }
        if (!text.equals(hover)) {
            hover = text;
            redraw();
        }
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        int t = tokens.size();
        if (t == 0 || panels.isEmpty()) {
            return;
        }
        double pw = panelWidth(width);
        rowHeight = Math.max(3, Math.min(26, (height - TITLE - FOOTER) / t));
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(12));
        g.setFill(getForegroundPaint());
        g.setTextAlign(TextAlignment.RIGHT);
        for (int r = 0; r < t; r++) {
            fillText(g, TokenChips.visible(tokens.get(r)), LABEL - 6, TITLE + r * rowHeight + rowHeight / 2, LABEL - 10);
        }
        for (int p = 0; p < panels.size(); p++) {
            double x0 = LABEL + p * (pw + GAP);
            Panel panel = panels.get(p);
            g.setFill(getForegroundPaint());
            g.setTextAlign(TextAlignment.LEFT);
            fillText(g, panel.title(), x0, TITLE / 2);
            for (int r = 0; r < t && r < panel.rows().length; r++) {
                float[] values = panel.rows()[r];
                cellWidth = pw / values.length;
                for (int c = 0; c < values.length; c++) {
                    g.setFill(ColorMap.DIVERGING.color(0.5 + 0.5 * values[c] / scale));
                    g.fillRect(x0 + c * cellWidth, TITLE + r * rowHeight, Math.ceil(cellWidth), Math.ceil(rowHeight));
                }
            }
            g.setStroke(Color.web("#8c959f"));
            g.setLineWidth(1);
            g.strokeRect(x0, TITLE, pw, t * rowHeight);
        }
        g.setFill(getForegroundPaint());
        g.setTextAlign(TextAlignment.LEFT);
        fillText(g, hover.isEmpty() ? String.format(Locale.ROOT, "−%.3g … 0 … +%.3g", scale, scale) : hover,
                LABEL, Math.min(height - FOOTER / 2, TITLE + t * rowHeight + FOOTER / 2 + 2));
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }
}
