package deepmath.nn;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;

/**
 * The curve F = level (0.5 for a 0/1 output: the decision boundary) traced on grid values by marching
 * squares: in each cell whose corners lie on both sides, the crossing points on its edges are found by
 * linear interpolation and joined. For a Heaviside network the values jump from 0 to 1, so the crossing
 * falls half-way between the nodes: the line is accurate to half a grid step.
 */
public final class DecisionBoundary {
    private DecisionBoundary() {
    }

    /** Segments as {x1, y1, x2, y2, x1, y1, …} in data coordinates. */
    public static double[] segments(GridValues values, double level) {
        Grid2D grid = values.grid();
        double[] out = new double[64];
        int n = 0;
        for (int j = 0; j + 1 < grid.ny(); j++) {
            for (int i = 0; i + 1 < grid.nx(); i++) {
                double v00 = values.at(i, j) - level;
                double v10 = values.at(i + 1, j) - level;
                double v11 = values.at(i + 1, j + 1) - level;
                double v01 = values.at(i, j + 1) - level;
                int code = (v00 >= 0 ? 1 : 0) | (v10 >= 0 ? 2 : 0) | (v11 >= 0 ? 4 : 0) | (v01 >= 0 ? 8 : 0);
                if (code == 0 || code == 15 || Double.isNaN(v00 + v10 + v11 + v01)) {
                    continue;
                }
                double x0 = grid.x(i);
                double x1 = grid.x(i + 1);
                double y0 = grid.y(j);
                double y1 = grid.y(j + 1);
                // crossings on the four edges (NaN where the edge does not cross)
                double[] bottom = crossing(v00, v10, x0, y0, x1, y0);
                double[] right = crossing(v10, v11, x1, y0, x1, y1);
                double[] top = crossing(v01, v11, x0, y1, x1, y1);
                double[] left = crossing(v00, v01, x0, y0, x0, y1);
                double[][] points = new double[4][];
                int k = 0;
                for (double[] p : new double[][] {bottom, right, top, left}) {
                    if (p != null) {
                        points[k++] = p;
                    }
                }
                if (out.length < n + 8) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                if (k == 2) {
                    n = put(out, n, points[0], points[1]);
                } else if (k == 4) {
                    // saddle: pair the crossings by the centre's side
                    boolean centre = (v00 + v10 + v11 + v01) / 4 >= 0;
                    boolean cornerIn = v00 >= 0;
                    if (centre == cornerIn) {
                        n = put(out, n, bottom, right);
                        n = put(out, n, top, left);
                    } else {
                        n = put(out, n, bottom, left);
                        n = put(out, n, top, right);
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int put(double[] out, int n, double[] a, double[] b) {
        out[n] = a[0];
        out[n + 1] = a[1];
        out[n + 2] = b[0];
        out[n + 3] = b[1];
        return n + 4;
    }

    private static double[] crossing(double va, double vb, double xa, double ya, double xb, double yb) {
        if ((va >= 0) == (vb >= 0)) {
            return null;
        }
        double t = va / (va - vb);
        return new double[] {xa + t * (xb - xa), ya + t * (yb - ya)};
    }
}
