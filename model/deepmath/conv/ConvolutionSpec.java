package deepmath.conv;

import deepmath.core.BadInputException;

/**
 * How a kernel is applied: convolution or correlation, output size, padding, stride and dilation (the same
 * on both axes). {@link #BOOK} is the book's convention: convolution, 'same', zero padding, stride 1.
 */
public record ConvolutionSpec(Operation operation, OutputSize size, Padding padding, int stride, int dilation) {
    public static final ConvolutionSpec BOOK =
            new ConvolutionSpec(Operation.CONVOLUTION, OutputSize.SAME, Padding.ZERO, 1, 1);
    /** A stride or dilation larger than this is certainly a typing mistake. */
    public static final int MAX_STEP = 64;

    public ConvolutionSpec {
        if (stride < 1 || stride > MAX_STEP) {
            throw new BadInputException(ConvProblem.STRIDE, MAX_STEP, stride);
        }
        if (dilation < 1 || dilation > MAX_STEP) {
            throw new BadInputException(ConvProblem.DILATION, MAX_STEP, dilation);
        }
    }

    public ConvolutionSpec withOperation(Operation value) {
        return new ConvolutionSpec(value, size, padding, stride, dilation);
    }

    public ConvolutionSpec withSize(OutputSize value) {
        return new ConvolutionSpec(operation, value, padding, stride, dilation);
    }

    public ConvolutionSpec withPadding(Padding value) {
        return new ConvolutionSpec(operation, size, value, stride, dilation);
    }

    public ConvolutionSpec withStride(int value) {
        return new ConvolutionSpec(operation, size, padding, value, dilation);
    }

    public ConvolutionSpec withDilation(int value) {
        return new ConvolutionSpec(operation, size, padding, stride, value);
    }

    /**
     * The kernel as it is slid over the input (rotated by 180° for a convolution). Every engine computes the
     * correlation with this kernel: out(i, j) = Σ K'(u, v)·in(origin + i·stride + u·dilation, ...).
     */
    public Kernel slidingKernel(Kernel kernel) {
        return operation == Operation.CONVOLUTION ? kernel.flipped() : kernel;
    }

    /** The row and column geometry of applying a rows × cols kernel to a rows × cols input. */
    public AxisGeometry rowGeometry(int inputRows, Kernel kernel) {
        return AxisGeometry.of(inputRows, kernel.rows(), this);
    }

    public AxisGeometry colGeometry(int inputCols, Kernel kernel) {
        return AxisGeometry.of(inputCols, kernel.cols(), this);
    }

    static void requireOutput(AxisGeometry rows, AxisGeometry cols) {
        if (rows.count() < 1 || cols.count() < 1) {
            throw new BadInputException(ConvProblem.NO_OUTPUT);
        }
    }
}
