package deepmath.app.function;

import deepmath.grid.GridValues;
import java.util.Arrays;

/**
 * The z range to show: all finite values, unless a few extreme ones (near a pole, like 1/x) would squash
 * the rest flat; then the 1st–99th percentiles, and the surface is clipped there.
 */
final class ZRange {
    private ZRange() {
    }

    static double[] robust(GridValues values) {
        float[] finite = new float[values.values().length];
        int n = 0;
        for (float v : values.values()) {
            if (Float.isFinite(v)) {
                finite[n++] = v;
            }
        }
        if (n == 0) {
            return new double[] {-1, 1};
        }
        Arrays.sort(finite, 0, n);
        double min = finite[0];
        double max = finite[n - 1];
        double lo = finite[(int) (0.01 * (n - 1))];
        double hi = finite[(int) Math.ceil(0.99 * (n - 1))];
        if (hi > lo && (max - min) > 8 * (hi - lo)) {
            double pad = 0.05 * (hi - lo);
            return new double[] {lo - pad, hi + pad};
        }
        if (max - min < 1e-12) {
            return new double[] {min - 1, max + 1};
        }
        return new double[] {min, max};
    }
}
