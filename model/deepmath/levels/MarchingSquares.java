package deepmath.levels;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Level lines of a function sampled on a grid. Each cell whose corners straddle the level holds one or two
 * segments between crossing points on its edges (linear interpolation along the edge); segments sharing an
 * edge are chained into polylines, closed when the chain returns to its start. The ambiguous saddle cells
 * are split by the value at the cell centre. Cells with a NaN corner are skipped (outside the domain).
 * <p>
 * Not thread-safe (reuses its edge tables between levels): one instance per thread.
 */
public final class MarchingSquares {
    private static final int NONE = -1;
    private final Grid2D grid;
    private final float[] z;
    private final int nx;
    private final int ny;
    private final int horizontalEdges;
    // For each edge crossed by the level, the (up to two) edges it is joined to inside its two cells.
    private final int[] linkA;
    private final int[] linkB;
    private final int[] touched;
    private int touchedCount;
    private final float[] cellMin;
    private final float[] cellMax;

    public MarchingSquares(GridValues values) {
        this.grid = values.grid();
        this.z = values.values();
        this.nx = grid.nx();
        this.ny = grid.ny();
        this.horizontalEdges = (nx - 1) * ny;
        int edges = horizontalEdges + nx * (ny - 1);
        linkA = new int[edges];
        linkB = new int[edges];
        Arrays.fill(linkA, NONE);
        Arrays.fill(linkB, NONE);
        touched = new int[edges];
        cellMin = new float[(nx - 1) * (ny - 1)];
        cellMax = new float[(nx - 1) * (ny - 1)];
        computeCellRanges();
    }

    /** Convenience: all lines of every level. */
    public static List<ContourLine> lines(GridValues values, double[] levels) {
        return new MarchingSquares(values).lines(levels);
    }

