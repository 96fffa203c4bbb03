package deepmath.bench;

import deepmath.descent.Descent;
import deepmath.descent.FormulaObjective;
import deepmath.descent.StepSchedule;
import deepmath.descent.StoppingRules;
import deepmath.expr.Formula;
import deepmath.optim.GradientDescent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code descent-steps}: 100 000 gradient-descent steps on a two-variable formula, iterates recorded. */
public final class DescentStepsBenchmark implements Benchmark {
    private static final int STEPS = 100_000;
    private static final String FORMULA = "(1 - a)^2 + 10*(b - a^2)^2";

    @Override
    public String name() {
        return "descent-steps";
    }

    @Override
    public String description() {
        return "100000 descent steps (gradient by reverse-mode autodiff, every iterate kept) on " + FORMULA
                + "; goal >= 100000 steps/s.";
    }

    @Override
    public int warmups() {
        return 3;
    }

    @Override
    public int runs() {
        return 7;
    }

    @Override
    public Trial prepare(BenchContext context) {
        Formula formula = Formula.parse(FORMULA);
        return new Trial() {
            @Override
            public void run() {
                new Descent(new FormulaObjective(formula), new GradientDescent(0.002), StepSchedule.constant(0.002),
                        StoppingRules.steps(STEPS), new double[] {-1, 1}).run();
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("steps", String.valueOf(STEPS));
                p.put("method", "gd");
                return p;
            }

            @Override
            public Map<String, String> derived(double medianMillis) {
                return Map.of("steps_per_s", String.format(Locale.ROOT, "%.0f", STEPS / (medianMillis / 1000)));
            }
        };
    }
}
