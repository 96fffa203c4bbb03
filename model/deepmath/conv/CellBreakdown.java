package deepmath.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * How one output cell is computed — the book's figure: the kernel (flipped for a convolution) laid over the
 * padded input, each tap's product, and their sum. The matrix stepper and the pixel inspector draw this.
 *
 * @param terms one per kernel tap, row by row of the kernel as slid
 */
public record CellBreakdown(int row, int col, List<Term> terms, double sum) {

    /**
     * One tap: input index (row, col) possibly outside the input, the value read there (from the padding when
     * outside), the weight of the kernel as slid, and their product.
     */
    public record Term(int inputRow, int inputCol, boolean inside, double value, double weight) {
        public double product() {
            return value * weight;
        }
    }

    /** Explains output cell (row, col) of applying {@code kernel} to {@code input} under {@code spec}. */
    public static CellBreakdown of(Plane input, Kernel kernel, ConvolutionSpec spec, int row, int col) {
        AxisGeometry rows = spec.rowGeometry(input.rows(), kernel);
        AxisGeometry cols = spec.colGeometry(input.cols(), kernel);
        if (row < 0 || row >= rows.count() || col < 0 || col >= cols.count()) {
            throw new IllegalArgumentException("no output cell (" + row + ", " + col + ")");
        }
        Kernel sliding = spec.slidingKernel(kernel);
        List<Term> terms = new ArrayList<>(kernel.rows() * kernel.cols());
        double sum = 0;
        for (int u = 0; u < sliding.rows(); u++) {
            int r = rows.input(row, u);
            int sr = spec.padding().index(r, input.rows());
            for (int v = 0; v < sliding.cols(); v++) {
                int c = cols.input(col, v);
                int sc = spec.padding().index(c, input.cols());
                boolean inside = r >= 0 && r < input.rows() && c >= 0 && c < input.cols();
                double value = sr < 0 || sc < 0 ? 0 : input.get(sr, sc);
                Term term = new Term(r, c, inside, value, sliding.get(u, v));
                terms.add(term);
                sum += term.product();
            }
        }
        return new CellBreakdown(row, col, List.copyOf(terms), sum);
    }

    /** The input cell under the kernel's anchor (the tap the output is "centred" on). */
    public Term anchor(Kernel kernel, ConvolutionSpec spec) {
        int u = spec.operation() == Operation.CONVOLUTION ? kernel.rows() / 2 : (kernel.rows() - 1) / 2;
        int v = spec.operation() == Operation.CONVOLUTION ? kernel.cols() / 2 : (kernel.cols() - 1) / 2;
        return terms.get(u * kernel.cols() + v);
    }
}
