package deepmath.descent;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;
import java.util.List;

/**
 * A ready-made descent: the book's examples of chapter 8 with its function, start, step δ and number of steps,
 * and a few of the lab's own variants beside them. {@code problem} is "function", "regression", "parabola", "plane" or "circle";
 * data problems carry their points and minimise the book's sum of squared errors ({@link LinearRegression},
 * {@link CircleFit}); for them {@code batchSize} 0 means the whole data set. A function of one variable (the
 * book's f(x) = x² + 1, …) keeps its one variable: the lab draws its descent on the curve (the window's x range;
 * the f range is fitted to the curve, see {@link FunctionCurve}). The name is {@code preset.<id>} in the descent
 * bundle.
 *
 * @param steps the number of steps the book shows (its table or figure); for a comparison of batch sizes, the
 *              steps of the smallest batch (the others step when they have as much data to see, see the lab)
 * @param shuffled whether the mini-batches walk a shuffled order, reshuffled each epoch (the book's usual way,
 *                 line 9986) or the data's own order E_1, E_2, … (its stochastic descent, line 9700)
 * @param comparedBatches other batch sizes K run beside {@code batchSize} from the same start (the book's
 *                        comparisons of K, lines 9711 and 10016); empty for none
 * @param window the view (a0, a1, b0, b1) around the path; it contains the start
 */
public record DescentPreset(String id, BookReference book, String problem, String formula, List<String> variables,
                            double[] start, double step, int steps, double mu, String optimizer, int batchSize,
                            double[] window, PointCloud data, boolean shuffled, List<Integer> comparedBatches)
        implements BookPreset {

    public DescentPreset {
        variables = List.copyOf(variables);
        comparedBatches = List.copyOf(comparedBatches);
        start = start.clone();
        window = window.clone();
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String bundle() {
        return "descent";
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public double[] window() {
        return window.clone();
    }

    public boolean isFunction() {
        return "function".equals(problem);
    }

    /**
     * The function that is minimised, as a formula the parser reads: the preset's own for a function, and the
     * book's sum of squared errors over the data for a regression or a circle (so the command line can run it).
     */
    public String objectiveFormula() {
        if (isFunction()) {
            return formula;
        }
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < data.size(); i++) {
            String x = number(data.xs()[i]);
            String y = number(data.ys()[i]);
            String z = data.hasZ() ? number(data.zs()[i]) : "";
            if (i > 0) {
                f.append(" + ");
            }
            if ("regression".equals(problem)) {
                f.append("(").append(y).append(" - (a*").append(x).append(" + b))^2");
            } else if ("plane".equals(problem)) {
                f.append("(").append(z).append(" - (a*").append(x).append(" + b*").append(y).append(" + c))^2");
            } else if ("parabola".equals(problem)) {
                f.append("(").append(y).append(" - (").append(x).append("^2 + a*").append(x).append(" + b))^2");
            } else {
                f.append("((").append(x).append(" - a)^2 + (").append(y).append(" - b)^2 - c^2)^2");
            }
        }
        return f.toString();
    }

    private static String number(double v) {
        String text = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        return v < 0 ? "(" + text + ")" : text;
    }

    public static List<DescentPreset> all() {
        return DescentPresets.ALL;
    }

    /** The preset with this id, or null. */
    public static DescentPreset byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }
}
