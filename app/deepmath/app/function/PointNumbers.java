package deepmath.app.function;

import deepmath.expr.ScaledNumbers;
import javafx.geometry.Rectangle2D;

/**
 * How the labs print a picked point's numbers: each kind against its own scale, so rounding noise reads 0
 * (a critical point found by Newton at y = −5.0e−29 is at y = 0; a Hessian entry of 1.1e−44 next to entries
 * of order 1 is 0). Coordinates are measured against the window, f against the range of f on it, the
 * gradient against the slope that range gives across the window, the Hessian against that slope's change.
 */
final class PointNumbers {
    private final double coordinateScale;
    private final double valueScale;
    private final double slopeScale;
    private final double curvatureScale;

    PointNumbers(Rectangle2D window, double zMin, double zMax) {
        double span = Math.max(window.getWidth(), window.getHeight());
        coordinateScale = ScaledNumbers.scaleOf(window.getMinX(), window.getMaxX(), window.getMinY(), window.getMaxY());
        valueScale = ScaledNumbers.scaleOf(zMin, zMax);
        double rise = Double.isFinite(zMax - zMin) ? Math.abs(zMax - zMin) : 0;
        slopeScale = span > 0 ? rise / span : 0;
        curvatureScale = span > 0 ? rise / (span * span) : 0;
    }

    String coordinate(double v) {
        return ScaledNumbers.format(v, coordinateScale, 4);
    }

    String value(double v) {
        return ScaledNumbers.format(v, Math.max(valueScale, Math.abs(v)), 6);
    }

    /** The two components of ∇f, each against the larger of them and the window's typical slope. */
    String[] gradient(double fx, double fy) {
        return ScaledNumbers.formatAll(new double[] {fx, fy}, slopeScale, 5);
    }

    /** |∇f| from the components as shown (noise removed), so a critical point reads |∇f| = 0. */
    String gradientNorm(double fx, double fy) {
        double scale = Math.max(ScaledNumbers.scaleOf(fx, fy), slopeScale);
        return ScaledNumbers.format(Math.hypot(ScaledNumbers.clean(fx, scale), ScaledNumbers.clean(fy, scale)), scale, 5);
    }

    /** True where ∇f is 0 up to rounding noise: a critical point, where no level line has a direction. */
    boolean critical(double fx, double fy) {
        double scale = Math.max(ScaledNumbers.scaleOf(fx, fy), slopeScale);
        return ScaledNumbers.clean(fx, scale) == 0 && ScaledNumbers.clean(fy, scale) == 0;
    }

    /** The Hessian's entries row by row, against its largest entry and the window's typical curvature. */
    String[] hessian(double[][] h) {
        return ScaledNumbers.formatAll(new double[] {h[0][0], h[0][1], h[1][0], h[1][1]}, curvatureScale, 4);
    }
}
