package deepmath.calculus;

import java.util.List;
import java.util.Map;

/** The book's functions of chapters 1–4 and 7, as presets of the surfaces and level-set labs. */
public final class BookFunctions {
    private BookFunctions() {
    }

    private static FunctionPreset curve(String id, String chapter, String formula, double xMin, double xMax,
                                        Map<String, Double> parameters, String en, String fr) {
        return new FunctionPreset(id, chapter, formula, xMin, xMax, 0, 0, parameters, en, fr);
    }

    private static FunctionPreset surface(String id, String chapter, String formula, double r,
                                          Map<String, Double> parameters, String en, String fr) {
        return new FunctionPreset(id, chapter, formula, -r, r, -r, r, parameters, en, fr);
    }

    public static List<FunctionPreset> curves() {
        return List.of(
                curve("newton-cube", "1", "x^3 - 100", 0, 8, Map.of(), "Newton: x³ − 100 = 0", "Newton : x³ − 100 = 0"),
                curve("newton-cos", "1", "2x - cos(x)", -2, 2, Map.of(), "Newton: 2x − cos x = 0", "Newton : 2x − cos x = 0"),
                curve("gaussian", "2", "exp(-x^2)", -3, 3, Map.of(), "e^(−x²) on [−3, 3]", "e^(−x²) sur [−3, 3]"),
                curve("heaviside", "1", "heaviside(x)", -3, 3, Map.of(), "Activation: Heaviside H", "Activation : Heaviside H"),
                curve("sigmoid", "1", "sigmoid(x)", -6, 6, Map.of(), "Activation: sigmoid σ", "Activation : sigmoïde σ"),
                curve("tanh", "1", "tanh(x)", -4, 4, Map.of(), "Activation: tanh", "Activation : tanh"),
                curve("relu", "1", "relu(x)", -3, 3, Map.of(), "Activation: ReLU", "Activation : ReLU"),
                curve("gelu", "18", "gelu(x)", -4, 3, Map.of(), "Activation: GELU", "Activation : GELU"),
                curve("affine", "1", "a*x + b", -3, 3, Map.of("a", 2.0, "b", -1.0), "Activation: affine a·x + b",
                        "Activation : affine a·x + b"),
                curve("piecewise", "1", "a*min(x, 0) + b*max(x, 0)", -3, 3, Map.of("a", 0.2, "b", 1.0),
                        "Activation: piecewise linear (a·x, b·x)", "Activation : linéaire par morceaux (a·x, b·x)"),
                curve("sine", "1", "sin(x)", -6.3, 6.3, Map.of(), "Tangent and linear approximation: sin x",
                        "Tangente et approximation linéaire : sin x"));
    }

    public static List<FunctionPreset> surfaces() {
        return List.of(
                surface("gauss-x", "3", "x*exp(-x^2-y^2)", 2, Map.of(), "x·e^(−x²−y²)", "x·e^(−x²−y²)"),
                surface("affine-quadratic", "3", "2x + 3y^2 + 1", 2, Map.of(), "2x + 3y² + 1", "2x + 3y² + 1"),
                surface("cos-xy", "3", "cos(x*y)", 3, Map.of(), "cos(xy)", "cos(xy)"),
                surface("x-sin-y", "3", "x*sin(y)", 4, Map.of(), "x·sin(y)", "x·sin(y)"),
                surface("cubic", "3", "y^3 + 2y^2 - x^2", 2, Map.of(), "y³ + 2y² − x²", "y³ + 2y² − x²"),
                surface("bowl", "3", "x^2 + y^2", 2, Map.of(), "Quadric: bowl x² + y²", "Quadrique : bol x² + y²"),
                surface("saddle", "3", "x^2 - y^2", 2, Map.of(), "Quadric: saddle x² − y²", "Quadrique : selle x² − y²"),
                surface("gutter", "3", "x^2", 2, Map.of(), "Quadric: gutter x²", "Quadrique : gouttière x²"),
                surface("abs", "3", "abs(x) + abs(y)", 2, Map.of(), "|x| + |y|", "|x| + |y|"),
                surface("distances-squared", "3", "((x-1)^2 + y^2) + ((x-2)^2 + (y-3)^2) + ((x+1)^2 + (y-1)^2)", 4,
                        Map.of(), "MA² + MB² + MC², A(1,0) B(2,3) C(−1,1)", "MA² + MB² + MC², A(1,0) B(2,3) C(−1,1)"),
                surface("distances", "3", "sqrt((x-1)^2 + y^2) + sqrt((x-2)^2 + (y-3)^2) + sqrt((x+1)^2 + (y-1)^2)",
                        4, Map.of(), "MA + MB + MC (not squared)", "MA + MB + MC (non élevées au carré)"),
                surface("ellipse", "7", "a*x^2 + b*y^2", 2, Map.of("a", 1.0, "b", 3.0), "a·x² + b·y² (parameters)",
                        "a·x² + b·y² (paramètres)"),
                surface("bumps", "7", "exp(-(x-1)^2-y^2) - exp(-(x+1)^2-y^2)", 3, Map.of(),
                        "Two bumps of opposite signs", "Deux bosses de signes opposés"));
    }
}
