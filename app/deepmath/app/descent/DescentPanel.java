package deepmath.app.descent;

import deepmath.app.function.FormulaBar;
import deepmath.descent.ProblemKind;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.surface.SurfaceView;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The gradient-descent lab's layout: the formula line on top, the level-line map with the trajectories (click to
 * choose the start) beside the surface (or, for data problems, the data and the fitted line or parabola; the circle
 * is drawn on the map); for a function of one variable, its curve with the descent drawn on it instead (click to
 * choose a_0); for the plane fit, the points and the plane in 3-D; f(P_k) per step and the table of iterates below, the controls on the right. Everything shown is
 * drawn from the {@link DescentState} by the figure classes whenever it changes.
 */
final class DescentPanel extends BorderPane {
    private final DescentState state;
    private final Messages messages;
    private final DescentControls controls;
    private final ControlsBinding binding;
    private final PlotCanvas map = new PlotCanvas();
    private final PlotCanvas side = new PlotCanvas();
    private final PlotCanvas curve = new PlotCanvas();
    private final SurfaceView surface = new SurfaceView();
    private final PlotCanvas lossPlot = new PlotCanvas();
    private final IterateTable table;
    private final SplitPane views = new SplitPane();
    private final MapFigure mapFigure;
    private final DataFigure dataFigure;
    private final CurveFigure curveFigure;
    private final PlaneFigure planeFigure;
    private final LossFigure lossFigure;
    private final SurfaceFigure surfaceFigure;
    private final Readout readout;
    private final LandscapeUpdater landscape;
    private DescentProblem shownProblem;
    private String shownLayout;
    private double[] shownWindow;
    private List<RaceRun> shownRuns;

    DescentPanel(DescentState state, Messages messages, I18n i18n, Consumer<Throwable> errors) {
        this.state = state;
        this.messages = messages;
        this.controls = new DescentControls(messages, i18n);
        this.table = new IterateTable(messages);
        map.setId("descent-map");
        side.setId("descent-data");
        curve.setId("descent-curve");
        surface.setId("descent-surface");
        lossPlot.setId("descent-loss");
        // Level lines are only circles and right angles are only right on an equal-aspect map (book ch. 7, 8).
        map.equalAspectProperty().set(true);
        lossPlot.setMinHeight(150);
        mapFigure = new MapFigure(map, messages);
        dataFigure = new DataFigure(side, messages);
        curveFigure = new CurveFigure(curve, messages);
        planeFigure = new PlaneFigure(surface);
        lossFigure = new LossFigure(lossPlot, messages);
        surfaceFigure = new SurfaceFigure(surface);
        readout = new Readout(controls.status, controls.epoch, messages, new deepmath.app.task.ErrorText(i18n));
        landscape = new LandscapeUpdater(map, state::problem, state::window, this::landscapeShown, errors);
        map.onDataClickedProperty().set(p -> state.setStart(p.getX(), p.getY()));
        side.onDataClickedProperty().set(p -> state.addDataPoint(p.getX(), p.getY()));
        curve.onDataClickedProperty().set(p -> state.setStart(p.getX(), p.getY()));

        FormulaBar formula = FormulaBar.plain(state, i18n, "f =", "descent-formula", "descent-formula-error",
                e -> e instanceof TooManyVariables ? Readout.describe(messages, e) : null);
        formula.field().disableProperty().bind(state.problemProperty().isNotEqualTo(ProblemKind.FUNCTION));
        setTop(formula);
        SplitPane bottom = new SplitPane(lossPlot, table);
        bottom.setDividerPositions(0.5);
        SplitPane center = new SplitPane(views, bottom);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.64);
        setCenter(center);
        ScrollPane scroll = new ScrollPane(controls);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(310);
        setRight(scroll);

        binding = new ControlsBinding(controls, state, messages);
        // The state tells of a change once it is whole (a preset changes many settings): the revision moves.
        state.revisionProperty().addListener(o -> stateChanged());
        // A live language switch redraws the titles, legends and readout in the new language.
        i18n.localeProperty().addListener(o -> redraw());
        stateChanged();
    }

    /** What changed since the last revision drawn: the problem, the window, the runs; then everything is drawn. */
    private void stateChanged() {
        DescentProblem problem = state.problem();
        String layout = layout(problem);
        if (!layout.equals(shownLayout)) {
            shownLayout = layout;
            arrangeViews(problem);
        }
        if (shownProblem == null || problem.kind() != shownProblem.kind() || problem.formula() != shownProblem.formula()
                || problem.data() != shownProblem.data()) {
            landscape.problemChanged();
        }
        shownProblem = problem;
        if (state.windowProperty().get() != shownWindow) {
            shownWindow = state.windowProperty().get();
            showWindow();
            landscape.recompute();
        }
        if (state.runs() != shownRuns) {
            shownRuns = state.runs();
            table.setParameters(problem.parameters());
            table.clearRows();
        }
        redraw();
    }

    DescentControls controls() {
        return controls;
    }

    DescentState state() {
        return state;
    }

    PlotCanvas map() {
        return map;
    }

    /** The figure an export shows: the curve for a function of one variable, else the map. */
    PlotCanvas mainFigure() {
        return state.problem().isCurve() ? curve : map;
    }

    CurveFigure curveFigure() {
        return curveFigure;
    }

    void setActive(boolean on) {
        landscape.setActive(on);
        if (!on) {
            binding.stop();
        }
    }

    /** The shown surface's landscape (null until it is computed, or for the circle). */
    LossLandscape landscape() {
        return landscape.landscape();
    }

    List<RaceRun> runs() {
        return state.runs();
    }

    /** The run's path on the shown surface. */
    SurfaceTrajectory trajectoryOnSurface(RaceRun run) {
        return SurfaceFigure.trajectory(run, landscape.landscape());
    }

    /** Which figures are shown: the curve alone, the circle's map alone, the map beside the surface or the data. */
    private static String layout(DescentProblem problem) {
        return problem.isCurve() ? "curve" : problem.kind().key();
    }

    private void arrangeViews(DescentProblem problem) {
        if (problem.isCurve()) {
            views.getItems().setAll(curve);
        } else if (problem.isCircle()) {
            views.getItems().setAll(map);
        } else if (problem.isPlane()) {
            views.getItems().setAll(surface);
        } else {
            views.getItems().setAll(map, problem.isFunction() ? surface : side);
        }
    }

    private void showWindow() {
        double[] w = state.window();
        map.setView(w[0], w[1], w[2], w[3]);
    }

    private void landscapeShown(LossLandscape l) {
        if (l != null && state.problemKind() == ProblemKind.FUNCTION && !state.problem().isCurve()) {
            surfaceFigure.showSurface(state, l);
        }
        redraw();
    }

    private void redraw() {
        RaceRun primary = state.primary();
        if (primary == null) {
            return;
        }
        table.follow(primary.descent().iterates());
        DescentProblem problem = state.problem();
        if (problem.isCurve()) {
            curveFigure.draw(state);
        } else if (problem.isPlane()) {
            planeFigure.draw(state);
        } else {
            mapFigure.draw(state, landscape.landscape());
        }
        if (problem.isFunction() && !problem.isCurve()) {
            surfaceFigure.drawPaths(state, landscape.landscape());
        } else if (problem.isRegression() || problem.isParabola()) {
            dataFigure.draw(state);
        }
        lossFigure.draw(state);
        readout.show(state);
    }
}
