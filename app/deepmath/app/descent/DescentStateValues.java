package deepmath.app.descent;

import deepmath.descent.Iterate;
import deepmath.descent.PointCloud;
import java.util.Arrays;
import java.util.List;

/**
 * Value comparisons for {@link DescentState#equals}: data points, runs and iterates compared number by number (the
 * records hold arrays, which their own equals compares by identity).
 */
final class DescentStateValues {
    private DescentStateValues() {
    }

    static boolean sameData(PointCloud a, PointCloud b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Arrays.equals(a.xs(), b.xs()) && Arrays.equals(a.ys(), b.ys()) && Arrays.equals(a.zs(), b.zs());
    }

    static boolean sameRuns(List<RaceRun> a, List<RaceRun> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int r = 0; r < a.size(); r++) {
            if (a.get(r).kind() != b.get(r).kind() || a.get(r).batch() != b.get(r).batch()
                    || !sameIterates(a.get(r).descent().iterates(), b.get(r).descent().iterates())
                    || !a.get(r).descent().stopReason().equals(b.get(r).descent().stopReason())) {
                return false;
            }
        }
        return true;
    }

    static boolean sameIterates(List<Iterate> a, List<Iterate> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            Iterate x = a.get(k);
            Iterate y = b.get(k);
            if (x.k() != y.k() || !Arrays.equals(x.point(), y.point()) || !Arrays.equals(x.gradient(), y.gradient())
                    || Double.compare(x.value(), y.value()) != 0) {
                return false;
            }
        }
        return true;
    }
}
