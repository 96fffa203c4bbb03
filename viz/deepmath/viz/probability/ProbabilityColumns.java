package deepmath.viz.probability;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A probability law as columns on a common 0–100 % scale: each column's name under it, its percentage over it,
 * the most probable one darker (argmax).
 */
public final class ProbabilityColumns extends ColumnsView<ProbabilityColumns.Column> {
    private static final Color BAR = Color.web("#54aeff");
    private static final Color TOP = Color.web("#0969da");
    private static final Font FONT = Font.font(12);
    private static final double BELOW = 24;
    private static final double ABOVE = 20;

    /** One column: its name and its probability in [0, 1]. */
    public record Column(String name, double probability) {
    }

    public ProbabilityColumns() {
        super("probability-columns");
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height, List<Column> columns) {
        int n = columns.size();
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (columns.get(i).probability() > columns.get(best).probability()) {
                best = i;
            }
        }
        double slot = width / n;
        double bar = Math.min(60, slot * 0.6);
        double base = height - BELOW;
        double full = Math.max(1, base - ABOVE);
        g.setStroke(getGridPaint());
        g.strokeLine(0, base + 0.5, width, base + 0.5);
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < n; i++) {
            Column c = columns.get(i);
            double cx = slot * (i + 0.5);
            double h = full * c.probability();
            g.setFill(i == best ? TOP : BAR);
            g.fillRect(cx - bar / 2, base - h, bar, h);
            g.setFill(getForegroundPaint());
            g.setTextBaseline(VPos.BOTTOM);
            fillText(g, percent(c.probability()), cx, base - h - 2, slot - 2);
            g.setTextBaseline(VPos.TOP);
            fillText(g, c.name(), cx, base + 4, slot - 2);
        }
    }

    /** "87.47 %", "0.08 %", "< 0.01 %": four significant digits at most, never a long tail of zeros. */
    static String percent(double p) {
        double v = 100 * p;
        if (v > 0 && v < 0.01) {
            return "< 0.01 %";
        }
        return String.format(Locale.ROOT, v >= 10 ? "%.1f %%" : "%.2f %%", v);
    }
}
