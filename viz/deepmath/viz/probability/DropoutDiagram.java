package deepmath.viz.probability;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A layered network drawn as the book draws dropout (chapter 16 §4): one column of neurons per layer, every
 * neuron linked to the next layer's; a dropped neuron is grey and hollow and its links are gone, as if all
 * its weights were 0 for this step.
 */
public final class DropoutDiagram extends ColumnsView<DropoutDiagram.Column> {
    private static final Color ACTIVE = Color.web("#0969da");
    private static final Color DROPPED = Color.web("#afb8c1");
    private static final Font CAPTION = Font.font(12);

    /** One column: which neurons are active this step, and its caption under it. */
    public record Column(boolean[] active, String caption) {
        public Column {
            active = active.clone();
        }

        @Override
        public boolean[] active() {
            return active.clone();
        }
    }

    public DropoutDiagram() {
        super("dropout-diagram");
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height, List<Column> columns) {
        int n = columns.size();
        double captionSpace = 22;
        double usable = height - captionSpace - 8;
        double[][] xs = new double[n][];
        double[][] ys = new double[n][];
        int most = columns.stream().mapToInt(c -> c.active().length).max().orElse(1);
        double radius = Math.max(3, Math.min(9, usable / (most * 2.6)));
        for (int c = 0; c < n; c++) {
            int size = columns.get(c).active().length;
            xs[c] = new double[size];
            ys[c] = new double[size];
            double x = width * (c + 0.5) / n;
            for (int i = 0; i < size; i++) {
                xs[c][i] = x;
                ys[c][i] = 8 + usable * (i + 0.5) / size;
            }
        }
        g.setLineWidth(0.6);
        for (int c = 0; c + 1 < n; c++) {
            boolean[] from = columns.get(c).active();
            boolean[] to = columns.get(c + 1).active();
            for (int i = 0; i < from.length; i++) {
                for (int j = 0; j < to.length; j++) {
                    if (from[i] && to[j]) {
                        g.setStroke(ACTIVE.deriveColor(0, 1, 1, 0.35));
                        g.strokeLine(xs[c][i], ys[c][i], xs[c + 1][j], ys[c + 1][j]);
                    }
                }
            }
        }
        g.setLineWidth(1.5);
        for (int c = 0; c < n; c++) {
            boolean[] active = columns.get(c).active();
            for (int i = 0; i < active.length; i++) {
                double x = xs[c][i] - radius;
                double y = ys[c][i] - radius;
                if (active[i]) {
                    g.setFill(ACTIVE);
                    g.fillOval(x, y, 2 * radius, 2 * radius);
                } else {
                    g.setFill(getBackgroundPaint());
                    g.fillOval(x, y, 2 * radius, 2 * radius);
                    g.setStroke(DROPPED);
                    g.strokeOval(x, y, 2 * radius, 2 * radius);
                }
            }
            g.setFill(getForegroundPaint());
            g.setFont(CAPTION);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            fillText(g, columns.get(c).caption(), width * (c + 0.5) / n, height - 4);
        }
    }
}
