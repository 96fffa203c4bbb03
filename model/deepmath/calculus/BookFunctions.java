package deepmath.calculus;

import deepmath.core.BookReference;
import java.util.List;
import java.util.Map;

/**
 * The book's functions of chapters 1–4 and 7, as presets of the surfaces and level-set labs; each one names
 * the chapter and line of the book where it is studied ({@code /work/shared/book}, "ch. N, line L").
 */
public final class BookFunctions {
    private BookFunctions() {
    }

    private static FunctionPreset curve(String id, int chapter, int line, String formula, double xMin, double xMax,
                                        Map<String, Double> parameters, double[] start) {
        return new FunctionPreset(id, BookReference.of(chapter, line), formula, xMin, xMax, 0, 0, parameters, start);
    }

    private static FunctionPreset surface(String id, int chapter, int line, String formula, double xMin, double xMax,
                                          double yMin, double yMax, Map<String, Double> parameters, double[] start) {
        return new FunctionPreset(id, BookReference.of(chapter, line), formula, xMin, xMax, yMin, yMax, parameters,
                start);
    }

    private static FunctionPreset surface(String id, int chapter, int line, String formula, double r) {
        return surface(id, chapter, line, formula, -r, r, -r, r, Map.of(), null);
    }

    public static List<FunctionPreset> curves() {
        return List.of(
                // ch. 1 §5.2: the cube root of 100 by Newton's method from x0 = 10 (x1 = 7, x2 = 262/49, …)
                curve("newton-cube", 1, 2398, "x^3 - 100", 0, 11, Map.of(), new double[] {10}),
                // ch. 1 §5.4: the minimum of x² − sin x + 1, Newton on its derivative 2x − cos x, from x0 = 0 …
                curve("newton-cos", 1, 2504, "2x - cos(x)", -2, 2, Map.of(), new double[] {0}),
                // … and from x0 = 10, which goes through −4.31 and −1.49 before it finds the same root
                curve("newton-cos-10", 1, 2522, "2x - cos(x)", -6, 11, Map.of(), new double[] {10}),
                // ch. 1: M(x, x) on the line y = x closest to A(1, 2), B(3, 0), C(2, 3): E = 6x² − 22x + 27, least
                // at x0 = 11/6 where E = 41/6
                curve("error-parabola", 1, 1931, "((x-1)^2 + (x-2)^2) + ((x-3)^2 + (x-0)^2) + ((x-2)^2 + (x-3)^2)", 0, 4,
                        Map.of(), new double[] {11.0 / 6}),
                // ch. 1 §1: the tangent line gives sin(0.01) ≈ 0.01, at x0 = 0
                curve("sine", 1, 310, "sin(x)", -6.3, 6.3, Map.of(), new double[] {0}),
                curve("heaviside", 1, 1629, "heaviside(x)", -3, 3, Map.of(), null),
                curve("relu", 1, 1723, "relu(x)", -3, 3, Map.of(), null),
                curve("affine", 1, 1700, "a*x + b", -3, 3, Map.of("a", 2.0, "b", -1.0), null),
                curve("piecewise", 1, 1700, "a*min(x, 0) + b*max(x, 0)", -3, 3, Map.of("a", 0.2, "b", 1.0), null),
                curve("sigmoid", 1, 1751, "sigmoid(x)", -6, 6, Map.of(), null),
                curve("tanh", 1, 1877, "tanh(x)", -4, 4, Map.of(), null),
                // ch. 2: the first plot of the numpy chapter, e^(−x²) on [−3, 3]
                curve("gaussian", 2, 2714, "exp(-x^2)", -3, 3, Map.of(), null),
                curve("gelu", 18, 21719, "gelu(x)", -4, 3, Map.of(), null));
    }

    public static List<FunctionPreset> surfaces() {
        return List.of(
                surface("affine-quadratic", 3, 2841, "2x + 3y^2 + 1", 2),
                surface("cos-xy", 3, 2843, "cos(x*y)", 3),
                surface("gauss-x", 3, 2954, "x*exp(-x^2-y^2)", 2),
                surface("x-sin-y", 3, 2998, "x*sin(y)", 4),
                // ch. 3 §2.3: M closest to A(1, 2), B(3, 5), C(6, 1) for the sum of squared distances: the
                // minimum is the centre of gravity (10/3, 8/3), f = 64/3; the book looks on [0, 6]²
                surface("distances-squared", 3, 3023,
                        "((x-1)^2 + (y-2)^2) + ((x-3)^2 + (y-5)^2) + ((x-6)^2 + (y-1)^2)", 0, 6, 0, 6, Map.of(), null),
                // ch. 3 §2.4: the same three points with the true distances MA + MB + MC: ≈ 7.84 near (2.91, 2.97)
                surface("distances", 3, 3161,
                        "sqrt((x-1)^2 + (y-2)^2) + sqrt((x-3)^2 + (y-5)^2) + sqrt((x-6)^2 + (y-1)^2)", 0, 6, 0, 6,
                        Map.of(), null),
                surface("bowl", 3, 3234, "x^2 + y^2", 2),
                surface("gutter", 3, 3310, "x^2", 2),
                surface("saddle", 3, 3322, "x^2 - y^2", 2),
                surface("cubic", 4, 3429, "y^3 + 2y^2 - x^2", 2),
                surface("abs", 4, 3717, "abs(x) + abs(y)", 2),
                // ch. 7 §3: the ellipse x²/a² + y²/b² = 1 is a level line (a, b are sliders)
                surface("ellipse", 7, 6884, "x^2/a^2 + y^2/b^2", -3, 3, -3, 3, Map.of("a", 2.0, "b", 1.0), null),
                // ch. 7 §2: the gradient of x²y³ at (2, 1) is (4, 12)
                surface("x2y3", 7, 6754, "x^2*y^3", -2.5, 2.5, -2, 2, Map.of(), new double[] {2, 1}),
                // ch. 7: f(1.002, 0.997) from the tangent plane at (1, 1) of x²y
                surface("x2y", 7, 7152, "x^2*y", -2, 2, -2, 2, Map.of(), new double[] {1, 1}),
                // ch. 7: the critical points (0, 0) and (1/12, −1/6) of x² − y³ + xy
                surface("critical-points", 7, 7220, "x^2 - y^3 + x*y", -1, 1, -1, 1, Map.of(), null));
    }

    /** Every function preset, surfaces first. */
    public static List<FunctionPreset> all() {
        List<FunctionPreset> all = new java.util.ArrayList<>(surfaces());
        all.addAll(curves());
        return List.copyOf(all);
    }
}
