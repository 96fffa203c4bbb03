package deepmath.conv;

/**
 * Convolution and correlation of signals (book chapter 11), in doubles: moving averages, smoothing, and the
 * product of polynomials. Same conventions as the 2-D case (see {@link AxisGeometry}): for 'same' output,
 * {@code numpy.convolve(x, m, 'same')}.
 */
public final class Convolution1D {
    private Convolution1D() {
    }

    public static double[] apply(double[] signal, double[] kernel, ConvolutionSpec spec) {
        if (signal.length == 0 || kernel.length == 0) {
            throw new deepmath.core.BadInputException(ConvProblem.SIGNAL_EMPTY);
        }
        AxisGeometry axis = AxisGeometry.of(signal.length, kernel.length, spec);
        if (axis.count() < 1) {
            throw new deepmath.core.BadInputException(ConvProblem.SIGNAL_TOO_SHORT);
        }
        double[] sliding = new double[kernel.length];
        for (int u = 0; u < kernel.length; u++) {
            sliding[u] = spec.operation() == Operation.CONVOLUTION ? kernel[kernel.length - 1 - u] : kernel[u];
        }
        double[] out = new double[axis.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = term(signal, sliding, axis, spec.padding(), k);
        }
        return out;
    }

    /** Output k: Σ over the taps of the kernel as slid times the (padded) signal. */
    private static double term(double[] x, double[] sliding, AxisGeometry axis, Padding padding, int k) {
        double sum = 0;
        for (int u = 0; u < sliding.length; u++) {
            int i = padding.index(axis.input(k, u), x.length);
            if (i >= 0) {
                sum += sliding[u] * x[i];
            }
        }
        return sum;
    }

    /** The moving average over {@code width} samples: the kernel (1/width, …, 1/width). */
    public static double[] movingAverage(int width) {
        double[] kernel = new double[width];
        java.util.Arrays.fill(kernel, 1.0 / width);
        return kernel;
    }
}
