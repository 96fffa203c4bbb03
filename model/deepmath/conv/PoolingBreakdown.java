package deepmath.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * How one cell of a pooled matrix is computed — the book's figure (chapter 12, §1.2): the size × size block
 * of the input it comes from, the values in it, and their maximum or mean.
 *
 * @param firstRow the block's first input row
 * @param firstCol the block's first input column
 * @param values   the block's values, row by row
 */
public record PoolingBreakdown(int row, int col, int firstRow, int firstCol, int size, List<Double> values,
                               Pooling.Kind kind, double result) {

    public static PoolingBreakdown of(Plane input, Pooling pooling, int row, int col) {
        int rows = pooling.outputLength(input.rows());
        int cols = pooling.outputLength(input.cols());
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IllegalArgumentException("no pooled cell (" + row + ", " + col + ")");
        }
        int r0 = row * pooling.stride();
        int c0 = col * pooling.stride();
        List<Double> values = new ArrayList<>();
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int u = 0; u < pooling.size(); u++) {
            for (int v = 0; v < pooling.size(); v++) {
                double x = input.get(r0 + u, c0 + v);
                values.add(x);
                max = Math.max(max, x);
                sum += x;
            }
        }
        double result = pooling.kind() == Pooling.Kind.MAX ? max : sum / values.size();
        return new PoolingBreakdown(row, col, r0, c0, pooling.size(), List.copyOf(values), pooling.kind(), result);
    }

    /** The sum of the block's values (the numerator of the mean). */
    public double sum() {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
