package deepmath.viz.contour;

import deepmath.levels.ContourLine;
import deepmath.viz.plot.PlotTransform;
import deepmath.viz.plot.PlotLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Level lines, each coloured by its level, with the level written on the longest piece of each level
 * (on a small background so it stays readable over a filled map).
 */
public final class ContourLayer implements PlotLayer {
    private final List<ContourLine> lines;
    private final DoubleFunction<Color> colorOfLevel;
    private final double width;
    private final boolean labelled;
    private final DoubleFunction<String> labelOfLevel;

    public ContourLayer(List<ContourLine> lines, DoubleFunction<Color> colorOfLevel, double width, boolean labelled,
                        DoubleFunction<String> labelOfLevel) {
        this.lines = List.copyOf(lines);
        this.colorOfLevel = colorOfLevel;
        this.width = width;
        this.labelled = labelled;
        this.labelOfLevel = labelOfLevel;
    }

    @Override
    public void draw(GraphicsContext g, PlotTransform t) {
        g.setLineWidth(width);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineDashes((double[]) null);
        for (ContourLine line : lines) {
            g.setStroke(colorOfLevel.apply(line.level()));
            g.beginPath();
            for (int k = 0; k < line.size(); k++) {
                double px = t.px(line.xs()[k]);
                double py = t.py(line.ys()[k]);
                if (k == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
        }
        if (labelled) {
            drawLabels(g, t);
        }
    }

    private void drawLabels(GraphicsContext g, PlotTransform t) {
        Font font = Font.font(10);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        List<double[]> placed = new ArrayList<>();
        for (ContourLine line : longestPerLevel()) {
            if (line.size() < 8) {
                continue;
            }
            int k = line.size() / 2;
            double px = t.px(line.xs()[k]);
            double py = t.py(line.ys()[k]);
            if (!t.contains(px, py) || tooClose(placed, px, py)) {
                continue;
            }
            placed.add(new double[] {px, py});
            String text = labelOfLevel.apply(line.level());
            double w = deepmath.viz.plot.TextMetrics.width(text, font) + 4;
            g.setFill(Color.rgb(255, 255, 255, 0.8));
            g.fillRoundRect(px - w / 2, py - 7, w, 14, 4, 4);
            g.setFill(colorOfLevel.apply(line.level()).darker());
            g.fillText(text, px, py);
        }
    }

    private List<ContourLine> longestPerLevel() {
        List<ContourLine> longest = new ArrayList<>();
        for (ContourLine line : lines) {
            boolean replaced = false;
            for (int i = 0; i < longest.size(); i++) {
                if (longest.get(i).level() == line.level()) {
                    if (line.size() > longest.get(i).size()) {
                        longest.set(i, line);
                    }
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                longest.add(line);
            }
        }
        return longest;
    }

    private static boolean tooClose(List<double[]> placed, double px, double py) {
        for (double[] p : placed) {
            if (Math.abs(p[0] - px) < 36 && Math.abs(p[1] - py) < 14) {
                return true;
            }
        }
        return false;
    }
}
