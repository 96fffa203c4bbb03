package deepmath.conv;

/**
 * The interior of {@link DirectConvolution} on explicit SIMD registers (the JDK's incubating Vector API). Unlike
 * C2's auto-vectoriser, a vector load may start at any offset of the input, so the taps read the input rows
 * themselves ({@code in[b + v·d + j]}) with no shifted copies (see {@link ShiftedRows}), a block of up to 3 kernel
 * rows × 7 taps per pass with the sum in a register ({@link VectorTapBlocks}), and the first pass of an output row
 * writes it instead of adding to a zero-filled one. On a 2048² image, one thread, a micro loop of this interior
 * took 1.8 / 3.2 / 5.4 ms for k = 3 / 5 / 7 (shared machine, load ~10) where the copies' took 6.1 / 12.3 /
 * 20.6 ms idle (docs/benchmarks.md, "five taps per pass").
 *
 * <p>Loaded only through {@link InteriorPath#VECTOR_API}, when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}: without the module this class cannot even be linked.
 */
final class VectorTaps {
    /** Taps per kernel row in one block: more would spill the weights out of the 16 or 32 vector registers. */
    private static final int TAPS = 7;

    private VectorTaps() {
    }

    /**
     * {@code o[ob + j] (= or +=) Σ w[t + q·width + v]·in[b + q·rowStep + v·d + j]} for j in [0, n), q in [0, rows)
     * and v in [0, width): {@code rows} consecutive kernel rows (input rows {@code rowStep} floats apart) on one output
     * row; {@code first} writes instead of adding.
     */
    static void rows(float[] in, int b, int rowStep, int rows, int d, float[] w, int t, int width, float[] o, int ob,
                     int n, boolean first) {
        int bound = VectorTapBlocks.SPECIES.loopBound(n);
        boolean set = first;
        for (int v = 0; v < width; v += TAPS) {
            int g = Math.min(TAPS, width - v);
            int step = VectorTapBlocks.rowsPerBlock(g);
            for (int q = 0; q < rows; q += step) {
                int r = Math.min(step, rows - q);
                int from = b + q * rowStep + v * d;
                int tap = t + q * width + v;
                VectorTapBlocks.block(r, g, in, from, rowStep, d, w, tap, width, o, ob, bound, set);
                tail(in, from, rowStep, r, d, w, tap, width, g, o, ob, bound, n, set);
                set = false;
            }
        }
    }

    /** The last n mod (vector length) columns of a block, one by one. */
    private static void tail(float[] in, int b, int rowStep, int r, int d, float[] w, int t, int width, int g,
                             float[] o, int ob, int from, int n, boolean set) {
        for (int j = from; j < n; j++) {
            float sum = set ? 0f : o[ob + j];
            for (int q = 0; q < r; q++) {
                for (int v = 0; v < g; v++) {
                    sum += w[t + q * width + v] * in[b + q * rowStep + v * d + j];
                }
            }
            o[ob + j] = sum;
        }
    }
}
