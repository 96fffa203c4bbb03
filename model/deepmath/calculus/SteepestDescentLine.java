package deepmath.calculus;

import java.util.ArrayList;
import java.util.List;

/**
 * The line of steepest slope through a point (book ch. 7): followed by small arc-length steps along
 * −∇f/|∇f| (midpoint rule), until the gradient vanishes, the path leaves the box or turns back on itself.
 * It crosses every level line at a right angle.
 */
public final class SteepestDescentLine {
    private SteepestDescentLine() {
    }

    /** Points (x, y) of the path from {@code start}, downhill when {@code descending}, uphill otherwise. */
    public static List<double[]> trace(PlaneField f, double[] start, boolean descending, double step,
                                       double[] box, int maxSteps) {
        List<double[]> path = new ArrayList<>();
        double[] p = start.clone();
        double[] g = new double[2];
        double[] mid = new double[2];
        double sign = descending ? -1 : 1;
        path.add(p.clone());
        double previousValue = f.value(p[0], p[1]);
        for (int k = 0; k < maxSteps; k++) {
            if (!direction(f, p, g, sign)) {
                break;
            }
            mid[0] = p[0] + 0.5 * step * g[0];
            mid[1] = p[1] + 0.5 * step * g[1];
            if (!direction(f, mid, g, sign)) {
                break;
            }
            p[0] += step * g[0];
            p[1] += step * g[1];
            double value = f.value(p[0], p[1]);
            boolean stalled = descending ? value >= previousValue : value <= previousValue;
            if (!Double.isFinite(value) || stalled || p[0] < box[0] || p[0] > box[1] || p[1] < box[2] || p[1] > box[3]) {
                break;
            }
            previousValue = value;
            path.add(p.clone());
        }
        return path;
    }

    private static boolean direction(PlaneField f, double[] at, double[] out, double sign) {
        f.gradient(at[0], at[1], out);
        double norm = Math.hypot(out[0], out[1]);
        if (!(norm > 1e-12)) {
            return false;
        }
        out[0] *= sign / norm;
        out[1] *= sign / norm;
        return true;
    }
}
