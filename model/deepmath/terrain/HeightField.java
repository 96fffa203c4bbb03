package deepmath.terrain;

import deepmath.calculus.PlaneField;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;

/**
 * A height known only on a grid (a terrain's elevations), made a function of (x, y) by bilinear interpolation:
 * inside a cell, h is the unique function a + b·x + c·y + d·x·y through its four corners. Along a grid line it is
 * linear between nodes, so the marching squares that contour the grid draw exactly its level lines.
 * <p>
 * Its gradient is taken by centred finite differences of step one cell, (h(x + Δx, y) − h(x − Δx, y)) / 2Δx and
 * likewise in y (one-sided at the border): at a node this is the grid's own difference (z[i+1] − z[i−1]) / 2Δx,
 * and it varies continuously in between, so the steepest-slope line does not jump at every cell edge.
 */
public final class HeightField implements PlaneField {
    private final GridValues heights;
    private final Grid2D grid;

    public HeightField(GridValues heights) {
        this.heights = heights;
        this.grid = heights.grid();
    }

    public GridValues heights() {
        return heights;
    }

    public Grid2D grid() {
        return grid;
    }

    public boolean contains(double x, double y) {
        return x >= grid.xMin() && x <= grid.xMax() && y >= grid.yMin() && y <= grid.yMax();
    }

    /** The bilinear height at (x, y); NaN outside the grid or in a cell with a missing corner. */
    @Override
    public double value(double x, double y) {
        if (!contains(x, y)) {
            return Double.NaN;
        }
        double u = (x - grid.xMin()) / grid.dx();
        double v = (y - grid.yMin()) / grid.dy();
        int i = Math.min((int) Math.floor(u), grid.nx() - 2);
        int j = Math.min((int) Math.floor(v), grid.ny() - 2);
        double s = u - i;
        double t = v - j;
        double h00 = heights.at(i, j);
        double h10 = heights.at(i + 1, j);
        double h01 = heights.at(i, j + 1);
        double h11 = heights.at(i + 1, j + 1);
        return (1 - t) * ((1 - s) * h00 + s * h10) + t * ((1 - s) * h01 + s * h11);
    }

    /** ∇h by centred differences of one cell (one-sided at the border); returns h(x, y). */
    @Override
    public double gradient(double x, double y, double[] out) {
        double h = value(x, y);
        out[0] = difference(x, y, grid.dx(), true);
        out[1] = difference(x, y, grid.dy(), false);
        return h;
    }

    private double difference(double x, double y, double step, boolean alongX) {
        double lo = alongX ? Math.max(grid.xMin(), x - step) : Math.max(grid.yMin(), y - step);
        double hi = alongX ? Math.min(grid.xMax(), x + step) : Math.min(grid.yMax(), y + step);
        double a = alongX ? value(lo, y) : value(x, lo);
        double b = alongX ? value(hi, y) : value(x, hi);
        return hi > lo ? (b - a) / (hi - lo) : Double.NaN;
    }
}
