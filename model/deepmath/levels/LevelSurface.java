package deepmath.levels;

import java.util.Arrays;

/**
 * The level surface F(x, y, z) = c of a function of three variables (book ch. 7 §2.5), as triangles: marching
 * cubes over an n×n×n lattice of the box, each cube cut into six tetrahedra along its main diagonal. A
 * tetrahedron whose corners straddle the level holds one triangle (one corner apart) or two (two and two),
 * between crossing points found by linear interpolation along its edges; cutting into tetrahedra leaves no
 * ambiguous case and no hole between neighbouring cubes. Each triangle faces the side where F is above c
 * (the gradient's side). Cubes with a NaN corner are left out (outside the domain).
 */
public final class LevelSurface {
    /** The most cubes along an edge of the box: 100³ evaluations, a second at most. */
    public static final int MAX_CELLS = 100;
    /** The six tetrahedra of a cube: its corners (bit 0 = x, bit 1 = y, bit 2 = z), all along corner 0–7. */
    private static final int[][] TETRAHEDRA = {
            {0, 1, 3, 7}, {0, 1, 5, 7}, {0, 2, 3, 7}, {0, 2, 6, 7}, {0, 4, 5, 7}, {0, 4, 6, 7}};

    /** A function of (x, y, z). */
    @FunctionalInterface
    public interface Field {
        double value(double x, double y, double z);
    }

    /** The triangles: nine coordinates (x, y, z of three corners) per triangle. */
    public record Mesh(double[] vertices) {
        public int triangles() {
            return vertices.length / 9;
        }

        /** The total area of the triangles. */
        public double area() {
            double sum = 0;
            for (int t = 0; t < vertices.length; t += 9) {
                double[] n = normal(vertices, t);
                sum += 0.5 * Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
            }
            return sum;
        }
    }

    private LevelSurface() {
    }

