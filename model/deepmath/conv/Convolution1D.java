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

    /** One tap of output k's window: the signal index read (possibly outside), the value there, the weight as slid. */
    public record Tap(int index, double value, double weight) {
    }

    /** The window of output k: what the signal tab draws and writes out (kernels of any length, unlike 2-D). */
    public static java.util.List<Tap> window(double[] signal, double[] kernel, ConvolutionSpec spec, int k) {
        AxisGeometry axis = AxisGeometry.of(signal.length, kernel.length, spec);
        java.util.List<Tap> taps = new java.util.ArrayList<>(kernel.length);
        for (int u = 0; u < kernel.length; u++) {
            int i = axis.input(k, u);
            int source = spec.padding().index(i, signal.length);
            double w = spec.operation() == Operation.CONVOLUTION ? kernel[kernel.length - 1 - u] : kernel[u];
            taps.add(new Tap(i, source < 0 ? 0 : signal[source], w));
        }
        return taps;
    }

    /**
     * The wiring of a 1-D convolution layer (the book's figure, chapter 11 §3): links[k][u] is the input that
     * kernel weight u (in the kernel's own order, before any flip) multiplies in output neuron k, or −1 where the
     * window meets a virtual zero (the edge neurons have fewer arrows).
     */
    public static int[][] links(int signalLength, int kernelLength, ConvolutionSpec spec) {
        AxisGeometry axis = AxisGeometry.of(signalLength, kernelLength, spec);
        int[][] links = new int[axis.count()][kernelLength];
        for (int k = 0; k < links.length; k++) {
            for (int t = 0; t < kernelLength; t++) {
                int u = spec.operation() == Operation.CONVOLUTION ? kernelLength - 1 - t : t;
                links[k][u] = spec.padding().index(axis.input(k, t), signalLength);
            }
        }
        return links;
    }

    /** The signal index output k is drawn above: the one under the kernel's anchor tap (its centre). */
    public static int anchor(int signalLength, int kernelLength, ConvolutionSpec spec, int k) {
        int u = spec.operation() == Operation.CONVOLUTION ? kernelLength / 2 : (kernelLength - 1) / 2;
        return AxisGeometry.of(signalLength, kernelLength, spec).input(k, u);
    }

    /** The moving average over {@code width} samples: the kernel (1/width, …, 1/width). */
    public static double[] movingAverage(int width) {
        double[] kernel = new double[width];
        java.util.Arrays.fill(kernel, 1.0 / width);
        return kernel;
    }
}
