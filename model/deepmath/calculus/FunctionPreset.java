package deepmath.calculus;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;
import java.util.Map;

/**
 * A formula from the book, ready to explore: where it is in the book, its plotting window, the starting
 * values of its parameters and, where the book starts from a point (Newton's x0, a tangent's x0), that point.
 * Its name is {@code preset.<id>} in the function bundle.
 *
 * @param start the book's starting point (one coordinate for a curve), or {@code null} when it has none
 */
public record FunctionPreset(String id, BookReference book, String formula, double xMin, double xMax,
                             double yMin, double yMax, Map<String, Double> parameters, double[] start)
        implements BookPreset {

    public FunctionPreset {
        parameters = Map.copyOf(parameters);
        start = start == null ? null : start.clone();
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String bundle() {
        return "function";
    }

    /** One-variable presets are plotted as curves y = f(x). */
    public boolean oneVariable() {
        return yMin == yMax;
    }

    @Override
    public double[] start() {
        return start == null ? null : start.clone();
    }
}