    /**
     * The surface F = {@code level} in the box [x0, x1] × [y0, y1] × [z0, z1] ({@code box} in that order), with
     * {@code cells} cubes along each edge.
     */
    public static Mesh of(Field f, double[] box, int cells, double level) {
        if (cells < 1 || cells > MAX_CELLS) {
            throw new IllegalArgumentException("cells " + cells + " outside 1.." + MAX_CELLS);
        }
        int n = cells + 1;
        double[] xs = lattice(box[0], box[1], n);
        double[] ys = lattice(box[2], box[3], n);
        double[] zs = lattice(box[4], box[5], n);
        double[] values = new double[n * n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    values[(k * n + j) * n + i] = f.value(xs[i], ys[j], zs[k]) - level;
                }
            }
        }
        Builder out = new Builder();
        double[][] corner = new double[8][3];
        double[] cornerValue = new double[8];
        for (int k = 0; k < cells; k++) {
            for (int j = 0; j < cells; j++) {
                for (int i = 0; i < cells; i++) {
                    boolean finite = true;
                    for (int c = 0; c < 8; c++) {
                        int ci = i + (c & 1);
                        int cj = j + ((c >> 1) & 1);
                        int ck = k + ((c >> 2) & 1);
                        corner[c][0] = xs[ci];
                        corner[c][1] = ys[cj];
                        corner[c][2] = zs[ck];
                        cornerValue[c] = values[(ck * n + cj) * n + ci];
                        finite &= Double.isFinite(cornerValue[c]);
                    }
                    if (!finite) {
                        continue;
                    }
                    for (int[] tetra : TETRAHEDRA) {
                        tetrahedron(tetra, corner, cornerValue, out);
                    }
                }
            }
        }
        return new Mesh(out.vertices());
    }

    private static void tetrahedron(int[] tetra, double[][] corner, double[] value, Builder out) {
        int[] below = new int[4];
        int[] above = new int[4];
        int nb = 0;
        int na = 0;
        for (int c : tetra) {
            if (value[c] < 0) {
                below[nb++] = c;
            } else {
                above[na++] = c;
            }
        }
        if (nb == 0 || na == 0) {
            return;
        }
        double[] up = towardsAbove(tetra, corner, value);
        if (nb == 1) {
            out.triangle(cross(below[0], above[0], corner, value), cross(below[0], above[1], corner, value),
                    cross(below[0], above[2], corner, value), up);
        } else if (na == 1) {
            out.triangle(cross(below[0], above[0], corner, value), cross(below[1], above[0], corner, value),
                    cross(below[2], above[0], corner, value), up);
        } else {
            // two and two: the four crossings make a quadrilateral, in this order around it
            double[] p = cross(below[0], above[0], corner, value);
            double[] q = cross(below[0], above[1], corner, value);
            double[] r = cross(below[1], above[1], corner, value);
            double[] s = cross(below[1], above[0], corner, value);
            out.triangle(p, q, r, up);
            out.triangle(p, r, s, up);
        }
    }

    /** The point where F crosses the level on the edge from corner a (below) to corner b (above). */
    private static double[] cross(int a, int b, double[][] corner, double[] value) {
        double t = value[a] / (value[a] - value[b]);
        double[] p = new double[3];
        for (int d = 0; d < 3; d++) {
            p[d] = corner[a][d] + t * (corner[b][d] - corner[a][d]);
        }
        return p;
    }

    /**
     * The gradient of the linear interpolant of F in the tetrahedron: its level set is exactly the triangle
     * drawn, so the gradient is that triangle's normal, pointing where F rises.
     */
    private static double[] towardsAbove(int[] tetra, double[][] corner, double[] value) {
        double[][] m = new double[3][3];
        double[] rhs = new double[3];
        for (int r = 0; r < 3; r++) {
            for (int d = 0; d < 3; d++) {
                m[r][d] = corner[tetra[r + 1]][d] - corner[tetra[0]][d];
            }
            rhs[r] = value[tetra[r + 1]] - value[tetra[0]];
        }
        double det = det(m[0], m[1], m[2]);
        double[] g = new double[3];
        for (int d = 0; d < 3; d++) {
            double[][] c = {m[0].clone(), m[1].clone(), m[2].clone()};
            for (int r = 0; r < 3; r++) {
                c[r][d] = rhs[r];
            }
            g[d] = det(c[0], c[1], c[2]) / det;
        }
        return g;
    }

    private static double det(double[] a, double[] b, double[] c) {
        return a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }

    private static double[] lattice(double from, double to, int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = from + (to - from) * k / (n - 1);
        }
        return out;
    }

    /** (q − p) × (r − p) of the triangle starting at {@code t}. */
    static double[] normal(double[] v, int t) {
        double ux = v[t + 3] - v[t];
        double uy = v[t + 4] - v[t + 1];
        double uz = v[t + 5] - v[t + 2];
        double wx = v[t + 6] - v[t];
        double wy = v[t + 7] - v[t + 1];
        double wz = v[t + 8] - v[t + 2];
        return new double[] {uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx};
    }

    private static final class Builder {
        private double[] data = new double[9 * 256];
        private int size;

        void triangle(double[] p, double[] q, double[] r, double[] up) {
            if (size + 9 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            int t = size;
            put(p);
            put(q);
            put(r);
            double[] n = normal(data, t);
            if (n[0] == 0 && n[1] == 0 && n[2] == 0) {
                size = t; // a crossing exactly at a corner: a triangle reduced to a point or a segment
                return;
            }
            if (n[0] * up[0] + n[1] * up[1] + n[2] * up[2] < 0) {
                // face the side where F is above the level
                for (int d = 0; d < 3; d++) {
                    double swap = data[t + 3 + d];
                    data[t + 3 + d] = data[t + 6 + d];
                    data[t + 6 + d] = swap;
                }
            }
        }

        private void put(double[] p) {
            data[size++] = p[0];
            data[size++] = p[1];
            data[size++] = p[2];
        }

        double[] vertices() {
            return Arrays.copyOf(data, size);
        }
    }
}
