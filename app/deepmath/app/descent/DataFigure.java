package deepmath.app.descent;

import deepmath.descent.Iterate;
import deepmath.descent.LinearRegression;
import deepmath.descent.ParabolaFit;
import deepmath.descent.PointCloud;
import deepmath.expr.Numbers;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * The data plot of a regression or of the parabola: the points (a click adds one), each run's line y = a·x + b (or
 * parabola y = x² + a·x + b) where it is now, and for the first run the model it started from (dashed) and those of
 * its first steps (faint), as the book draws the lines y = a_k·x + b_k for the first k (ch. 8, line 9300).
 */
final class DataFigure {
    /** The first steps whose model is drawn faint. */
    static final int FIRST_STEPS = 5;
    private static final int SAMPLES = 121;
    private final PlotCanvas plot;
    private final Messages messages;

    DataFigure(PlotCanvas plot, Messages messages) {
        this.plot = plot;
        this.messages = messages;
    }

    void draw(DescentState state) {
        DescentProblem problem = state.problem();
        PointCloud data = problem.data();
        boolean parabola = problem.isParabola();
        List<PlotLayer> layers = new ArrayList<>();
        double lo = Arrays.stream(data.xs()).min().orElse(-1) - 0.5;
        double hi = Arrays.stream(data.xs()).max().orElse(1) + 0.5;
        RaceRun primary = state.primary();
        List<Iterate> first = primary.descent().iterates();
        for (int k = 1; k < first.size() - 1 && k <= FIRST_STEPS; k++) {
            double[][] xy = model(first.get(k).point(), lo, hi, parabola);
            layers.add(new LineLayer(xy[0], xy[1], primary.color().deriveColor(0, 1, 1, 0.3), 1.2));
        }
        if (first.size() > 1) {
            double[][] xy = model(first.get(0).point(), lo, hi, parabola);
            layers.add(new LineLayer(xy[0], xy[1], primary.color().deriveColor(0, 1, 1, 0.6), 1.4,
                    new double[] {6, 4}, "k = 0: " + equation(first.get(0).point(), parabola)));
        }
        for (RaceRun run : state.runs()) {
            double[] p = run.descent().last().point();
            double[][] xy = model(p, lo, hi, parabola);
            layers.add(new LineLayer(xy[0], xy[1], run.color(), 2.2, null, equation(p, parabola)));
        }
        layers.add(new PointsLayer(data.xs(), data.ys(), Color.web("#57606a"), 4, messages.get("legend.data")));
        plot.layers().setAll(layers);
        plot.titleProperty().set(messages.get(parabola ? "title.dataParabola" : "title.data"));
        plot.xAxis().labelProperty().set("x");
        plot.yAxis().labelProperty().set("y");
        plot.setView(lo, hi, Arrays.stream(data.ys()).min().orElse(-1) - 1, Arrays.stream(data.ys()).max().orElse(1) + 1);
    }

    private static double[][] model(double[] p, double lo, double hi, boolean parabola) {
        if (!parabola) {
            return new double[][] {{lo, hi}, {LinearRegression.line(p, lo), LinearRegression.line(p, hi)}};
        }
        double[] xs = new double[SAMPLES];
        double[] ys = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            xs[i] = lo + (hi - lo) * i / (SAMPLES - 1);
            ys[i] = ParabolaFit.curve(p, xs[i]);
        }
        return new double[][] {xs, ys};
    }

    /** "y = 0.5·x + 3", "y = x² − 1.37·x + 0.294": a negative coefficient after its minus sign. */
    static String equation(double[] p, boolean parabola) {
        String a = Numbers.format(Math.abs(p[0]), 3) + "·x";
        String b = Numbers.format(Math.abs(p[1]), 3);
        if (parabola) {
            return "y = x² " + sign(p[0]) + " " + a + " " + sign(p[1]) + " " + b;
        }
        return "y = " + (p[0] < 0 ? "−" : "") + a + " " + sign(p[1]) + " " + b;
    }

    private static String sign(double v) {
        return v < 0 ? "−" : "+";
    }
}
