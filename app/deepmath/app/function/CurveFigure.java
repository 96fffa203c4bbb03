package deepmath.app.function;

import javafx.geometry.Rectangle2D;

/**
 * The book's figures with several curves on one plot, as the curve view draws them: the formula, its window and
 * the curves over it ({@link deepmath.calculus.CurveList}). Named {@code curve.figure.<name>} in the bundle.
 */
enum CurveFigure {
    /** Ch. 2 §2.4 (line 2762): f_k(x) = 1/(1 + e^(−kx)) on [−5, 5] for k = 1, 2, 3, 4. */
    /**
     * Ch. 2 §2.2 (line 2731): X = [0, 1, 2, 3, 4, 5], Y = [0, 1, 4, 1, 3, 2], point by point — plt.plot(X, Y) joins
     * them, plt.scatter(X, Y) marks them; over y = 0·x (the curve view needs a function of x; the book plots none).
     */
    POINTS(2, 2731, "0*x", -0.5, 5.5, "[0, 1, 2, 3, 4, 5], [0, 1, 4, 1, 3, 2]"),
    SIGMOIDS(2, 2762, "1/(1+exp(-x))", -5, 5, "1/(1+exp(-k*x)), k = 1..4"),
    /** Ch. 1 (line 310): sin x and its tangent at 0, y = x, which gives sin 0.01 ≈ 0.01. */
    SINE(1, 310, "sin(x)", -3.2, 3.2, "x"),
    /** Ch. 1 (line 325): √(1 + h) ≈ 1 + h/2, the tangent at 0. */
    SQUARE_ROOT(1, 325, "sqrt(1+x)", -1, 3, "1 + x/2");

    final int chapter;
    final int line;
    private final String formula;
    private final double xMin;
    private final double xMax;
    private final String overlay;

    CurveFigure(int chapter, int line, String formula, double xMin, double xMax, String overlay) {
        this.chapter = chapter;
        this.line = line;
        this.formula = formula;
        this.xMin = xMin;
        this.xMax = xMax;
        this.overlay = overlay;
    }

    String key() {
        return "curve.figure." + name().toLowerCase(java.util.Locale.ROOT);
    }

    String formula() {
        return formula;
    }

    String overlay() {
        return overlay;
    }

    Rectangle2D window() {
        return new Rectangle2D(xMin, -1, xMax - xMin, 2);
    }
}
