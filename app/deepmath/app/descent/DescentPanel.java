package deepmath.app.descent;

import deepmath.app.task.LatestOnlyWorker;
import deepmath.core.BadInputException;
import deepmath.descent.CircleFit;
import deepmath.descent.Descent;
import deepmath.descent.DescentPreset;
import deepmath.descent.Iterate;
import deepmath.descent.StepSchedule;
import deepmath.descent.UndefinedStartException;
import deepmath.descent.StopReason;
import deepmath.descent.StoppingRules;
import deepmath.expr.Formula;
import deepmath.expr.Numbers;
import deepmath.optim.OptimizerKind;
import deepmath.viz.color.ColorMap;
import deepmath.viz.contour.ArrowLayer;
import deepmath.viz.contour.ContourLayer;
import deepmath.viz.contour.FilledContours;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.ImageLayer;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import deepmath.viz.plot.Scale;
import deepmath.viz.surface.Curve3D;
import deepmath.viz.surface.Marker3D;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The gradient-descent lab: the level lines with the trajectory (click to choose the start), the surface
 * (or, for data problems, the data and the fitted line or circle), f(P_k) per step on a log axis and the
 * table of iterates; Step, Play, Reset, a race of several optimisers from the same start.
 */
final class DescentPanel extends BorderPane {
    private static final int MAX_STEPS = 100_000;

    private final Messages messages;
    private final DescentControls controls;
    private final PlotCanvas map = new PlotCanvas();
    private final PlotCanvas side = new PlotCanvas();
    private final SurfaceView surface = new SurfaceView();
    private final PlotCanvas lossPlot = new PlotCanvas();
    private final IterateTable table;
    private final ObservableList<Iterate> rows = FXCollections.observableArrayList();
    private final TextField formulaField = new TextField();
    private final Label formulaError = new Label();
    private final SplitPane views = new SplitPane();
    private final LatestOnlyWorker worker;
    private final Timeline player = new Timeline();
    private final PauseTransition refit = new PauseTransition(Duration.millis(200));
    private DescentProblem problem = new DescentProblem("function", Formula.parse("a^2 + 3*b^2"), null, 0);
    private double[] window = {-2.5, 2.5, -2.5, 2.5};
    private double[] start = {2, 1};
    /** Why the descent cannot start from the current start point, or null. */
    private String startError;
    private List<RaceRun> runs = List.of();
    private LossLandscape landscape;
    private boolean active;

    DescentPanel(Messages messages, I18n i18n, Consumer<Throwable> errors) {
        this.messages = messages;
        this.controls = new DescentControls(messages, i18n);
        this.table = new IterateTable(messages);
        this.worker = new LatestOnlyWorker("descent-landscape", errors);
        table.setItems(rows);
        map.setId("descent-map");
        // Level lines are only circles and right angles are only right on an equal-aspect map (book ch. 7, 8).
        map.equalAspectProperty().set(true);
        refit.setOnFinished(e -> {
            if (landscape == null || differs(visibleRegion(), landscape.window())) {
                recomputeLandscape();
            }
        });
        map.widthProperty().addListener(o -> refit.playFromStart());
        map.heightProperty().addListener(o -> refit.playFromStart());
        map.onDataClickedProperty().set(p -> {
            if (problem.isCircle()) {
                return;
            }
            start = new double[] {p.getX(), p.getY()};
            resetRuns();
        });
        side.onDataClickedProperty().set(p -> {
            if (!problem.isFunction()) {
                problem = problem.withData(problem.data().with(p.getX(), p.getY()));
                resetRuns();
                recomputeLandscape();
            }
        });
        surface.setId("descent-surface");
        // From higher up than the function lab: the descent happens at the bottom of the bowl.
        surface.setHomeAngles(52, -30);
        // Seen from higher up the box is taller on screen: a little further away, its height labels stay inside.
        surface.setHomeDistance(1.12);
        lossPlot.setId("descent-loss");
        side.setId("descent-data");
        lossPlot.yAxis().scaleProperty().set(Scale.LOG);
        lossPlot.xAxis().labelProperty().set("k");
        lossPlot.setMinHeight(150);
        setTop(formulaBar());
        views.getItems().setAll(map, surface);
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
        wire();
        // A live language switch redraws the titles, legends and readout in the new language.
        i18n.localeProperty().addListener(o -> redraw());
        controls.presets.setValue(DescentPreset.all().get(0));
        if (runs.isEmpty()) {
            // The combo box only reports the change once it is shown.
            applyPreset(DescentPreset.all().get(0));
        }
    }

