package deepmath.app.descent;

import deepmath.descent.CircleFit;
import deepmath.descent.Iterate;
import deepmath.descent.StepArrows;
import deepmath.descent.StopReason;
import deepmath.descent.TrajectoryCut;
import deepmath.expr.Numbers;
import deepmath.optim.OptimizerKind;
import deepmath.viz.color.ColorMap;
import deepmath.viz.contour.ArrowLayer;
import deepmath.viz.contour.ContourLayer;
import deepmath.viz.contour.FilledContours;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.ImageLayer;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * The level-line map: the landscape's colours and level lines, every run's trajectory (a diverging one cut where it
 * leaves the picture) and the next step's arrows; for the circle, the data and each run's fitted circle.
 */
final class MapFigure {
    /** Points of a drawn circle. */
    static final int CIRCLE_SAMPLES = 181;
    private static final Color STEP_ARROW = Color.web("#fb8500");
    private static final Color MOMENTUM_ARROW = Color.web("#8250df");
    private final PlotCanvas map;
    private final Messages messages;

    MapFigure(PlotCanvas map, Messages messages) {
        this.map = map;
        this.messages = messages;
    }

    void draw(DescentState state, LossLandscape landscape) {
        DescentProblem problem = state.problem();
        List<PlotLayer> layers = new ArrayList<>();
        if (problem.isCircle()) {
            circles(state, layers);
        } else {
            if (landscape != null) {
                double[] w = landscape.window();
                layers.add(new ImageLayer(FilledContours.render(landscape.values(), landscape.levels(),
                        ColorMap.BLUES, landscape.zMin(), landscape.zMax()), w[0], w[1], w[2], w[3], false, 0.75));
                layers.add(new ContourLayer(landscape.lines(), level -> Color.rgb(40, 60, 90, 0.7), 1, false,
                        Numbers::format));
            }
            for (RaceRun run : state.runs()) {
                double[][] shown = TrajectoryCut.shown(run.descent().iterates(), state.window());
                layers.add(new LineLayer(shown[0], shown[1], run.color(), 2, null,
                        legend(messages, run, state.comparesBatches())));
                layers.add(new PointsLayer(shown[0], shown[1], run.color(), 3, null));
            }
            nextStepArrows(state, layers);
        }
        List<String> names = problem.parameters();
        map.layers().setAll(layers);
        // The circle is drawn with its data, in the plane (x, y); the other maps are of the parameters.
        map.xAxis().labelProperty().set(problem.isCircle() ? "x" : names.get(0));
        map.yAxis().labelProperty().set(problem.isCircle() ? "y" : names.get(1));
        map.titleProperty().set(problem.isFunction() ? "f(" + names.get(0) + ", " + names.get(1) + ") = "
                + problem.formula().text() : messages.get("title." + problem.kind().key()));
    }

    /** A run's method, with its batch size K when sizes are compared. */
    static String runName(Messages messages, RaceRun run, boolean withBatch) {
        String name = messages.get("method." + run.kind().key());
        if (withBatch) {
            name += " · " + (run.batch() > 0 && run.batch() < dataSize(run) ? "K = " + run.batch()
                    : messages.get("legend.allData", dataSize(run)));
        }
        return name;
    }

    /** A run's name (with its batch size K when sizes are compared) with its k, or why it stopped. */
    static String legend(Messages messages, RaceRun run, boolean withBatch) {
        String name = runName(messages, run, withBatch);
        StopReason reason = run.descent().stopReason().orElse(null);
        int k = run.descent().last().k();
        if (reason == null) {
            return name + " · k = " + k;
        }
        return name + " · " + messages.get("stop." + reason.name().toLowerCase(), k);
    }

    private static int dataSize(RaceRun run) {
        return run.descent().objective() instanceof deepmath.descent.DataObjective d ? d.data().size() : 0;
    }

    private void nextStepArrows(DescentState state, List<PlotLayer> layers) {
        RaceRun primary = state.primary();
        Iterate last = primary.descent().last();
        if (primary.descent().stopReason().isPresent() || last.point().length < 2) {
            return;
        }
        double[] at = {last.point()[0]};
        double[] bt = {last.point()[1]};
        double[] step = StepArrows.gradientStep(last, state.stepAt(last.k()));
        layers.add(new ArrowLayer(at, bt, new double[] {step[0]}, new double[] {step[1]}, STEP_ARROW, 2.2));
        OptimizerKind kind = primary.kind();
        double[] momentum = StepArrows.momentumTerm(primary.descent().iterates(), state.muProperty().get());
        if ((kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NESTEROV) && momentum != null) {
            layers.add(new ArrowLayer(at, bt, new double[] {momentum[0]}, new double[] {momentum[1]}, MOMENTUM_ARROW, 2.2));
            layers.add(new LineLayer(new double[] {0}, new double[] {0}, MOMENTUM_ARROW, 2.2, null, "μ·(P_k − P_(k−1))"));
        }
        layers.add(new LineLayer(new double[] {0}, new double[] {0}, STEP_ARROW, 2.2, null, "−δ·grad f(P_k)"));
    }

    private void circles(DescentState state, List<PlotLayer> layers) {
        var data = state.problem().data();
        layers.add(new PointsLayer(data.xs(), data.ys(), Color.web("#57606a"), 3, messages.get("legend.data")));
        for (RaceRun run : state.runs()) {
            double[][] circle = CircleFit.sample(run.descent().last().point(), CIRCLE_SAMPLES);
            if (circle != null) {
                layers.add(new LineLayer(circle[0], circle[1], run.color(), 2.2, null,
                        legend(messages, run, state.comparesBatches())));
            }
        }
    }
}
