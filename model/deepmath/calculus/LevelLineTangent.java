package deepmath.calculus;

/**
 * The direction of the level line f = f(p) at the point p itself (book ch. 7: the gradient is orthogonal to
 * the level line). Two points of that level line are found on either side of p — a short step along the
 * line, then Newton's corrections along ∇f back onto f = f(p) — and the chord between them, centred on p, gives
 * the tangent to within the square of the step. No grid is involved: a polyline from marching squares near p
 * would give a chord of a nearby, interpolated line, off by up to a degree.
 */
public final class LevelLineTangent {
    private static final int CORRECTIONS = 30;

    private LevelLineTangent() {
    }

    /**
     * The unit tangent {tx, ty} of the level line through (x, y), oriented with ∇f on its left, or null where
     * the gradient vanishes (no level line direction) or f is undefined. {@code step} is the distance to the
     * two points found on the line (a small fraction of the window, e.g. 2e−6 of its width: the chord errs by the step squared,
     * rounding by 1e−16 over the step).
     */
    public static double[] at(PlaneFunction f, double x, double y, double step) {
        double[] g = new double[2];
        double level = f.gradient(x, y, g);
        double norm = Math.hypot(g[0], g[1]);
        if (!Double.isFinite(level) || !(norm > 0) || !Double.isFinite(norm)) {
            return null;
        }
        double ux = -g[1] / norm;
        double uy = g[0] / norm;
        double[] ahead = onLevel(f, level, x + step * ux, y + step * uy);
        double[] behind = onLevel(f, level, x - step * ux, y - step * uy);
        if (ahead == null || behind == null) {
            return null;
        }
        double dx = ahead[0] - behind[0];
        double dy = ahead[1] - behind[1];
        double chord = Math.hypot(dx, dy);
        return chord > 0 ? new double[] {dx / chord, dy / chord} : null;
    }

    /** The angle in degrees between ∇f = (fx, fy) and the direction t (0…180), NaN when either is zero. */
    public static double angleDegrees(double fx, double fy, double[] t) {
        double norm = Math.hypot(fx, fy) * (t == null ? 0 : Math.hypot(t[0], t[1]));
        if (!(norm > 0) || !Double.isFinite(norm)) {
            return Double.NaN;
        }
        double cos = (fx * t[0] + fy * t[1]) / norm;
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    /** Newton's method along the gradient from (x, y) to a point where f equals {@code level}. */
    private static double[] onLevel(PlaneFunction f, double level, double x, double y) {
        double[] g = new double[2];
        double px = x;
        double py = y;
        for (int k = 0; k < CORRECTIONS; k++) {
            double residual = f.gradient(px, py, g) - level;
            double squared = g[0] * g[0] + g[1] * g[1];
            if (!Double.isFinite(residual) || !(squared > 0)) {
                return null;
            }
            if (Math.abs(residual) <= 4 * Math.ulp(Math.max(Math.abs(level), Double.MIN_NORMAL))) {
                break;
            }
            double nx = px - residual * g[0] / squared;
            double ny = py - residual * g[1] / squared;
            if (nx == px && ny == py) {
                break;
            }
            px = nx;
            py = ny;
        }
        return new double[] {px, py};
    }
}
