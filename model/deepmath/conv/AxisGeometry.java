package deepmath.conv;

/**
 * Where the sliding kernel sits along one axis. Output k reads the inputs
 * {@code origin + k·stride + u·dilation} for the taps u = 0 … m − 1 (of the kernel as slid, see
 * {@link ConvolutionSpec#slidingKernel}); indices outside [0, n) come from the padding.
 *
 * <p>'same' is aligned like {@code scipy.signal.convolve2d(mode='same')}: for an odd kernel the centre tap
 * sits on the output's own input; for an even kernel a convolution behaves as if the kernel were padded with
 * a zero on the left/top to odd size then flipped (the book's rule), and a correlation anchors at tap
 * (m − 1)/2 rounded down, like {@code scipy.signal.correlate2d} and Keras.
 *
 * @param interiorStart first output whose taps all fall inside the input
 * @param interiorEnd   one past the last such output (equal to interiorStart when there is none)
 */
public record AxisGeometry(int n, int m, int stride, int dilation, int count, int origin,
                           int interiorStart, int interiorEnd) {

    public static AxisGeometry of(int n, int m, ConvolutionSpec spec) {
        int s = spec.stride();
        int d = spec.dilation();
        int extent = d * (m - 1) + 1;
        int unitCount;
        int origin;
        switch (spec.size()) {
            case VALID:
                unitCount = Math.max(0, n - extent + 1);
                origin = 0;
                break;
            case FULL:
                unitCount = n + extent - 1;
                origin = -(extent - 1);
                break;
            default:
                int anchor = spec.operation() == Operation.CONVOLUTION ? m / 2 : (m - 1) / 2;
                unitCount = n;
                origin = -anchor * d;
                break;
        }
        // The stride keeps outputs 0, s, 2s, ... of the stride-1 result.
        int count = (unitCount + s - 1) / s;
        int start = origin >= 0 ? 0 : ceilDiv(-origin, s);
        int lastStartInside = n - extent - origin; // origin + k·s ≤ n − extent
        int end = lastStartInside < 0 ? 0 : lastStartInside / s + 1;
        start = Math.min(start, count);
        end = Math.max(start, Math.min(end, count));
        return new AxisGeometry(n, m, s, d, count, origin, start, end);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** The input index read by output k through tap u (possibly outside [0, n)). */
    public int input(int k, int u) {
        return origin + k * stride + u * dilation;
    }
}
