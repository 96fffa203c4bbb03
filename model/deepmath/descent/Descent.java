package deepmath.descent;

import deepmath.optim.GradientFunction;
import deepmath.optim.Optimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A descent being run: the objective, the optimiser with its memory, the schedule and the stopping rules,
 * and every iterate so far. {@link #step()} makes one step and says whether the run must stop.
 */
public final class Descent {
    private final Objective objective;
    private final Optimizer optimizer;
    private final StepSchedule schedule;
    private final StoppingRules rules;
    private final GradientFunction gradient;
    private final List<Iterate> iterates = new ArrayList<>();
    private final double[] point;
    private StopReason stopped;

    public Descent(Objective objective, Optimizer optimizer, StepSchedule schedule, StoppingRules rules,
                   double[] start) {
        if (start.length != objective.parameters().size()) {
            throw new deepmath.core.BadInputException(DescentRefusal.START_LENGTH, start.length,
                    objective.parameters().size(), objective.parameters());
        }
        this.objective = objective;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.rules = rules;
        this.gradient = (at, out) -> objective.valueAndGradient(at, out);
        for (double x : start) {
            if (!Double.isFinite(x)) {
                throw new deepmath.core.BadInputException(DescentRefusal.START_NOT_A_NUMBER,
                        UndefinedStartException.point(start));
            }
        }
        this.point = start.clone();
        optimizer.reset();
        optimizer.setStep(schedule.at(0));
        Iterate first = evaluate(0);
        // A NaN or infinite f (or gradient) at P(0) is the start point's fault, not a divergence of the step.
        if (!Double.isFinite(first.value()) || Arrays.stream(first.gradient()).anyMatch(g -> !Double.isFinite(g))) {
            throw new UndefinedStartException(start, first.value(), first.gradient());
        }
        iterates.add(first);
        stopped = check(null).orElse(null);
    }

    /** One step P(k) → P(k+1); returns the reason to stop, if this step (or an earlier one) gave one. */
    public Optional<StopReason> step() {
        if (stopped != null) {
            return Optional.of(stopped);
        }
        Iterate last = last();
        optimizer.setStep(schedule.at(last.k()));
        optimizer.step(point, gradient);
        Iterate next = evaluate(last.k() + 1);
        iterates.add(next);
        stopped = check(last).orElse(null);
        return Optional.ofNullable(stopped);
    }

    /** Steps until a rule stops the run. */
    public StopReason run() {
        Optional<StopReason> reason = Optional.ofNullable(stopped);
        while (reason.isEmpty()) {
            reason = step();
        }
        return reason.get();
    }

    private Iterate evaluate(int k) {
        double[] g = new double[point.length];
        double value = objective.exactValueAndGradient(point, g);
        return new Iterate(k, point.clone(), g, value);
    }

    private Optional<StopReason> check(Iterate previous) {
        Iterate now = last();
        for (double x : now.point()) {
            if (!Double.isFinite(x)) {
                return Optional.of(StopReason.NOT_A_NUMBER);
            }
            if (Math.abs(x) > rules.bound()) {
                return Optional.of(StopReason.OUT_OF_BOUNDS);
            }
        }
        if (!Double.isFinite(now.value())) {
            return Optional.of(StopReason.NOT_A_NUMBER);
        }
        if (rules.gradientTolerance() > 0 && now.gradientNorm() < rules.gradientTolerance()) {
            return Optional.of(StopReason.SMALL_GRADIENT);
        }
        if (previous != null && rules.valueTolerance() > 0
                && Math.abs(now.value() - previous.value()) < rules.valueTolerance()) {
            return Optional.of(StopReason.STALLED);
        }
        if (now.k() >= rules.maxSteps()) {
            return Optional.of(StopReason.MAX_STEPS);
        }
        return Optional.empty();
    }

    public Iterate last() {
        return iterates.get(iterates.size() - 1);
    }

    public List<Iterate> iterates() {
        return Collections.unmodifiableList(iterates);
    }

    public Optional<StopReason> stopReason() {
        return Optional.ofNullable(stopped);
    }

    public Objective objective() {
        return objective;
    }

    public Optimizer optimizer() {
        return optimizer;
    }
}
