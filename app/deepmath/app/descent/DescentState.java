package deepmath.app.descent;

import deepmath.app.function.FormulaTarget;
import deepmath.core.BadInputException;
import deepmath.descent.Descent;
import deepmath.descent.DescentPreset;
import deepmath.descent.Iterate;
import deepmath.descent.LinearRegression;
import deepmath.descent.PointCloud;
import deepmath.descent.ProblemKind;
import deepmath.descent.StepSchedule;
import deepmath.descent.StoppingRules;
import deepmath.expr.Formula;
import deepmath.optim.OptimizerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Everything the gradient-descent lab shows, observable: the problem (a formula of one or two variables, the
 * regression, the parabola or the circle, with its data), the window of the map (or the x range of the curve), the
 * start point P(0), the method with its settings (δ_0, its schedule, μ), the mini-batch size and whether the
 * batches are shuffled, the other methods of the race and the other batch sizes compared, and the runs made from
 * these. Any setting that changes starts the runs again from P(0); {@link #step()} moves them. Views listen to the
 * properties and to {@link #revisionProperty()} (it moves with every reset and step); a session saves exactly this
 * ({@link DescentStateJson}).
 */
final class DescentState implements FormulaTarget {
    /** Where a run stops at the latest, and how far away it is said to diverge. */
    static final int MAX_STEPS = 100_000;
    private static final double BOUND = 1e8;
    /** The mini-batches' shuffling seed: the same for every run, so that a replayed session draws the same batches. */
    private static final long SEED = 7;
    /**
     * The batch sizes K a user can compare (0: all the data): the book's K = 1, 2, 3, 6 on six points, 1, 10, 20 on
     * a hundred, and one point against all four for the parabola (ch. 8, lines 9711, 10016 and 10047).
     */
    static final List<Integer> COMPARABLE_BATCHES = List.of(1, 2, 3, 6, 10, 20, 0);

    private final ObjectProperty<ProblemKind> problem = new SimpleObjectProperty<>(this, "problem", ProblemKind.FUNCTION);
    private final ReadOnlyObjectWrapper<Formula> formula = new ReadOnlyObjectWrapper<>(this, "formula");
    private final ReadOnlyObjectWrapper<BadInputException> formulaError = new ReadOnlyObjectWrapper<>(this, "formulaError");
    private final ObjectProperty<PointCloud> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<double[]> window = new SimpleObjectProperty<>(this, "window", new double[] {-2.5, 2.5, -2.5, 2.5});
    private final ObjectProperty<double[]> start = new SimpleObjectProperty<>(this, "start", new double[] {2, 1});
    private final ObjectProperty<OptimizerKind> method = new SimpleObjectProperty<>(this, "method", OptimizerKind.SGD);
    private final DoubleProperty step = new SimpleDoubleProperty(this, "step", 0.2);
    private final ObjectProperty<StepSchedule.Kind> schedule =
            new SimpleObjectProperty<>(this, "schedule", StepSchedule.Kind.CONSTANT);
    /** β of the exponential decrease, α of keras's (the other schedules ignore it). */
    private final DoubleProperty scheduleParameter = new SimpleDoubleProperty(this, "scheduleParameter", 0);
    private final DoubleProperty mu = new SimpleDoubleProperty(this, "mu", 0.8);
    private final IntegerProperty batch = new SimpleIntegerProperty(this, "batch", 0);
    private final BooleanProperty shuffle = new SimpleBooleanProperty(this, "shuffle", true);
    private final ObjectProperty<List<Integer>> comparedBatches =
            new SimpleObjectProperty<>(this, "comparedBatches", List.of());
    private final ObjectProperty<Set<OptimizerKind>> race = new SimpleObjectProperty<>(this, "race", Set.of());
    private final StringProperty preset = new SimpleStringProperty(this, "preset", "");
    private final ReadOnlyObjectWrapper<List<RaceRun>> runs = new ReadOnlyObjectWrapper<>(this, "runs", List.of());
    private final ReadOnlyObjectWrapper<BadInputException> runError = new ReadOnlyObjectWrapper<>(this, "runError");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private int holding;
    private boolean changedWhileHolding;
    /** Comparing batch sizes: each run has seen at most ticks·K_min points since the reset. */
    private int ticks;
    /** The steps since the reset that moved a run (what a session replays). */
    private int presses;
    /** True while {@link #stepTo} steps: the views are told once, at the end. */
    private boolean quiet;

    /** The first of the book's presets. */
    public DescentState() {
        for (Observable setting : List.of(problem, formula, data, window, start, method, step, schedule, scheduleParameter, mu,
                batch, shuffle, comparedBatches, race)) {
            setting.addListener(o -> settingsChanged());
        }
        applyPreset(DescentPreset.all().get(0));
    }

    // ----- changes a user makes -----

    /**
     * A typed formula: minimised from the same start when it parses and has at most two variables. One variable is
     * drawn on its curve: the start keeps its first coordinate; back to two, the second is the window's middle.
     */
    @Override
    public boolean setFormula(String text) {
        try {
            Formula parsed = Formula.parse(text);
            if (parsed.variables().size() > 2) {
                throw new TooManyVariables(parsed.variables());
            }
            formulaError.set(null);
            together(() -> {
                problem.set(ProblemKind.FUNCTION);
                data.set(null);
                batch.set(0);
                comparedBatches.set(List.of());
                formula.set(parsed);
                double[] p = start.get();
                int size = parsed.variables().size() == 1 ? 1 : 2;
                if (p.length != size) {
                    start.set(size == 1 ? new double[] {p[0]}
                            : new double[] {p[0], (window.get()[2] + window.get()[3]) / 2});
                }
            });
            return true;
        } catch (BadInputException e) {
            formulaError.set(e);
            return false;
        }
    }

    /** Everything from a preset (its problem, data, window, start and method settings); the race stays. */
    public void applyPreset(DescentPreset p) {
        ProblemKind kind = ProblemKind.fromKey(p.problem());
        together(() -> {
            problem.set(kind);
            // A function of one variable keeps it: its descent is drawn on the curve.
            formula.set(p.formula().isEmpty() ? null : Formula.parse(p.formula()));
            formulaError.set(null);
            data.set(kind == ProblemKind.FUNCTION ? null : p.data());
            window.set(p.window().clone());
            start.set(p.start());
            step.set(p.step());
            schedule.set(StepSchedule.Kind.CONSTANT);
            scheduleParameter.set(0);
            mu.set(p.mu());
            method.set(OptimizerKind.fromKey(p.optimizer()));
            batch.set(p.batchSize());
            shuffle.set(p.shuffled());
            comparedBatches.set(p.comparedBatches());
            preset.set(p.id());
            // Chosen again, the same preset starts its runs again even where no setting differs.
            changedWhileHolding = true;
        });
    }

    /**
     * The start point P(0) chosen on the map, or x0 on the curve of a function of one variable ({@code y}, a height
     * on the curve's plot, is then not a coordinate); the circle's three parameters are not on a map.
     */
    public void setStart(double x, double y) {
        if (problem().isCurve()) {
            start.set(new double[] {x});
        } else if (problem().hasMap()) {
            start.set(new double[] {x, y});
        }
    }

    /** A data point added by a click on the data plot (data problems only). */
    public void addDataPoint(double x, double y) {
        if (problem.get() != ProblemKind.FUNCTION && data.get() != null && !data.get().hasZ()) {
            data.set(data.get().with(x, y));
        }
    }

    /** Points read from a file: the regression fits them, on a window around their least-squares line's (a, b). */
    public void loadRegressionData(PointCloud points) {
        DescentPreset regression = DescentPreset.all().stream().filter(p -> p.id().equals("regression"))
                .findFirst().orElseThrow();
        together(() -> {
            applyPreset(regression);
            data.set(points);
            double[] fit = new LinearRegression(points, 0, 0).leastSquares();
            double r = Math.max(2, 2 * Math.max(Math.abs(fit[0]), Math.abs(fit[1])));
            window.set(new double[] {fit[0] - r, fit[0] + r, fit[1] - r, fit[1] + r});
        });
    }

    /**
     * A saved session: {@code settings} are set together, the runs start again (even where no setting differs)
     * and make {@code steps} steps, or fewer when they all stop before.
     */
    void restore(Runnable settings, int steps) {
        together(() -> {
            settings.run();
            changedWhileHolding = true;
        });
        stepTo(steps);
    }

    /**
     * Steps until {@link #stepsDone()} reaches {@code target} or every run stops, telling the views once at the
     * end (the book's 10 000 steps of line 9333 would otherwise redraw 10 000 times); returns the steps made.
     */
    public int stepTo(int target) {
        int made = 0;
        quiet = true;
        try {
            while (presses < target && step()) {
                made++;
            }
        } finally {
            quiet = false;
        }
        if (made > 0) {
            bump();
        }
        return made;
    }

    /** A saved formula, already checked (or null for a data problem): set as it is, no other setting changes. */
    void restoreFormula(Formula f) {
        formulaError.set(null);
        formula.set(f);
    }

    /** Runs {@code changes} with the runs started again once, after all of them (not once per setting). */
    public void together(Runnable changes) {
        holding++;
        try {
            changes.run();
        } finally {
            holding--;
        }
        if (holding == 0 && changedWhileHolding) {
            changedWhileHolding = false;
            reset();
        }
    }

    private void settingsChanged() {
        if (holding > 0) {
            changedWhileHolding = true;
        } else {
            reset();
        }
    }

    /**
     * Every method of the race starts again from P(0) with the current settings. When the descent cannot start
     * there (f or its gradient undefined, a start of the wrong size) {@link #runErrorProperty()} says why and the
     * old runs stay, but no longer step.
     */
    public void reset() {
        List<RaceRun> fresh = new ArrayList<>();
        try {
            DescentProblem p = problem();
            for (OptimizerKind kind : racers()) {
                fresh.add(new RaceRun(kind, batch.get(), descent(p, kind, batch.get()),
                        comparesBatches() ? RaceRun.colourOfBatch(batch.get()) : RaceRun.colourOf(kind)));
            }
            for (int k : otherBatches()) {
                fresh.add(new RaceRun(method.get(), k, descent(p, method.get(), k), RaceRun.colourOfBatch(k)));
            }
        } catch (BadInputException e) {
            runError.set(e);
            bump();
            return;
        }
        runError.set(null);
        ticks = 0;
        presses = 0;
        runs.set(List.copyOf(fresh));
        bump();
    }

    private Descent descent(DescentProblem p, OptimizerKind kind, int batchSize) {
        return new Descent(p.newObjective(batchSize, SEED), kind.create(step.get(), mu.get()), schedule(),
                new StoppingRules(MAX_STEPS, 1e-6, 0, BOUND), start.get());
    }

    /**
     * One step of every run still moving; false when none moved (all stopped, or they cannot start). Comparing batch
     * sizes, a step is K_min more points seen (K_min the smallest batch): a run of K points steps only once it has
     * that much data to see — the book's comparison of equal passes over the data (200 classic steps against 800
     * stochastic ones on four points, line 9736; E against the epochs, line 10016).
     */
    public boolean step() {
        if (runError.get() != null || runs.get().isEmpty()) {
            return false;
        }
        int smallest = runs.get().stream().mapToInt(RaceRun::pointsPerStep).min().orElse(1);
        boolean moved = false;
        boolean moving = true;
        while (!moved && moving) {
            ticks++;
            moving = false;
            for (RaceRun run : runs.get()) {
                if (run.descent().stopReason().isPresent()) {
                    continue;
                }
                moving = true;
                long seen = (long) (run.descent().last().k() + 1) * run.pointsPerStep();
                if (!comparesBatches() || seen <= (long) ticks * smallest) {
                    run.descent().step();
                    moved = true;
                }
            }
        }
        if (moved) {
            presses++;
            bump();
        }
        return moved;
    }

    /**
     * The steps made that moved a run: replayed by a session, they give the same runs again. Without a comparison
     * of batch sizes, it is the longest run's last k (a run that stopped early has stopped stepping, the others not).
     */
    public int stepsDone() {
        return presses;
    }

    /** Whether runs of other batch sizes run beside the method's (a data problem with compared sizes). */
    public boolean comparesBatches() {
        return !otherBatches().isEmpty();
    }

    /** The compared batch sizes other than the method's own K (same number of points per step counts once). */
    private List<Integer> otherBatches() {
        if (!problem.get().isData() || data.get() == null) {
            return List.of();
        }
        int n = data.get().size();
        int own = effective(batch.get(), n);
        List<Integer> seen = new ArrayList<>(List.of(own));
        List<Integer> others = new ArrayList<>();
        for (int k : comparedBatches.get()) {
            if (!seen.contains(effective(k, n))) {
                seen.add(effective(k, n));
                others.add(k);
            }
        }
        return others;
    }

    private static int effective(int k, int n) {
        return k <= 0 || k >= n ? n : k;
    }

    private void bump() {
        if (!quiet) {
            revision.set(revision.get() + 1);
        }
    }

    // ----- what it is -----

    /** What is minimised, as the objectives and the landscape need it. */
    DescentProblem problem() {
        return new DescentProblem(problem.get(), formula.get(), data.get(), batch.get(), shuffle.get());
    }

    /** The method first, then the race's other methods in their order. */
    public List<OptimizerKind> racers() {
        List<OptimizerKind> kinds = new ArrayList<>();
        kinds.add(method.get());
        for (OptimizerKind kind : OptimizerKind.values()) {
            if (race.get().contains(kind) && kind != method.get()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The step δ_k of step k → k + 1 under the current schedule. */
    public double stepAt(int k) {
        return schedule().at(k);
    }

    /** δ_k as the runs take it: δ_0 the step, the chosen schedule with its β or α. */
    StepSchedule schedule() {
        return new StepSchedule(schedule.get(), step.get(), scheduleParameter.get());
    }

    /**
     * A schedule chosen with the parameter it takes: when the kind changes, {@code parameter} replaces the old one
     * in the same reset (the old α = 0 of a constant step is no β of an exponential).
     */
    public void setSchedule(StepSchedule.Kind kind, double parameter) {
        together(() -> {
            schedule.set(kind);
            scheduleParameter.set(kind.hasParameter() ? parameter : 0);
        });
    }

    /** The first run: the method's own, the one the table and the readout follow. */
    public RaceRun primary() {
        return runs.get().isEmpty() ? null : runs.get().get(0);
    }

    public ObjectProperty<ProblemKind> problemProperty() {
        return problem;
    }

    public ProblemKind problemKind() {
        return problem.get();
    }

    @Override
    public ReadOnlyObjectProperty<Formula> formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    /** The parse error of the formula being typed (null when it parses): the previous formula stays. */
    @Override
    public ReadOnlyObjectProperty<BadInputException> errorCauseProperty() {
        return formulaError.getReadOnlyProperty();
    }

    /** The data of a data problem (null for a formula). */
    public ObjectProperty<PointCloud> dataProperty() {
        return data;
    }

    /** {xMin, xMax, yMin, yMax} of the map: the preset's, or around a loaded data set's fit. */
    public ObjectProperty<double[]> windowProperty() {
        return window;
    }

    public double[] window() {
        return window.get().clone();
    }

    public ObjectProperty<double[]> startProperty() {
        return start;
    }

    public ObjectProperty<OptimizerKind> methodProperty() {
        return method;
    }

    /** The initial step δ_0 (the learning rate); δ_k follows {@link #scheduleProperty()}. */
    public DoubleProperty stepProperty() {
        return step;
    }

    /** How the step decreases (ch. 8 §2.1): constant, linear, quadratic, exponential or keras's. */
    public ObjectProperty<StepSchedule.Kind> scheduleProperty() {
        return schedule;
    }

    /** β (exponential) or α (keras's decay) of the schedule; 0 for the others. */
    public DoubleProperty scheduleParameterProperty() {
        return scheduleParameter;
    }

    public DoubleProperty muProperty() {
        return mu;
    }

    /** The mini-batch size K of a data problem (0: all the data). */
    public IntegerProperty batchProperty() {
        return batch;
    }

    /** Whether mini-batches walk a shuffled order, drawn again each epoch (else the data's own order). */
    public BooleanProperty shuffleProperty() {
        return shuffle;
    }

    /**
     * Other batch sizes K (0: all the data) run with the method from the same start, for a data problem: the
     * book's comparison of stochastic, mini-batch and classic descent (ch. 8 §3).
     */
    public ObjectProperty<List<Integer>> comparedBatchesProperty() {
        return comparedBatches;
    }

    public void setComparedBatches(java.util.Collection<Integer> sizes) {
        comparedBatches.set(COMPARABLE_BATCHES.stream().filter(sizes::contains).toList());
    }

    /** The other methods racing from the same start (the method itself may be among them: it runs once). */
    public ObjectProperty<Set<OptimizerKind>> raceProperty() {
        return race;
    }

    public void setRace(Set<OptimizerKind> kinds) {
        race.set(kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds)));
    }

    /** The preset the settings came from ("" when none). */
    public StringProperty presetProperty() {
        return preset;
    }

    public ReadOnlyObjectProperty<List<RaceRun>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public List<RaceRun> runs() {
        return runs.get();
    }

    /** Why the runs cannot start from P(0) (null when they can). */
    public ReadOnlyObjectProperty<BadInputException> runErrorProperty() {
        return runError.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    // ----- equality: the same settings and the same runs, value by value -----

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DescentState s)) {
            return false;
        }
        return problem.get() == s.problem.get()
                && Objects.equals(formulaText(), s.formulaText())
                && DescentStateValues.sameData(data.get(), s.data.get())
                && Arrays.equals(window.get(), s.window.get())
                && Arrays.equals(start.get(), s.start.get())
                && method.get() == s.method.get()
                && Double.compare(step.get(), s.step.get()) == 0
                && schedule.get() == s.schedule.get()
                && Double.compare(scheduleParameter.get(), s.scheduleParameter.get()) == 0
                && Double.compare(mu.get(), s.mu.get()) == 0
                && batch.get() == s.batch.get()
                && shuffle.get() == s.shuffle.get()
                && comparedBatches.get().equals(s.comparedBatches.get())
                && stepsDone() == s.stepsDone()
                && race.get().equals(s.race.get())
                && preset.get().equals(s.preset.get())
                && (runError.get() == null) == (s.runError.get() == null)
                && DescentStateValues.sameRuns(runs.get(), s.runs.get());
    }

    @Override
    public int hashCode() {
        return Objects.hash(problem.get(), formulaText(), Arrays.hashCode(window.get()), Arrays.hashCode(start.get()),
                method.get(), step.get(), mu.get(), batch.get(), stepsDone());
    }

    @Override
    public String toString() {
        PointCloud d = data.get();
        return "DescentState[" + problem.get().key() + ", f = " + formulaText() + ", data " + (d == null ? "-" : d.size())
                + ", window " + Arrays.toString(window.get()) + ", start " + Arrays.toString(start.get()) + ", "
                + method.get().key() + " δ=" + step.get() + " " + schedule.get().key() + "(" + scheduleParameter.get() + ")"
                + " μ=" + mu.get() + " K=" + batch.get() + (shuffle.get() ? " shuffled" : " in order") + " compared "
                + comparedBatches.get()
                + ", race " + race.get() + ", preset '" + preset.get() + "', runs "
                + runs.get().stream().map(r -> r.kind().key() + "@" + r.descent().last().k()).toList() + "]";
    }

    String formulaText() {
        return formula.get() == null ? null : formula.get().text();
    }
}