    private VBox formulaBar() {
        Label prefix = new Label("f =");
        prefix.getStyleClass().add("formula-prefix");
        formulaField.setId("descent-formula");
        formulaField.getStyleClass().add("formula-field");
        formulaField.setOnAction(e -> applyFormula());
        HBox.setHgrow(formulaField, Priority.ALWAYS);
        formulaError.getStyleClass().add("formula-error");
        formulaError.setId("descent-formula-error");
        formulaError.managedProperty().bind(formulaError.visibleProperty());
        formulaError.setVisible(false);
        HBox line = new HBox(8, prefix, formulaField);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox bar = new VBox(3, line, formulaError);
        bar.getStyleClass().add("formula-bar");
        return bar;
    }

    private void wire() {
        controls.presets.setOnAction(e -> {
            if (controls.presets.getValue() != null) {
                applyPreset(controls.presets.getValue());
            }
        });
        controls.method.valueProperty().addListener(o -> resetRuns());
        controls.logStep.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                resetRuns();
            }
        });
        controls.logStep.valueProperty().addListener(o -> {
            if (!controls.logStep.isValueChanging()) {
                resetRuns();
            }
        });
        controls.mu.valueProperty().addListener(o -> {
            if (!controls.mu.isValueChanging()) {
                resetRuns();
            }
        });
        controls.race.values().forEach(box -> box.selectedProperty().addListener(o -> resetRuns()));
        controls.batch.valueProperty().addListener(o -> {
            problem = problem.withBatchSize(controls.batch.getValue());
            resetRuns();
        });
        controls.step.setOnAction(e -> stepAll());
        controls.reset.setOnAction(e -> resetRuns());
        controls.play.textProperty().bind(javafx.beans.binding.Bindings.when(
                player.statusProperty().isEqualTo(javafx.animation.Animation.Status.RUNNING))
                .then(messages.text("control.pause")).otherwise(messages.text("control.play")));
        controls.play.setOnAction(e -> togglePlay());
        controls.speed.valueProperty().addListener(o -> player.setRate(controls.speed.getValue()));
        player.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> stepAll()));
        player.setCycleCount(Timeline.INDEFINITE);
        player.setRate(controls.speed.getValue());
        controls.copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(IterateTable.csv(primary().descent().iterates(), problem.parameters()));
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    DescentControls controls() {
        return controls;
    }

    PlotCanvas map() {
        return map;
    }

    String csv() {
        return IterateTable.csv(primary().descent().iterates(), problem.parameters());
    }

    void setActive(boolean on) {
        active = on;
        if (on) {
            recomputeLandscape();
        } else {
            player.stop();
        }
    }

    /** Replaces the regression data by points read from a file (the previous data stay if reading failed). */
    void loadRegressionData(deepmath.descent.PointCloud data, String name) {
        DescentPreset regression = DescentPreset.all().stream().filter(p -> p.id().equals("regression"))
                .findFirst().orElseThrow();
        controls.presets.setValue(regression);
        applyPreset(regression);
        problem = problem.withData(data);
        double[] fit = new deepmath.descent.LinearRegression(data, 0, 0).leastSquares();
        double r = Math.max(2, 2 * Math.max(Math.abs(fit[0]), Math.abs(fit[1])));
        window = new double[] {fit[0] - r, fit[0] + r, fit[1] - r, fit[1] + r};
        map.setView(window[0], window[1], window[2], window[3]);
        resetRuns();
        recomputeLandscape();
        controls.status.setText(messages.get("open.loaded", data.size(), name));
    }

    int stepsDone() {
        return runs.isEmpty() ? 0 : primary().descent().last().k();
    }

    /** Replays a saved run: the preset, the settings, then as many steps as had been made. */
    void restore(DescentPreset preset, OptimizerKind method, double step, double mu, List<OptimizerKind> race,
                 int batch, int steps) {
        controls.presets.setValue(preset);
        applyPreset(preset);
        if (method != null) {
            controls.method.setValue(method);
        }
        controls.setStep(step);
        controls.mu.setValue(mu);
        controls.race.forEach((kind, box) -> box.setSelected(race.contains(kind)));
        controls.batch.getValueFactory().setValue(batch);
        resetRuns();
        for (int k = 0; k < steps; k++) {
            stepAll();
        }
    }

    void applyPreset(DescentPreset preset) {
        player.stop();
        Formula formula = preset.formula().isEmpty() ? null : Formula.parse(preset.planarFormula());
        problem = new DescentProblem(preset.problem(), formula, preset.data(), preset.batchSize());
        formulaField.setText(preset.planarFormula());
        formulaField.setDisable(formula == null);
        formulaError.setVisible(false);
        window = preset.window().clone();
        start = preset.planarStart();
        controls.setStep(preset.step());
        controls.mu.setValue(preset.mu());
        controls.method.setValue(OptimizerKind.fromKey(preset.optimizer()));
        controls.batch.getValueFactory().setValue(preset.batchSize());
        views.getItems().setAll(map, problem.isFunction() ? surface : side);
        if (problem.isCircle()) {
            views.getItems().setAll(map);
        }
        map.setView(window[0], window[1], window[2], window[3]);
        resetRuns();
        recomputeLandscape();
    }

    private void applyFormula() {
        try {
            Formula formula = Formula.parse(formulaField.getText());
            if (formula.variables().size() > 2) {
                throw new BadInputException(messages.get("error.tooManyVariables", String.join(", ", formula.variables())));
            }
            formulaError.setVisible(false);
            problem = new DescentProblem("function", formula, null, 0);
            resetRuns();
            recomputeLandscape();
        } catch (BadInputException e) {
            formulaError.setText(e.getMessage());
            formulaError.setVisible(true);
        }
    }

    /** Every selected optimiser starts again from the start point with the current settings. */
    void resetRuns() {
        player.stop();
        List<RaceRun> fresh = new ArrayList<>();
        try {
            for (OptimizerKind kind : controls.racers()) {
                double step = controls.step();
                Descent d = new Descent(problem.newObjective(7), kind.create(step, controls.mu.getValue()),
                        StepSchedule.constant(step), new StoppingRules(MAX_STEPS, 1e-6, 0, 1e8), start);
                fresh.add(new RaceRun(kind, d, RaceRun.colourOf(kind)));
            }
        } catch (UndefinedStartException e) {
            // Shown until a start point or formula the descent can start from; the old runs no longer step.
            startError = messages.get(e.gradientOnly() ? "error.noGradientAtStart" : "error.undefinedStart",
                    UndefinedStartException.point(e.start()));
            controls.status.setText(startError);
            return;
        } catch (BadInputException e) {
            controls.status.setText(e.getMessage());
            return;
        }
        startError = null;
        runs = fresh;
        table.setParameters(problem.parameters());
        rows.clear();
        redraw();
    }

    private RaceRun primary() {
        return runs.get(0);
    }

    void stepAll() {
        if (startError != null) {
            player.stop();
            return;
        }
        boolean anyMoving = false;
        for (RaceRun run : runs) {
            if (run.descent().stopReason().isEmpty()) {
                run.descent().step();
                anyMoving = true;
            }
        }
        if (!anyMoving) {
            player.stop();
        }
        redraw();
    }

    private void togglePlay() {
        if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            player.stop();
        } else {
            player.play();
        }
    }

    private void recomputeLandscape() {
        if (!active || problem.isCircle()) {
            landscape = null;
            redraw();
            return;
        }
        DescentProblem p = problem;
        double[] w = visibleRegion();
        worker.submit(() -> LossLandscape.compute(p, w, 160), result -> {
            if (p == problem) {
                landscape = result;
                showSurface(result);
                redraw();
                if (map.getWidth() >= 40 && map.getHeight() >= 40 && differs(visibleRegion(), result.window())) {
                    // Computed for a map size since changed (the window was still being laid out): again.
                    refit.playFromStart();
                }
            }
        });
    }

    /**
     * What the map shows: the preset's window widened along one axis to fill the map at equal aspect (the
     * landscape is sampled there, so the colours and level lines reach the map's edges).
     */
    private double[] visibleRegion() {
        if (map.getWidth() < 40 || map.getHeight() < 40) {
            return window.clone();
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

    private void showSurface(LossLandscape l) {
        if (!problem.isFunction()) {
            return;
        }
        List<String> names = problem.parameters();
        surface.setAxisNames(names.get(0), names.get(1), "f");
        double[] w = l.window();
        surface.setSurface(l.values(), new SurfaceBox(w[0], w[1], w[2], w[3], l.zMin(), shownZMax(l)));
    }

    /** The surface is cut above this height so that the bowl's bottom, where the descent goes, stays visible. */
    private static double shownZMax(LossLandscape l) {
        double zMax = l.levels().length > 0 ? Math.min(l.zMax(), l.levels()[l.levels().length - 1] * 1.6) : l.zMax();
        return Math.max(zMax, l.zMin() + 1e-9);
    }

    private void redraw() {
        if (runs.isEmpty()) {
            return;
        }
        showIterates();
        List<PlotLayer> layers = new ArrayList<>();
        if (problem.isCircle()) {
            drawCircleProblem(layers);
        } else {
            if (landscape != null) {
                double[] w = landscape.window();
                layers.add(new ImageLayer(FilledContours.render(landscape.values(), landscape.levels(),
                        ColorMap.BLUES, landscape.zMin(), landscape.zMax()), w[0], w[1], w[2], w[3], false, 0.75));
                layers.add(new ContourLayer(landscape.lines(), level -> Color.rgb(40, 60, 90, 0.7), 1, false,
                        Numbers::format));
            }
            for (RaceRun run : runs) {
                int shown = visiblePrefix(run);
                double[] xs = java.util.Arrays.copyOf(run.xs(), shown);
                double[] ys = java.util.Arrays.copyOf(run.ys(), shown);
                layers.add(new LineLayer(xs, ys, run.color(), 2, null, legend(run)));
                layers.add(new PointsLayer(xs, ys, run.color(), 3, null));
            }
            addNextStepArrow(layers);
        }
        List<String> names = problem.parameters();
        map.layers().setAll(layers);
        // The circle is drawn with its data, in the plane (x, y); the other maps are of the parameters.
        map.xAxis().labelProperty().set(problem.isCircle() ? "x" : names.get(0));
        map.yAxis().labelProperty().set(problem.isCircle() ? "y" : names.get(1));
        map.titleProperty().set(problem.isFunction() ? "f(" + names.get(0) + ", " + names.get(1) + ") = "
                + problem.formula().text() : messages.get(problem.isRegression() ? "title.regression" : "title.circle"));
        if (problem.isFunction()) {
            drawTrajectoriesOnSurface();
        } else if (problem.isRegression()) {
            drawRegressionData();
        }
        drawLossCurve();
        showStatus();
    }

    /**
     * The table shows exactly the primary run's iterates, from the same list as the readout and the plots, on
     * every redraw: new rows are appended (the table scrolls to the last), a new run replaces them all.
     */
    private void showIterates() {
        List<Iterate> all = primary().descent().iterates();
        boolean sameRun = rows.size() <= all.size() && (rows.isEmpty() || rows.get(rows.size() - 1) == all.get(rows.size() - 1));
        if (!sameRun) {
            rows.setAll(all);
            table.fitColumns();
        } else if (all.size() > rows.size()) {
            List<Iterate> added = List.copyOf(all.subList(rows.size(), all.size()));
            rows.addAll(added);
            table.fitRows(added);
        } else {
            return;
        }
        table.scrollTo(rows.size() - 1);
    }

    /**
     * How many iterates to draw: a diverging run is cut where it leaves three times the window, so that
     * its last points (10⁸ away) do not cross the whole picture.
     */
    private int visiblePrefix(RaceRun run) {
        double w = window[1] - window[0];
        double h = window[3] - window[2];
        List<Iterate> its = run.descent().iterates();
        for (int k = 0; k < its.size(); k++) {
            double[] p = its.get(k).point();
            if (p.length > 1 && (Math.abs(p[0] - (window[0] + window[1]) / 2) > 1.5 * w
                    || Math.abs(p[1] - (window[2] + window[3]) / 2) > 1.5 * h)) {
                return Math.max(1, k + 1);
            }
        }
        return its.size();
    }

    private String legend(RaceRun run) {
        String name = messages.get("method." + run.kind().key());
        StopReason reason = run.descent().stopReason().orElse(null);
        int k = run.descent().last().k();
        if (reason == null) {
            return name + " · k = " + k;
        }
        return name + " · " + messages.get("stop." + reason.name().toLowerCase(), k);
    }

    private void addNextStepArrow(List<PlotLayer> layers) {
        Iterate last = primary().descent().last();
        if (primary().descent().stopReason().isPresent() || last.point().length < 2) {
            return;
        }
        double d = controls.step();
        layers.add(new ArrowLayer(new double[] {last.point()[0]}, new double[] {last.point()[1]},
                new double[] {-d * last.gradient()[0]}, new double[] {-d * last.gradient()[1]},
                Color.web("#fb8500"), 2.2));
        List<Iterate> its = primary().descent().iterates();
        OptimizerKind kind = primary().kind();
        if ((kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NESTEROV) && its.size() > 1) {
            // The book's momentum term μ·(P(k) − P(k−1)), added to the step above.
            double[] before = its.get(its.size() - 2).point();
            double mu = controls.mu.getValue();
            layers.add(new ArrowLayer(new double[] {last.point()[0]}, new double[] {last.point()[1]},
                    new double[] {mu * (last.point()[0] - before[0])}, new double[] {mu * (last.point()[1] - before[1])},
                    Color.web("#8250df"), 2.2));
            layers.add(new LineLayer(new double[] {0}, new double[] {0}, Color.web("#8250df"), 2.2, null,
                    "μ·(P_k − P_(k−1))"));
        }
        layers.add(new LineLayer(new double[] {0}, new double[] {0}, Color.web("#fb8500"), 2.2, null, "−δ·grad f(P_k)"));
    }

    private void drawTrajectoriesOnSurface() {
        List<Curve3D> curves = new ArrayList<>();
        List<Marker3D> markers = new ArrayList<>();
        if (landscape != null) {
            for (RaceRun run : runs) {
                SurfaceTrajectory path = trajectoryOnSurface(run);
                if (path.ball() == null) {
                    continue;
                }
                curves.add(new Curve3D(path.path(), run.color(), 1.3));
                double[][] its = path.iterates();
                int every = Math.max(1, its.length / 60);
                for (int k = 0; k < its.length - 1; k += every) {
                    markers.add(new Marker3D(its[k][0], its[k][1], its[k][2], run.color(), 2));
                }
                double[] ball = path.ball();
                markers.add(new Marker3D(ball[0], ball[1], ball[2], run.color(), 4.5));
            }
        }
        surface.setDecorations(curves, markers, List.of(), null);
    }

    /** The run's path on the shown surface (the formula's values, lifted a little above the mesh). */
    SurfaceTrajectory trajectoryOnSurface(RaceRun run) {
        var objective = run.descent().objective();
        double[] p = new double[2];
        return SurfaceTrajectory.of(run.descent().iterates(), (x, y) -> {
            p[0] = x;
            p[1] = y;
            return objective.value(p);
        }, landscape.window(), landscape.zMin(), shownZMax(landscape));
    }

    /** The shown surface's landscape (null until it is computed, or for the circle). */
    LossLandscape landscape() {
        return landscape;
    }

    List<RaceRun> runs() {
        return runs;
    }

    private void drawRegressionData() {
        var data = problem.data();
        List<PlotLayer> layers = new ArrayList<>();
        layers.add(new PointsLayer(data.xs(), data.ys(), Color.web("#57606a"), 4, messages.get("legend.data")));
        double lo = java.util.Arrays.stream(data.xs()).min().orElse(-1) - 0.5;
        double hi = java.util.Arrays.stream(data.xs()).max().orElse(1) + 0.5;
        for (RaceRun run : runs) {
            double[] p = run.descent().last().point();
            layers.add(new LineLayer(new double[] {lo, hi}, new double[] {p[0] * lo + p[1], p[0] * hi + p[1]},
                    run.color(), 2.2, null, "y = " + Numbers.format(p[0], 3) + "·x + " + Numbers.format(p[1], 3)));
        }
        side.layers().setAll(layers);
        side.titleProperty().set(messages.get("title.data"));
        side.xAxis().labelProperty().set("x");
        side.yAxis().labelProperty().set("y");
        side.setView(lo, hi, java.util.Arrays.stream(data.ys()).min().orElse(-1) - 1,
                java.util.Arrays.stream(data.ys()).max().orElse(1) + 1);
    }

    private void drawCircleProblem(List<PlotLayer> layers) {
        var data = problem.data();
        layers.add(new PointsLayer(data.xs(), data.ys(), Color.web("#57606a"), 3, messages.get("legend.data")));
        for (RaceRun run : runs) {
            double[] c = CircleFit.circle(run.descent().last().point());
            if (!Double.isFinite(c[2])) {
                continue;
            }
            double[] xs = new double[181];
            double[] ys = new double[181];
            for (int k = 0; k < xs.length; k++) {
                double t = 2 * Math.PI * k / (xs.length - 1);
                xs[k] = c[0] + c[2] * Math.cos(t);
                ys[k] = c[1] + c[2] * Math.sin(t);
            }
            layers.add(new LineLayer(xs, ys, run.color(), 2.2, null, legend(run)));
        }
    }

    private void drawLossCurve() {
        List<PlotLayer> layers = new ArrayList<>();
        boolean positive = true;
        for (RaceRun run : runs) {
            for (Iterate it : run.descent().iterates()) {
                positive &= it.value() > 0;
            }
        }
        lossPlot.yAxis().scaleProperty().set(positive ? Scale.LOG : Scale.LINEAR);
        for (RaceRun run : runs) {
            List<Iterate> its = run.descent().iterates();
            double[] k = its.stream().mapToDouble(Iterate::k).toArray();
            double[] f = its.stream().mapToDouble(Iterate::value).toArray();
            layers.add(new LineLayer(k, f, run.color(), 1.8, null, "f(P_k) · " + messages.get("method." + run.kind().key())));
            if (run == primary()) {
                double[] g = its.stream().mapToDouble(Iterate::gradientNorm).toArray();
                layers.add(new LineLayer(k, g, run.color().deriveColor(0, 1, 1, 0.6), 1.2, new double[] {4, 3},
                        "|grad f(P_k)|"));
            }
        }
        lossPlot.layers().setAll(layers);
        lossPlot.titleProperty().set(messages.get(positive ? "title.lossLog" : "title.loss"));
        lossPlot.fitToData(0.05);
    }

    private void showStatus() {
        if (startError != null) {
            controls.status.setText(startError);
            return;
        }
        RaceRun run = primary();
        Iterate last = run.descent().last();
        StringBuilder text = new StringBuilder();
        text.append("k = ").append(last.k()).append('\n');
        text.append("P = ").append(IterateTable.vector(last.point())).append('\n');
        text.append("f(P) = ").append(Numbers.format(last.value(), 8)).append('\n');
        text.append("|grad f(P)| = ").append(Numbers.format(last.gradientNorm(), 4));
        run.descent().stopReason().ifPresent(r -> {
            text.append('\n').append(messages.get("stop." + r.name().toLowerCase(), last.k()));
            if (r.isDivergence()) {
                text.append('\n').append(messages.get("stop.advice"));
            }
        });
        controls.status.setText(text.toString());
        if (run.descent().objective() instanceof deepmath.descent.DataObjective data) {
            controls.epoch.setText(messages.get("control.epoch", data.epoch(), data.batchSize()));
        } else {
            controls.epoch.setText("");
        }
    }
}
