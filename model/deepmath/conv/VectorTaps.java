package deepmath.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The interior of {@link DirectConvolution} on explicit SIMD registers (the JDK's incubating Vector API). Unlike
 * C2's auto-vectoriser, a vector load may start at any offset of the input, so a kernel row's taps read the input
 * row itself ({@code in[b + v·d + j]}) with no shifted copies (see {@link ShiftedRows}), up to seven taps per pass
 * with the partial sum kept in a register, and the first pass of an output row writes it instead of adding to a
 * zero-filled one. Measured on a 2048² image, one thread: 2.2 / 3.8 / 5.8 ms for k = 3 / 5 / 7 against the copies'
 * 6.1 / 12.3 / 20.6 ms (docs/benchmarks.md).
 *
 * <p>Loaded only through {@link InteriorPath#VECTOR_API}, when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}: without the module this class cannot even be linked.
 */
final class VectorTaps {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** Taps per pass: each tap is one load and one fused multiply-add on the register holding the sum. */
    private static final int PASS = 7;

    private VectorTaps() {
    }

    /**
     * {@code o[ob + j] (= or +=) Σ w[t + v]·in[b + v·d + j]} for j in [0, n) and v in [0, width): one kernel row's
     * taps on one output row; {@code first} writes instead of adding.
     */
    static void row(float[] in, int b, int d, float[] w, int t, int width, float[] o, int ob, int n, boolean first) {
        for (int v = 0; v < width; v += PASS) {
            int g = Math.min(PASS, width - v);
            boolean set = first && v == 0;
            int bound = SPECIES.loopBound(n);
            int from = b + v * d;
            switch (g) {
                case 1:
                    taps1(in, from, d, w, t + v, o, ob, bound, set);
                    break;
                case 2:
                    taps2(in, from, d, w, t + v, o, ob, bound, set);
                    break;
                case 3:
                    taps3(in, from, d, w, t + v, o, ob, bound, set);
                    break;
                case 4:
                    taps4(in, from, d, w, t + v, o, ob, bound, set);
                    break;
                case 5:
                    taps5(in, from, d, w, t + v, o, ob, bound, set);
                    break;
                case 6:
                    taps6(in, from, d, w, t + v, o, ob, bound, set);
                    break;
                case 7:
                    taps7(in, from, d, w, t + v, o, ob, bound, set);
                    break;
                default:
                    throw new IllegalStateException("pass of " + g + " taps");
            }
            tail(in, from, d, w, t + v, g, o, ob, bound, n, set);
        }
    }

    /** The last n mod (vector length) columns, one by one. */
    private static void tail(float[] in, int b, int d, float[] w, int t, int g, float[] o, int ob, int from, int n,
                             boolean set) {
        for (int j = from; j < n; j++) {
            float sum = set ? 0f : o[ob + j];
            for (int v = 0; v < g; v++) {
                sum += w[t + v] * in[b + v * d + j];
            }
            o[ob + j] = sum;
        }
    }

    private static FloatVector start(float[] o, int at, boolean set) {
        return set ? FloatVector.zero(SPECIES) : FloatVector.fromArray(SPECIES, o, at);
    }

    private static void taps1(float[] in, int b, int d, float[] w, int t, float[] o, int ob, int bound, boolean set) {
        FloatVector w0 = FloatVector.broadcast(SPECIES, w[t + 0]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w0, acc);
            acc.intoArray(o, ob + j);
        }
    }

    private static void taps2(float[] in, int b, int d, float[] w, int t, float[] o, int ob, int bound, boolean set) {
        FloatVector w0 = FloatVector.broadcast(SPECIES, w[t + 0]);
        FloatVector w1 = FloatVector.broadcast(SPECIES, w[t + 1]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w0, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + d).fma(w1, acc);
            acc.intoArray(o, ob + j);
        }
    }

    private static void taps3(float[] in, int b, int d, float[] w, int t, float[] o, int ob, int bound, boolean set) {
        FloatVector w0 = FloatVector.broadcast(SPECIES, w[t + 0]);
        FloatVector w1 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w2 = FloatVector.broadcast(SPECIES, w[t + 2]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w0, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + d).fma(w1, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w2, acc);
            acc.intoArray(o, ob + j);
        }
    }

    private static void taps4(float[] in, int b, int d, float[] w, int t, float[] o, int ob, int bound, boolean set) {
        FloatVector w0 = FloatVector.broadcast(SPECIES, w[t + 0]);
        FloatVector w1 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w2 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w3 = FloatVector.broadcast(SPECIES, w[t + 3]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w0, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + d).fma(w1, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w2, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w3, acc);
            acc.intoArray(o, ob + j);
        }
    }

    private static void taps5(float[] in, int b, int d, float[] w, int t, float[] o, int ob, int bound, boolean set) {
        FloatVector w0 = FloatVector.broadcast(SPECIES, w[t + 0]);
        FloatVector w1 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w2 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w3 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w4 = FloatVector.broadcast(SPECIES, w[t + 4]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w0, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + d).fma(w1, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w2, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w3, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w4, acc);
            acc.intoArray(o, ob + j);
        }
    }

    private static void taps6(float[] in, int b, int d, float[] w, int t, float[] o, int ob, int bound, boolean set) {
        FloatVector w0 = FloatVector.broadcast(SPECIES, w[t + 0]);
        FloatVector w1 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w2 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w3 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w4 = FloatVector.broadcast(SPECIES, w[t + 4]);
        FloatVector w5 = FloatVector.broadcast(SPECIES, w[t + 5]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w0, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + d).fma(w1, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w2, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w3, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w4, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 5 * d).fma(w5, acc);
            acc.intoArray(o, ob + j);
        }
    }

    private static void taps7(float[] in, int b, int d, float[] w, int t, float[] o, int ob, int bound, boolean set) {
        FloatVector w0 = FloatVector.broadcast(SPECIES, w[t + 0]);
        FloatVector w1 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w2 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w3 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w4 = FloatVector.broadcast(SPECIES, w[t + 4]);
        FloatVector w5 = FloatVector.broadcast(SPECIES, w[t + 5]);
        FloatVector w6 = FloatVector.broadcast(SPECIES, w[t + 6]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w0, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + d).fma(w1, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w2, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w3, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w4, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 5 * d).fma(w5, acc);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 6 * d).fma(w6, acc);
            acc.intoArray(o, ob + j);
        }
    }
}
