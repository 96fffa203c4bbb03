package deepmath.app.descent;

import deepmath.app.task.LatestOnlyWorker;
import deepmath.viz.plot.PlotCanvas;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Keeps the landscape (the sampled function or loss with its level lines) computed, off the FX thread, for what
 * the map shows: again when the problem changes and, after a short pause, when the map's size changes it.
 */
final class LandscapeUpdater {
    private static final int RESOLUTION = 160;
    private final PlotCanvas map;
    private final Supplier<DescentProblem> problem;
    private final Supplier<double[]> window;
    private final Consumer<LossLandscape> shown;
    private final LatestOnlyWorker worker;
    private final PauseTransition refit = new PauseTransition(Duration.millis(200));
    private LossLandscape landscape;
    private DescentProblem computedFor;
    private boolean active;

    /**
     * @param shown told of each new landscape (null: none, e.g. for the circle or while the lab is hidden)
     */
    LandscapeUpdater(PlotCanvas map, Supplier<DescentProblem> problem, Supplier<double[]> window,
                     Consumer<LossLandscape> shown, Consumer<Throwable> errors) {
        this.map = map;
        this.problem = problem;
        this.window = window;
        this.shown = shown;
        this.worker = new LatestOnlyWorker("descent-landscape", errors);
        refit.setOnFinished(e -> {
            if (landscape == null || differs(visibleRegion(), landscape.window())) {
                recompute();
            }
        });
        map.widthProperty().addListener(o -> refit.playFromStart());
        map.heightProperty().addListener(o -> refit.playFromStart());
    }

    LossLandscape landscape() {
        return landscape;
    }

    void setActive(boolean on) {
        active = on;
        if (on) {
            recompute();
        }
    }

    /** The problem changed: the current landscape is kept until one for the new problem replaces it. */
    void problemChanged() {
        DescentProblem p = problem.get();
        if (computedFor == null || !sameLandscape(p, computedFor)) {
            recompute();
        }
    }

    void recompute() {
        DescentProblem p = problem.get();
        if (!active || !p.hasMap()) {
            landscape = null;
            computedFor = p;
            shown.accept(null);
            return;
        }
        computedFor = p;
        double[] w = visibleRegion();
        worker.submit(() -> LossLandscape.compute(p, w, RESOLUTION), result -> {
            if (p == computedFor) {
                landscape = result;
                shown.accept(result);
                if (map.getWidth() >= 40 && map.getHeight() >= 40 && differs(visibleRegion(), result.window())) {
                    // Computed for a map size since changed (the window was still being laid out): again.
                    refit.playFromStart();
                }
            }
        });
    }

    /** The landscape depends on the formula or the data only (not on the batch size: it is the whole loss). */
    private static boolean sameLandscape(DescentProblem a, DescentProblem b) {
        return a.kind() == b.kind() && a.formula() == b.formula() && a.data() == b.data();
    }

    /**
     * What the map shows: the window widened along one axis to fill the map at equal aspect (the landscape is
     * sampled there, so the colours and level lines reach the map's edges).
     */
    private double[] visibleRegion() {
        if (map.getWidth() < 40 || map.getHeight() < 40) {
            return window.get();
        }
        var t = map.transform();
        return new double[] {t.xMin(), t.xMax(), t.yMin(), t.yMax()};
    }

    private static boolean differs(double[] a, double[] b) {
        double tolerance = 0.01 * Math.max(a[1] - a[0], a[3] - a[2]);
        for (int i = 0; i < 4; i++) {
            if (Math.abs(a[i] - b[i]) > tolerance) {
                return true;
            }
        }
        return false;
    }
}