    /**
     * The lines of many levels at once. Each cell is first put in the bucket of every level its corner
     * values straddle (a binary search in the sorted levels), so a level only visits its own cells instead
     * of the whole grid: the cost is one pass over the grid plus the crossings.
     */
    public List<ContourLine> lines(double[] levels) {
        double[] sorted = levels.clone();
        java.util.Arrays.sort(sorted);
        int count = sorted.length;
        int cells = cellMin.length;
        int[] first = new int[cells];
        int[] last = new int[cells];
        int[] bucketSize = new int[count + 1];
        for (int cell = 0; cell < cells; cell++) {
            float lo = cellMin[cell];
            if (Float.isNaN(lo)) {
                first[cell] = 0;
                last[cell] = -1;
                continue;
            }
            first[cell] = lowerBound(sorted, lo);
            last[cell] = upperBound(sorted, cellMax[cell]) - 1;
            for (int k = first[cell]; k <= last[cell]; k++) {
                bucketSize[k]++;
            }
        }
        int[] start = new int[count + 1];
        for (int k = 0; k < count; k++) {
            start[k + 1] = start[k] + bucketSize[k];
        }
        int[] members = new int[start[count]];
        int[] fill = start.clone();
        for (int cell = 0; cell < cells; cell++) {
            for (int k = first[cell]; k <= last[cell]; k++) {
                members[fill[k]++] = cell;
            }
        }
        List<ContourLine> lines = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            float c = (float) sorted[k];
            touchedCount = 0;
            for (int m = start[k]; m < start[k + 1]; m++) {
                int cell = members[m];
                addSegments(cell % (nx - 1), cell / (nx - 1), c);
            }
            lines.addAll(chain(sorted[k]));
            for (int t = 0; t < touchedCount; t++) {
                linkA[touched[t]] = NONE;
                linkB[touched[t]] = NONE;
            }
        }
        return lines;
    }

    /** First index whose level is ≥ value (as float, like the grid). */
    private static int lowerBound(double[] levels, float value) {
        int lo = 0;
        int hi = levels.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((float) levels[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index whose level is > value. */
    private static int upperBound(double[] levels, float value) {
        int lo = 0;
        int hi = levels.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((float) levels[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void computeCellRanges() {
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                float a = z[j * nx + i];
                float b = z[j * nx + i + 1];
                float c = z[(j + 1) * nx + i + 1];
                float d = z[(j + 1) * nx + i];
                int cell = j * (nx - 1) + i;
                if (Float.isNaN(a) || Float.isNaN(b) || Float.isNaN(c) || Float.isNaN(d)) {
                    cellMin[cell] = Float.NaN;
                    cellMax[cell] = Float.NaN;
                } else {
                    cellMin[cell] = Math.min(Math.min(a, b), Math.min(c, d));
                    cellMax[cell] = Math.max(Math.max(a, b), Math.max(c, d));
                }
            }
        }
    }

    /** The polylines of f = level. */
    public List<ContourLine> lines(double level) {
        float c = (float) level;
        touchedCount = 0;
        for (int j = 0; j < ny - 1; j++) {
            int rowStart = j * (nx - 1);
            for (int i = 0; i < nx - 1; i++) {
                int cell = rowStart + i;
                // Comparisons with NaN are false, so cells outside the domain drop out here too.
                if (cellMin[cell] <= c && cellMax[cell] >= c) {
                    addSegments(i, j, c);
                }
            }
        }
        List<ContourLine> lines = chain(level);
        for (int k = 0; k < touchedCount; k++) {
            linkA[touched[k]] = NONE;
            linkB[touched[k]] = NONE;
        }
        return lines;
    }

    private void addSegments(int i, int j, float c) {
        float v00 = z[j * nx + i];
        float v10 = z[j * nx + i + 1];
        float v11 = z[(j + 1) * nx + i + 1];
        float v01 = z[(j + 1) * nx + i];
        int index = (v00 >= c ? 1 : 0) | (v10 >= c ? 2 : 0) | (v11 >= c ? 4 : 0) | (v01 >= c ? 8 : 0);
        if (index == 0 || index == 15) {
            return;
        }
        int bottom = j * (nx - 1) + i;
        int top = (j + 1) * (nx - 1) + i;
        int left = horizontalEdges + j * nx + i;
        int right = horizontalEdges + j * nx + i + 1;
        if (index == 5 || index == 10) {
            boolean centreAbove = (v00 + v10 + v11 + v01) / 4 >= c;
            boolean cutOffBottomRightAndTopLeft = (index == 5) == centreAbove;
            if (cutOffBottomRightAndTopLeft) {
                join(bottom, right);
                join(top, left);
            } else {
                join(left, bottom);
                join(top, right);
            }
            return;
        }
        int first = NONE;
        int second = NONE;
        int[] edges = {bottom, right, top, left};
        boolean[] crossed = {
            (index & 1) != ((index >> 1) & 1),
            ((index >> 1) & 1) != ((index >> 2) & 1),
            ((index >> 2) & 1) != ((index >> 3) & 1),
            ((index >> 3) & 1) != (index & 1)};
        for (int k = 0; k < 4; k++) {
            if (crossed[k]) {
                if (first == NONE) {
                    first = edges[k];
                } else {
                    second = edges[k];
                }
            }
        }
        join(first, second);
    }

    private void join(int e1, int e2) {
        link(e1, e2);
        link(e2, e1);
    }

    private void link(int from, int to) {
        if (linkA[from] == NONE && linkB[from] == NONE) {
            touched[touchedCount++] = from;
        }
        if (linkA[from] == NONE) {
            linkA[from] = to;
        } else {
            linkB[from] = to;
        }
    }

    private List<ContourLine> chain(double level) {
        List<ContourLine> lines = new ArrayList<>();
        // Open lines start at an edge with one neighbour (the domain border or a NaN hole); then loops remain.
        for (int k = 0; k < touchedCount; k++) {
            int edge = touched[k];
            if (linkA[edge] != NONE && linkB[edge] == NONE) {
                lines.add(walk(edge, level, false));
            }
        }
        for (int k = 0; k < touchedCount; k++) {
            int edge = touched[k];
            if (linkA[edge] != NONE) {
                lines.add(walk(edge, level, true));
            }
        }
        return lines;
    }

    private ContourLine walk(int start, double level, boolean closed) {
        DoubleList xs = new DoubleList();
        DoubleList ys = new DoubleList();
        addPoint(start, level, xs, ys);
        int edge = start;
        while (true) {
            int next = linkA[edge];
            if (next == NONE) {
                break;
            }
            unlink(edge, next);
            unlink(next, edge);
            addPoint(next, level, xs, ys);
            if (next == start) {
                break;
            }
            edge = next;
        }
        return new ContourLine(level, xs.toArray(), ys.toArray(), closed);
    }

    private void unlink(int from, int to) {
        if (linkA[from] == to) {
            linkA[from] = linkB[from];
            linkB[from] = NONE;
        } else if (linkB[from] == to) {
            linkB[from] = NONE;
        }
    }

    private void addPoint(int edge, double level, DoubleList xs, DoubleList ys) {
        int i0;
        int j0;
        int i1;
        int j1;
        if (edge < horizontalEdges) {
            j0 = edge / (nx - 1);
            i0 = edge % (nx - 1);
            i1 = i0 + 1;
            j1 = j0;
        } else {
            int v = edge - horizontalEdges;
            j0 = v / nx;
            i0 = v % nx;
            i1 = i0;
            j1 = j0 + 1;
        }
        double a = z[j0 * nx + i0];
        double b = z[j1 * nx + i1];
        double t = a == b ? 0.5 : (level - a) / (b - a);
        xs.add(grid.x(i0) + t * (grid.x(i1) - grid.x(i0)));
        ys.add(grid.y(j0) + t * (grid.y(j1) - grid.y(j0)));
    }

    private static final class DoubleList {
        private double[] data = new double[64];
        private int size;

        void add(double value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
