package deepmath.descent;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;
import java.util.List;

/**
 * A ready-made descent: the book's examples of chapter 8 with its function, start, step δ and number of steps,
 * and a few of the lab's own variants beside them. {@code problem} is "function", "regression" or "circle";
 * data problems carry their points and minimise the book's sum of squared errors ({@link LinearRegression},
 * {@link CircleFit}); for them {@code batchSize} 0 means the whole data set. A function of one variable (the
 * book's f(x) = x² + 1, …) keeps its one variable here; the lab's map, which works in a plane, draws it through
 * {@link #planarFormula()} and {@link #planarStart()}. The name is {@code preset.<id>} in the descent bundle.
 *
 * @param steps the number of steps the book shows (its table or figure)
 * @param window the view (a0, a1, b0, b1) around the path; it contains the start
 */
public record DescentPreset(String id, BookReference book, String problem, String formula, List<String> variables,
                            double[] start, double step, int steps, double mu, String optimizer, int batchSize,
                            double[] window, PointCloud data) implements BookPreset {

    public DescentPreset {
        variables = List.copyOf(variables);
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

    /** The formula the lab's plane draws: a one-variable function gets a second, idle axis y. */
    public String planarFormula() {
        return isFunction() && variables.size() == 1 ? formula + " + 0*y" : formula;
    }

    /** The start in the lab's plane: (x0, 0) for a function of one variable. */
    public double[] planarStart() {
        return isFunction() && variables.size() == 1 ? new double[] {start[0], 0} : start();
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
            if (i > 0) {
                f.append(" + ");
            }
            if ("regression".equals(problem)) {
                f.append("(").append(y).append(" - (a*").append(x).append(" + b))^2");
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
