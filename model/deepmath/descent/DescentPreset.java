package deepmath.descent;

import deepmath.core.BookPreset;
import java.util.List;

/**
 * A ready-made descent: the book's examples and classic hard cases. {@code problem} is "function",
 * "regression" or "circle"; for data problems {@code batchSize} 0 means the whole data set.
 */
public record DescentPreset(String id, String chapter, String problem, String formula, double[] start, double step,
                            double mu, String optimizer, int batchSize, double[] window, String nameEn,
                            String nameFr) implements BookPreset {

    private static DescentPreset function(String id, String formula, double[] start, double step, String optimizer,
                                          double r, String en, String fr) {
        return new DescentPreset(id, "8", "function", formula, start, step, 0.8, optimizer, 0,
                new double[] {-r, r, -r, r}, en, fr);
    }

    public static List<DescentPreset> all() {
        return List.of(
                function("book-2-1", "a^2 + 3*b^2", new double[] {2, 1}, 0.2, "sgd", 2.5,
                        "a² + 3b² from (2, 1), δ = 0.2 (the book's table)",
                        "a² + 3b² depuis (2, 1), δ = 0.2 (le tableau du livre)"),
                function("book-m1-m1", "a^2 + 3*b^2", new double[] {-1, -1}, 0.1, "sgd", 2,
                        "a² + 3b² from (−1, −1), δ = 0.1", "a² + 3b² depuis (−1, −1), δ = 0.1"),
                function("step-small", "a^2 + 3*b^2", new double[] {2, 1}, 0.02, "sgd", 2.5,
                        "Step too small: δ = 0.02 crawls", "Pas trop petit : δ = 0,02 avance lentement"),
                function("step-oscillates", "a^2 + 3*b^2", new double[] {2, 1}, 0.32, "sgd", 2.5,
                        "Step large: δ = 0.32 oscillates", "Pas grand : δ = 0,32 oscille"),
                function("step-diverges", "a^2 + 3*b^2", new double[] {2, 1}, 0.36, "sgd", 4,
                        "Step too large: δ = 0.36 diverges", "Pas trop grand : δ = 0,36 diverge"),
                function("one-variable", "x^4 - 3*x^2 + x + 0*y", new double[] {-0.3, 0}, 0.05, "sgd", 2.2,
                        "One variable: x⁴ − 3x² + x (two local minima)", "Une variable : x⁴ − 3x² + x (deux minima locaux)"),
                function("narrow-valley", "a^2 + 25*b^2", new double[] {-2, 0.8}, 0.02, "momentum", 2.5,
                        "Narrow valley a² + 25b²: momentum helps", "Vallée étroite a² + 25b² : le moment aide"),
                function("rosenbrock", "(1 - a)^2 + 10*(b - a^2)^2", new double[] {-1.5, 2}, 0.01, "adam", 2.5,
                        "Rosenbrock's banana (1 − a)² + 10(b − a²)²", "La banane de Rosenbrock (1 − a)² + 10(b − a²)²"),
                function("saddle", "a^2 - b^2 + 0.1*b^4", new double[] {2, 0.001}, 0.05, "sgd", 3,
                        "A saddle: almost stuck at (0, 0)", "Un col : presque bloqué en (0, 0)"),
                function("two-minima", "(a^2 - 1)^2 + b^2", new double[] {0.05, 1}, 0.05, "sgd", 2,
                        "Two local minima: the start decides", "Deux minima locaux : le départ décide"),
                new DescentPreset("regression", "8", "regression", "", new double[] {-1, 2}, 0.1, 0.8, "sgd", 0,
                        new double[] {-2, 4, -2, 4}, "Linear regression y = a·x + b (whole data)",
                        "Régression linéaire y = a·x + b (toutes les données)"),
                new DescentPreset("regression-sgd", "8", "regression", "", new double[] {-1, 2}, 0.05, 0.8, "sgd", 1,
                        new double[] {-2, 4, -2, 4}, "Regression, stochastic descent (K = 1)",
                        "Régression, descente stochastique (K = 1)"),
                new DescentPreset("circle-1", "8", "circle", "", new double[] {0, 0, 0}, 0.02, 0.8, "sgd", 1,
                        new double[] {-4, 4, -4, 4}, "Circle fitting, K = 1", "Cercle, K = 1"),
                new DescentPreset("circle-10", "8", "circle", "", new double[] {0, 0, 0}, 0.02, 0.8, "sgd", 10,
                        new double[] {-4, 4, -4, 4}, "Circle fitting, K = 10", "Cercle, K = 10"),
                new DescentPreset("circle-20", "8", "circle", "", new double[] {0, 0, 0}, 0.02, 0.8, "sgd", 20,
                        new double[] {-4, 4, -4, 4}, "Circle fitting, K = 20", "Cercle, K = 20"));
    }
}
