package deepmath.sequential.data;

import deepmath.core.BadInputException;
import deepmath.core.DecimalText;
import deepmath.expr.CompiledFunction;
import deepmath.expr.Formula;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code function:FORMULA:RANGE}: the samples of a function to fit, as chapter 10 builds them. The range is
 * {@code a,b,n} for a function of x — n points from a to b, both included ({@code np.linspace(a, b, n)}) — or
 * {@code xmin,xmax,ymin,ymax,n} for a function of x and y — the n × n grid, x varying fastest (numpy's
 * {@code meshgrid(VX, VY)} flattened row by row). Inputs [x] or [x, y], target [f]. The range's numbers are plain
 * decimals or constants ({@code -pi,pi,100}); the formula is the lab's (the one the surfaces lab reads, {@code sqrt}, {@code cos}, {@code ^}, …).
 * The book's two fits are named presets ({@link #BOOK_ONE_VARIABLE}, {@link #BOOK_TWO_VARIABLES}).
 */
public final class FunctionExamples implements DataReader {
    /** Book line 11460 (chapter 10, §2): f(x) = cos 2x + x sin 3x + √x − 2 on [0, 5], N = 100 points (line 11511). */
    public static final String BOOK_ONE_VARIABLE = "book-one-variable";
    /** Book line 11935 (chapter 10, §4): f(x, y) = x cos y on [−4, 4]², a 25 × 25 grid (line 11982). */
    public static final String BOOK_TWO_VARIABLES = "book-two-variables";
    static final Map<String, String> PRESETS = Map.of(
            BOOK_ONE_VARIABLE, "cos(2*x) + x*sin(3*x) + sqrt(x) - 2:0,5,100",
            BOOK_TWO_VARIABLES, "x*cos(y):-4,4,-4,4,25");
    /** The formula and range of a named preset ("book-one-variable" → "cos(2*x) + …:0,5,100"), or the name itself. */
    public static String presetText(String name) {
        return PRESETS.getOrDefault(name, name);
    }

    /** At most 1000 points on a line and a 1000 × 1000 grid: far above the book's 100 and 625. */
    public static final int MAX_POINTS = 1000;
    static final String EXAMPLE = "function:x*cos(y):-4,4,-4,4,25";

    @Override
    public TrainTest read(String argument, DataOptions options) {
        DataSource.requireArgument(argument, "function", EXAMPLE);
        String text = PRESETS.getOrDefault(argument, argument);
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new BadInputException(ExamplesProblem.FUNCTION_SYNTAX, argument);
        }
        return TrainTest.of(sample(text.substring(0, colon).strip(), text.substring(colon + 1).strip()));
    }

    /** The samples of {@code formula} over {@code range} (see the class comment). */
    public static Examples sample(String formula, String range) {
        double[] r = range(range);
        Formula f = Formula.parse(formula);
        List<String> allowed = r.length == 3 ? List.of("x") : List.of("x", "y");
        if (!allowed.containsAll(f.variables())) {
            throw new BadInputException(ExamplesProblem.VARIABLES, formula, String.join(", ", f.variables()),
                    String.join(", ", allowed));
        }
        CompiledFunction compiled = f.compile();
        int n = (int) r[r.length - 1];
        List<float[]> inputs = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        if (r.length == 3) {
            for (int i = 0; i < n; i++) {
                double x = linspace(r[0], r[1], n, i);
                inputs.add(new float[] {(float) x});
                targets.add(new float[] {value(compiled, f, formula, Map.of("x", x), "x = " + x)});
            }
        } else {
            for (int j = 0; j < n; j++) {
                double y = linspace(r[2], r[3], n, j);
                for (int i = 0; i < n; i++) {
                    double x = linspace(r[0], r[1], n, i);
                    inputs.add(new float[] {(float) x, (float) y});
                    targets.add(new float[] {value(compiled, f, formula, Map.of("x", x, "y", y),
                            "(x, y) = (" + x + ", " + y + ")")});
                }
            }
        }
        String name = formula + " on " + range;
        return new Examples(name, List.of(r.length == 3 ? 1 : 2), inputs.toArray(float[][]::new),
                targets.toArray(float[][]::new), List.of());
    }

    /** numpy's linspace: both ends exactly, the points between a + (b − a)·i/(n − 1). */
    static double linspace(double a, double b, int n, int i) {
        return i == n - 1 ? b : a + (b - a) * i / (n - 1);
    }

    private static float value(CompiledFunction compiled, Formula f, String formula, Map<String, Double> point,
            String where) {
        double v = compiled.value(f.point(point.entrySet().stream()
                .filter(e -> f.variables().contains(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        if (!Double.isFinite(v)) {
            throw new BadInputException(ExamplesProblem.UNDEFINED_AT, formula, where);
        }
        return (float) v;
    }

    /** A plain decimal, or a constant formula such as {@code pi} or {@code -2*pi} (a range of angles). */
    private static double bound(String text, String range) {
        if (DecimalText.isNumber(text)) {
            return DecimalText.parse(text);
        }
        try {
            Formula f = Formula.parse(text);
            double v = f.variables().isEmpty() ? f.valueAt(Map.of()) : Double.NaN;
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (BadInputException e) {
            // said below, as a range that does not read
        }
        throw new BadInputException(ExamplesProblem.RANGE, range, MAX_POINTS);
    }

    private static double[] range(String range) {
        String[] parts = range.split("\\s*,\\s*", -1);
        if (parts.length != 3 && parts.length != 5) {
            throw new BadInputException(ExamplesProblem.RANGE, range, MAX_POINTS);
        }
        double[] r = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            r[k] = bound(parts[k].strip(), range);
        }
        double n = r[r.length - 1];
        if (n != Math.rint(n) || n < 2 || n > MAX_POINTS) {
            throw new BadInputException(ExamplesProblem.RANGE, range, MAX_POINTS);
        }
        if (!(r[0] < r[1]) || (r.length == 5 && !(r[2] < r[3]))) {
            throw new BadInputException(ExamplesProblem.RANGE_ORDER, range);
        }
        return r;
    }
}
