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
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Everything the gradient-descent lab shows, observable: the problem (a formula, the regression or the circle, with
 * its data), the window of the map, the start point P(0), the method with its settings (δ_0, its schedule, μ), the
 * mini-batch size, the other methods of the race, and the runs made from these. Any setting that changes starts the
 * runs again from P(0); {@link #step()} moves them. Views listen to the properties and to {@link #revisionProperty()}
 * (it moves with every reset and step); a session saves exactly this ({@link DescentStateJson}).
 */
final class DescentState implements FormulaTarget {
    /** Where a run stops at the latest, and how far away it is said to diverge. */
    static final int MAX_STEPS = 100_000;
    private static final double BOUND = 1e8;
    /** The mini-batches' shuffling seed: the same for every run, so that a replayed session draws the same batches. */
    private static final long SEED = 7;

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
    private final ObjectProperty<Set<OptimizerKind>> race = new SimpleObjectProperty<>(this, "race", Set.of());
    private final StringProperty preset = new SimpleStringProperty(this, "preset", "");
    private final ReadOnlyObjectWrapper<List<RaceRun>> runs = new ReadOnlyObjectWrapper<>(this, "runs", List.of());
    private final ReadOnlyObjectWrapper<BadInputException> runError = new ReadOnlyObjectWrapper<>(this, "runError");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private int holding;
    private boolean changedWhileHolding;

    /** The first of the book's presets. */
    public DescentState() {
        for (Observable setting : List.of(problem, formula, data, window, start, method, step, schedule, scheduleParameter, mu,
                batch, race)) {
            setting.addListener(o -> settingsChanged());
        }
        applyPreset(DescentPreset.all().get(0));
    }

    // ----- changes a user makes -----

    /** A typed formula: minimised from the same start when it parses and has at most two variables. */
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
                formula.set(parsed);
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
            // A function of one variable is drawn in the map's plane with an idle y (DescentPreset.planarFormula).
            formula.set(p.formula().isEmpty() ? null : Formula.parse(p.planarFormula()));
            formulaError.set(null);
            data.set(kind == ProblemKind.FUNCTION ? null : p.data());
            window.set(p.window().clone());
            start.set(p.planarStart());
            step.set(p.step());
            schedule.set(StepSchedule.Kind.CONSTANT);
            scheduleParameter.set(0);
            mu.set(p.mu());
            method.set(OptimizerKind.fromKey(p.optimizer()));
            batch.set(p.batchSize());
            preset.set(p.id());
            // Chosen again, the same preset starts its runs again even where no setting differs.
            changedWhileHolding = true;
        });
    }

    /** The start point P(0) chosen on the map (the circle's three parameters are not on a map). */
    public void setStart(double x, double y) {
        if (problem.get() != ProblemKind.CIRCLE) {
            start.set(new double[] {x, y});
        }
    }

    /** A data point added by a click on the data plot (data problems only). */
    public void addDataPoint(double x, double y) {
        if (problem.get() != ProblemKind.FUNCTION && data.get() != null) {
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
        for (int k = 0; k < steps && step(); k++) {
            // each step() moved every run still moving
        }
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
                Descent d = new Descent(p.newObjective(SEED), kind.create(step.get(), mu.get()),
                        schedule(), new StoppingRules(MAX_STEPS, 1e-6, 0, BOUND),
                        start.get());
                fresh.add(new RaceRun(kind, d, RaceRun.colourOf(kind)));
            }
        } catch (BadInputException e) {
            runError.set(e);
            bump();
            return;
        }
        runError.set(null);
        runs.set(List.copyOf(fresh));
        bump();
    }

    /** One step of every run still moving; false when none moved (all stopped, or they cannot start). */
    public boolean step() {
        if (runError.get() != null || runs.get().isEmpty()) {
            return false;
        }
        boolean moved = false;
        for (RaceRun run : runs.get()) {
            if (run.descent().stopReason().isEmpty()) {
                run.descent().step();
                moved = true;
            }
        }
        if (moved) {
            bump();
        }
        return moved;
    }

    /** The steps made: the longest run's last k (a run that stopped early has stopped stepping, the others not). */
    public int stepsDone() {
        return runs.get().stream().mapToInt(r -> r.descent().last().k()).max().orElse(0);
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    // ----- what it is -----

    /** What is minimised, as the objectives and the landscape need it. */
    DescentProblem problem() {
        return new DescentProblem(problem.get(), formula.get(), data.get(), batch.get());
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
                + method.get().key() + " δ=" + step.get() + " " + schedule.get().key() + "(" + scheduleParameter.get() + ")" + " μ=" + mu.get() + " K="
                + batch.get() + ", race " + race.get() + ", preset '" + preset.get() + "', runs "
                + runs.get().stream().map(r -> r.kind().key() + "@" + r.descent().last().k()).toList() + "]";
    }

    String formulaText() {
        return formula.get() == null ? null : formula.get().text();
    }
}
