package deepmath.grid;

import deepmath.core.BadInputException;

/**
 * A regular grid over the rectangle [xMin, xMax] × [yMin, yMax] with {@code nx} × {@code ny} nodes, edges
 * included. Values on it are stored row by row with y increasing: value (i, j) at index {@code j * nx + i},
 * node (i, j) at (x(i), y(j)). Surfaces, level lines, heat maps of a network's output and loss landscapes
 * all share this layout.
 */
public record Grid2D(double xMin, double xMax, double yMin, double yMax, int nx, int ny) {

    public Grid2D {
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new BadInputException(GridProblem.DOMAIN, xMin, xMax, yMin, yMax);
        }
        if (nx < 2 || ny < 2) {
            throw new BadInputException(GridProblem.POINTS, nx, ny);
        }
    }

    /** A square grid of {@code n} × {@code n} nodes. */
    public static Grid2D square(double xMin, double xMax, double yMin, double yMax, int n) {
        return new Grid2D(xMin, xMax, yMin, yMax, n, n);
    }

    public double dx() {
        return (xMax - xMin) / (nx - 1);
    }

    public double dy() {
        return (yMax - yMin) / (ny - 1);
    }

    public double x(int i) {
        return i == nx - 1 ? xMax : xMin + i * dx();
    }

    public double y(int j) {
        return j == ny - 1 ? yMax : yMin + j * dy();
    }

    public int size() {
        return nx * ny;
    }

    public int index(int i, int j) {
        return j * nx + i;
    }

    /** All x coordinates of the nodes, in storage order (x varies fastest), e.g. to feed a network. */
    public float[] xs() {
        float[] xs = new float[size()];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                xs[index(i, j)] = (float) x(i);
            }
        }
        return xs;
    }

    /** All y coordinates of the nodes, in storage order. */
    public float[] ys() {
        float[] ys = new float[size()];
        for (int j = 0; j < ny; j++) {
            float y = (float) y(j);
            for (int i = 0; i < nx; i++) {
                ys[index(i, j)] = y;
            }
        }
        return ys;
    }
}
