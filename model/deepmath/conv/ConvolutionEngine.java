package deepmath.conv;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Applies a kernel to a matrix under a {@link ConvolutionSpec}. Two implementations compute the same thing:
 * {@link DirectConvolution} (a float kernel in plain Java, the fast path the lab uses) and
 * {@link Nd4jConvolution} (ND4J's native conv2d op).
 */
public interface ConvolutionEngine {

    /** The output's shape for this input, kernel and spec; refuses a 'valid' output with no cell. */
    static int[] outputShape(int inputRows, int inputCols, Kernel kernel, ConvolutionSpec spec) {
        AxisGeometry rows = spec.rowGeometry(inputRows, kernel);
        AxisGeometry cols = spec.colGeometry(inputCols, kernel);
        ConvolutionSpec.requireOutput(rows, cols);
        return new int[] {rows.count(), cols.count()};
    }

    /** Writes the result into {@code out}, which must have {@link #outputShape}; returns it. */
    Plane apply(Plane input, Kernel kernel, ConvolutionSpec spec, Plane out);

    /** The result in a new plane. */
    default Plane apply(Plane input, Kernel kernel, ConvolutionSpec spec) {
        int[] shape = outputShape(input.rows(), input.cols(), kernel, spec);
        return apply(input, kernel, spec, Plane.zeros(shape[0], shape[1]));
    }

    /** The same on ND4J matrices (rank 2, any data type): a float32 result. */
    default INDArray apply(INDArray input, Kernel kernel, ConvolutionSpec spec) {
        return apply(Plane.fromNd4j(input), kernel, spec).toNd4j();
    }

    static void checkOutput(Plane input, Kernel kernel, ConvolutionSpec spec, Plane out) {
        int[] shape = outputShape(input.rows(), input.cols(), kernel, spec);
        if (out.rows() != shape[0] || out.cols() != shape[1]) {
            throw new IllegalArgumentException("output is " + out.rows() + "x" + out.cols() + ", expected "
                    + shape[0] + "x" + shape[1]);
        }
    }
}
