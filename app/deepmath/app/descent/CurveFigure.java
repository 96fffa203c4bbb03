package deepmath.app.descent;

import deepmath.descent.FormulaObjective;
import deepmath.descent.FunctionCurve;
import deepmath.descent.Iterate;
import deepmath.descent.StepArrows;
import deepmath.descent.TrajectoryCut;
import deepmath.expr.Formula;
import deepmath.viz.contour.ArrowLayer;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * A descent in one variable drawn as the book draws it (ch. 8 §1.3, line 8956): the graph of f in blue, the points
 * (a_k, f(a_k)) on it joined by the steps, the a_k themselves on the x-axis, and at the current point the tangent
 * of slope f′(a_k) with the next step −δ·f′(a_k) along the axis. A click chooses a_0.
 */
final class CurveFigure {
    /** Samples of the curve across the window. */
    static final int SAMPLES = 801;
    private static final Color CURVE = Color.web("#0550ae");
    private static final Color STEP_ARROW = Color.web("#fb8500");
    private static final Color TANGENT = Color.web("#57606a");
    private final PlotCanvas plot;
    private final Messages messages;
    private FunctionCurve curve;
    private Formula curveFormula;
    private double[] curveWindow;

    CurveFigure(PlotCanvas plot, Messages messages) {
        this.plot = plot;
        this.messages = messages;
    }

    /** The curve as last sampled (null before the first draw). */
    FunctionCurve curve() {
        return curve;
    }

    void draw(DescentState state) {
        DescentProblem problem = state.problem();
        String name = problem.parameters().get(0);
        double[] w = state.window();
        if (curve == null || problem.formula() != curveFormula || !java.util.Arrays.equals(w, curveWindow)) {
            curveFormula = problem.formula();
            curveWindow = w;
            curve = FunctionCurve.sample(new FormulaObjective(problem.formula(), problem.parameters()), w[0], w[1],
                    SAMPLES);
            plot.setView(w[0], w[1], curve.fMin(), curve.fMax());
        }
        List<PlotLayer> layers = new ArrayList<>();
        layers.add(new LineLayer(curve.xs(), curve.fs(), CURVE, 2.2, null,
                "f(" + name + ") = " + problem.formula().text()));
        for (RaceRun run : state.runs()) {
            List<Iterate> its = run.descent().iterates();
            int n = TrajectoryCut.shownLength(its, w);
            double[] xs = new double[n];
            double[] fs = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = its.get(k).point()[0];
                fs[k] = its.get(k).value();
            }
            boolean primary = run == state.primary();
            double[] dx = new double[Math.max(0, n - 1)];
            double[] df = new double[dx.length];
            for (int k = 0; k < dx.length; k++) {
                dx[k] = xs[k + 1] - xs[k];
                df[k] = fs[k + 1] - fs[k];
            }
            // the steps from (a_k, f(a_k)) to (a_k+1, f(a_k+1)): orange for the method's own run, as the book's
            layers.add(new ArrowLayer(java.util.Arrays.copyOf(xs, dx.length), java.util.Arrays.copyOf(fs, dx.length),
                    dx, df, primary ? STEP_ARROW : run.color(), 1.6));
            // … the a_k read on the x-axis …
            layers.add(new PointsLayer(xs, new double[n], run.color().deriveColor(0, 1, 1, 0.7), 2.5, null));
            // … and (a_k, f(a_k)) on the curve
            layers.add(new PointsLayer(xs, fs, run.color(), 4, MapFigure.legend(messages, run, state.comparesBatches())));
        }
        nextStep(state, name, layers);
        plot.layers().setAll(layers);
        plot.xAxis().labelProperty().set(name);
        plot.yAxis().labelProperty().set("f(" + name + ")");
        plot.titleProperty().set(messages.get("title.curve", name, problem.formula().text()));
    }

    /** The tangent at the current point and the next step −δ·f′(a_k) along the x-axis (while the run moves). */
    private void nextStep(DescentState state, String name, List<PlotLayer> layers) {
        RaceRun primary = state.primary();
        Iterate last = primary.descent().last();
        if (primary.descent().stopReason().isPresent()) {
            return;
        }
        double[] w = state.window();
        double[] t = FunctionCurve.tangent(last, (w[1] - w[0]) / 8);
        layers.add(new LineLayer(new double[] {t[0], t[2]}, new double[] {t[1], t[3]}, TANGENT, 1.4,
                new double[] {6, 4}, messages.get("legend.tangent", name)));
        double step = StepArrows.gradientStep(last, state.stepAt(last.k()))[0];
        layers.add(new ArrowLayer(new double[] {last.point()[0]}, new double[] {0}, new double[] {step},
                new double[] {0}, STEP_ARROW, 2.4));
        layers.add(new LineLayer(new double[] {0}, new double[] {0}, STEP_ARROW, 2.4, null,
                "−δ·f′(" + name + "_k)"));
    }
}
