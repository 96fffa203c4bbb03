package deepmath.app.cli;

import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.descent.Descent;
import deepmath.descent.DescentPreset;
import deepmath.descent.FormulaObjective;
import deepmath.descent.Iterate;
import deepmath.descent.StepSchedule;
import deepmath.descent.StopReason;
import deepmath.descent.StoppingRules;
import deepmath.expr.Formula;
import deepmath.optim.OptimizerKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab descent --function "a^2 + 3*b^2" --start 2,1 --method gd --lr 0.2 --steps 20}: the
 * iterates as CSV (k, the point, the gradient, f), full double precision, as the book tabulates them.
 */
@Command(name = "descent", mixinStandardHelpOptions = true,
        description = {"Run gradient descent (or momentum, Nesterov, AdaGrad, RMSprop, Adam) on a formula and print",
                "the iterates as CSV: k,<vars>,grad_<vars>,f from k = 0 to --steps. Divergence: exit 1."})
public final class DescentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--function"}, paramLabel = "EXPR", description = "The function.")
    String function;

    @Option(names = "--start", paramLabel = "P0", description = "Start point, e.g. 2,1.")
    String start;

    @Option(names = "--preset", paramLabel = "KEY",
            description = {"A descent of the book (see `presets --lab descent`): its function, variables, start, step,",
                    "steps and method, each overridden by the options given. A data preset runs its sum of",
                    "squared errors with the whole data at each step."})
    String preset;

    @Option(names = "--method", paramLabel = "NAME",
            description = "gd, momentum, nesterov, adagrad, rmsprop or adam (default gd).")
    String method;

    @Option(names = "--lr", paramLabel = "DELTA", description = "The step δ (learning rate; default 0.1).")
    Double step;

    @Option(names = "--schedule", paramLabel = "KIND",
            description = {"How the step decreases from δ0 = --lr (book ch. 8 §2.1): constant (default), linear",
                    "δ0/(k+1), quadratic δ0/(k+1)², exp:BETA δ0·e^(−βk) (β > 0) or keras:ALPHA δ0/(αk+1) (α ≥ 0)."})
    String schedule;

    @Option(names = "--mu", paramLabel = "MU", description = "Momentum μ for momentum/Nesterov (default 0.9).")
    Double mu;

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps (default 20).")
    Integer steps;

    @Option(names = "--vars", paramLabel = "A,B", description = "Variable order (default: alphabetical).")
    String vars;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the CSV to FILE instead of the output.")
    Path csv;

    @Override
    public Integer call() throws Exception {
        if (preset != null) {
            DescentPreset p = PresetLookup.find(DescentPreset.all(), preset, "--preset");
            function = function != null ? function : p.objectiveFormula();
            vars = vars != null || !function.equals(p.objectiveFormula()) ? vars : String.join(",", p.variables());
            start = start != null ? start : join(p.start());
            method = method != null ? method : methodName(p.optimizer());
            step = step != null ? step : p.step();
            mu = mu != null ? mu : p.mu();
            steps = steps != null ? steps : p.steps();
        }
        if (function == null || start == null) {
            throw new BadInputException("give --function EXPR and --start P0, or --preset KEY");
        }
        method = method != null ? method : "gd";
        step = step != null ? step : 0.1;
        mu = mu != null ? mu : 0.9;
        steps = steps != null ? steps : 20;
        Formula formula = Formula.parse(function);
        List<String> order = vars == null ? formula.variables()
                : Arrays.stream(vars.split(",")).map(String::strip).toList();
        double[] p0 = parseStart(start, order.size());
        if (steps < 0 || steps > 10_000_000) {
            throw new BadInputException("--steps must be between 0 and 10000000");
        }
        OptimizerKind kind = OptimizerKind.fromKey("gd".equalsIgnoreCase(method) ? "sgd" : method);
        Descent descent = new Descent(new FormulaObjective(formula, order), kind.create(step, mu),
                schedule == null ? StepSchedule.constant(step) : StepSchedule.parse(schedule, step),
                new StoppingRules(steps, 0, 0, 1e10), p0);
        if (csv != null) {
            AtomicFiles.checkWritable(csv);
        }
        StopReason reason = descent.run();
        if (csv == null) {
            writeCsv(order, descent, spec.commandLine().getOut());
        } else {
            // a Writer, not a PrintWriter: a full disk must reach AtomicFiles as the IOException it is
            AtomicFiles.write(csv, stream -> writeCsv(order, descent,
                    new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))));
        }
        if (reason.isDivergence()) {
            PrintWriter err = spec.commandLine().getErr();
            Iterate last = descent.last();
            err.println("deepmath-lab: the descent diverged at step " + last.k() + " ("
                    + (reason == StopReason.NOT_A_NUMBER ? "f or the point is no longer a number"
                    : "a coordinate went beyond ±1e10") + "): try a smaller --lr");
            err.flush();
            return Cli.FAILURE;
        }
        return Cli.OK;
    }

    /** The command line's name of an optimiser: plain gradient descent is "gd". */
    static String methodName(String optimizerKey) {
        return "sgd".equals(optimizerKey) ? "gd" : optimizerKey;
    }

    private static String join(double[] point) {
        StringBuilder text = new StringBuilder();
        for (double v : point) {
            text.append(text.length() == 0 ? "" : ",").append(v);
        }
        return text.toString();
    }

    private static void writeCsv(List<String> order, Descent descent, Writer out) throws IOException {
        out.write(header(order));
        out.write(System.lineSeparator());
        for (Iterate it : descent.iterates()) {
            out.write(row(it));
            out.write(System.lineSeparator());
        }
        out.flush();
    }

    private static String header(List<String> order) {
        StringBuilder h = new StringBuilder("k");
        order.forEach(v -> h.append(',').append(v));
        order.forEach(v -> h.append(",grad_").append(v));
        return h.append(",f").toString();
    }

    private static String row(Iterate it) {
        StringBuilder r = new StringBuilder().append(it.k());
        for (double x : it.point()) {
            r.append(',').append(x);
        }
        for (double g : it.gradient()) {
            r.append(',').append(g);
        }
        return r.append(',').append(it.value()).toString();
    }

    private static double[] parseStart(String text, int dimension) {
        String[] parts = text.split(",", -1);
        if (parts.length != dimension) {
            throw new BadInputException("--start has " + parts.length + " coordinates, the function has "
                    + dimension + " variables");
        }
        double[] p = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            try {
                p[i] = deepmath.core.DecimalText.parse(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new BadInputException("--start: '" + parts[i].strip() + "' is not a number");
            }
        }
        return p;
    }
}
