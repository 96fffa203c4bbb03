package deepmath.calculus;

import deepmath.core.BookPreset;
import java.util.Map;

/**
 * A formula from the book, ready to explore: where it comes from, its plotting window and the starting
 * values of its parameters. Names are given in both of the lab's languages because they are content.
 */
public record FunctionPreset(String id, String chapter, String formula, double xMin, double xMax, double yMin,
                             double yMax, Map<String, Double> parameters, String nameEn, String nameFr)
        implements BookPreset {

    public FunctionPreset {
        parameters = Map.copyOf(parameters);
    }

    /** One-variable presets are plotted as curves y = f(x). */
    public boolean oneVariable() {
        return yMin == yMax;
    }
}
