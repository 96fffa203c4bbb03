package deepmath.conv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The passes of {@link VectorTaps}, one method per block of r kernel rows × g taps (r ≤ 3, g ≤ 7, r·g ≤ 15): the
 * block's weights stay in registers, each tap is one load at its offset and one fused multiply-add, and the output is
 * loaded (or, for the first block, not) and stored once per block. Written out per shape because C2 (JDK 17) keeps a
 * vector in a register only within straight-line code: the same taps in a loop over the kernel box the sum on every
 * iteration (a generic loop measured 30–90 ms against 2–6 ms). Blocks of three rows beat one row per pass by 13–17 %
 * for 3×3 and 5×5 on a 2048² image (one thread) where the CPU has 32 vector registers.
 * <p>
 * Each output vector is summed in two registers, the block's taps taken alternately, and added once at the end: a
 * multiply-add waits 4–5 cycles for the previous one into the same register, so one sum makes a block's taps one
 * chain of dependent instructions and leaves the core's second multiply-add unit idle unless many columns are in
 * flight at once. On an AMD EPYC Zen 3 (AVX2, 2 threads, 2048², same minute): 5×5 8.4–9.0 → 6.6–7.6 ms, 7×7
 * 9.9 → 9.4 ms (docs/benchmarks.md, "A new machine kind, M4", convolution on 16 vector registers).
 */
final class VectorTapBlocks {
    /**
     * At most 256 bits, whatever the kernel width, even where the CPU has 512-bit registers. Nearly every tap
     * load starts off a 64-byte boundary (offsets +1, +2, ... floats), so a 512-bit load splits a cache line
     * every time and a 256-bit load only half the time; a core that runs AVX-512 on 256-bit units (AMD Zen 4)
     * gets nothing back in multiply-adds. On the lab's AMD EPYC (avx512f, one thread, 2048² grey, load ~5), A/B in
     * the same minute: k3 2.06–2.18 against 2.25–2.45 ms, k5 4.20–4.69 against 4.59–4.89 ms, k7 8.26–9.07
     * against 8.67–9.18 ms (RGB k5 13.5 against 14.1, k7 25.6–26.9 against 26.4–27.3 ms): no width up to 7
     * taps per pass (wider kernels reuse those blocks) where 512 bits won, hence no rule by width.
     */
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED.vectorBitSize() > 256
            ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;

    private VectorTapBlocks() {
    }

    /**
     * Vector registers the JIT can allocate: 32 with AVX-512 (its EVEX encoding doubles the 16 of AVX2), taken as 16
     * elsewhere (a 128-bit NEON core has 32: the smaller blocks there only cost a few more output loads).
     */
    static final int REGISTERS = FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 512 ? 32 : 16;

    /** The most kernel rows a block of {@code taps} taps per row holds on this machine. */
    static int rowsPerBlock(int taps) {
        return rowsPerBlock(taps, REGISTERS);
    }

    /**
     * The most kernel rows a block of {@code taps} taps per row holds with {@code registers} vector registers. With
     * 32, up to 15 weights (measured on Zen 4: 3 rows up to 5 taps, then 2). With 16, the weights plus the two sums
     * and the loaded taps must fit, so at most 10 weights: 2×7 and 3×5 blocks spilled weights to the stack on every
     * column (Zen 3, 2048² grey, same minute: 7×7 13.4–13.8 → 9.8–11.5 ms with one row of 7, 5×5 9.7 → 8.2 ms with
     * two rows of 5).
     */
    static int rowsPerBlock(int taps, int registers) {
        if (registers >= 32) {
            return taps <= 5 ? 3 : 2;
        }
        return taps <= 3 ? 3 : taps <= 5 ? 2 : 1;
    }

    /**
     * {@code o[ob + j] (= or +=) Σ_{q<r, v<g} w[t + q·kCols + v]·in[b + q·rowStep + v·d + j]} for j in [0, bound),
     * bound a multiple of the vector length.
     */
    static void block(int r, int g, float[] in, int b, int rowStep, int d, float[] w, int t, int kCols,
                      float[] o, int ob, int bound, boolean set) {
        switch (r * 8 + g) {
            case 9:
                b1x1(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 10:
                b1x2(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 11:
                b1x3(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 12:
                b1x4(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 13:
                b1x5(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 14:
                b1x6(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 15:
                b1x7(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 17:
                b2x1(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 18:
                b2x2(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 19:
                b2x3(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 20:
                b2x4(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 21:
                b2x5(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 22:
                b2x6(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 23:
                b2x7(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 25:
                b3x1(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 26:
                b3x2(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 27:
                b3x3(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 28:
                b3x4(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            case 29:
                b3x5(in, b, rowStep, d, w, t, kCols, o, ob, bound, set);
                break;
            default:
                throw new IllegalArgumentException("no block of " + r + " x " + g + " taps");
        }
    }

    private static FloatVector start(float[] o, int at, boolean set) {
        return set ? FloatVector.zero(SPECIES) : FloatVector.fromArray(SPECIES, o, at);
    }

    private static void b1x1(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            acc.intoArray(o, ob + j);
        }
    }

    private static void b1x2(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b1x3(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b1x4(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b1x5(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w04 = FloatVector.broadcast(SPECIES, w[t + 4]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w04, acc);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b1x6(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w04 = FloatVector.broadcast(SPECIES, w[t + 4]);
        FloatVector w05 = FloatVector.broadcast(SPECIES, w[t + 5]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w04, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 5 * d).fma(w05, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b1x7(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w04 = FloatVector.broadcast(SPECIES, w[t + 4]);
        FloatVector w05 = FloatVector.broadcast(SPECIES, w[t + 5]);
        FloatVector w06 = FloatVector.broadcast(SPECIES, w[t + 6]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w04, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 5 * d).fma(w05, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 6 * d).fma(w06, acc);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b2x1(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b1 + j).mul(w10);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b2x2(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b2x3(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        FloatVector w12 = FloatVector.broadcast(SPECIES, w[t + kCols + 2]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 2 * d).fma(w12, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b2x4(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        FloatVector w12 = FloatVector.broadcast(SPECIES, w[t + kCols + 2]);
        FloatVector w13 = FloatVector.broadcast(SPECIES, w[t + kCols + 3]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + 2 * d).fma(w12, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 3 * d).fma(w13, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b2x5(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w04 = FloatVector.broadcast(SPECIES, w[t + 4]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        FloatVector w12 = FloatVector.broadcast(SPECIES, w[t + kCols + 2]);
        FloatVector w13 = FloatVector.broadcast(SPECIES, w[t + kCols + 3]);
        FloatVector w14 = FloatVector.broadcast(SPECIES, w[t + kCols + 4]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w04, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 2 * d).fma(w12, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + 3 * d).fma(w13, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 4 * d).fma(w14, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b2x6(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w04 = FloatVector.broadcast(SPECIES, w[t + 4]);
        FloatVector w05 = FloatVector.broadcast(SPECIES, w[t + 5]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        FloatVector w12 = FloatVector.broadcast(SPECIES, w[t + kCols + 2]);
        FloatVector w13 = FloatVector.broadcast(SPECIES, w[t + kCols + 3]);
        FloatVector w14 = FloatVector.broadcast(SPECIES, w[t + kCols + 4]);
        FloatVector w15 = FloatVector.broadcast(SPECIES, w[t + kCols + 5]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w04, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 5 * d).fma(w05, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + 2 * d).fma(w12, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 3 * d).fma(w13, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + 4 * d).fma(w14, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 5 * d).fma(w15, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b2x7(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w04 = FloatVector.broadcast(SPECIES, w[t + 4]);
        FloatVector w05 = FloatVector.broadcast(SPECIES, w[t + 5]);
        FloatVector w06 = FloatVector.broadcast(SPECIES, w[t + 6]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        FloatVector w12 = FloatVector.broadcast(SPECIES, w[t + kCols + 2]);
        FloatVector w13 = FloatVector.broadcast(SPECIES, w[t + kCols + 3]);
        FloatVector w14 = FloatVector.broadcast(SPECIES, w[t + kCols + 4]);
        FloatVector w15 = FloatVector.broadcast(SPECIES, w[t + kCols + 5]);
        FloatVector w16 = FloatVector.broadcast(SPECIES, w[t + kCols + 6]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w04, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 5 * d).fma(w05, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 6 * d).fma(w06, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 2 * d).fma(w12, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + 3 * d).fma(w13, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 4 * d).fma(w14, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + 5 * d).fma(w15, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 6 * d).fma(w16, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b3x1(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        int b2 = b + 2 * rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w20 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b1 + j).mul(w10);
            acc = FloatVector.fromArray(SPECIES, in, b2 + j).fma(w20, acc);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b3x2(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        int b2 = b + 2 * rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        FloatVector w20 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols]);
        FloatVector w21 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 1]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b2 + j).fma(w20, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b2 + j + d).fma(w21, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b3x3(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        int b2 = b + 2 * rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        FloatVector w12 = FloatVector.broadcast(SPECIES, w[t + kCols + 2]);
        FloatVector w20 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols]);
        FloatVector w21 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 1]);
        FloatVector w22 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 2]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 2 * d).fma(w12, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b2 + j).fma(w20, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b2 + j + d).fma(w21, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b2 + j + 2 * d).fma(w22, acc);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b3x4(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        int b2 = b + 2 * rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        FloatVector w12 = FloatVector.broadcast(SPECIES, w[t + kCols + 2]);
        FloatVector w13 = FloatVector.broadcast(SPECIES, w[t + kCols + 3]);
        FloatVector w20 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols]);
        FloatVector w21 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 1]);
        FloatVector w22 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 2]);
        FloatVector w23 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 3]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + 2 * d).fma(w12, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 3 * d).fma(w13, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b2 + j).fma(w20, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b2 + j + d).fma(w21, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b2 + j + 2 * d).fma(w22, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b2 + j + 3 * d).fma(w23, acc1);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }

    private static void b3x5(float[] in, int b, int rowStep, int d, float[] w, int t, int kCols, float[] o, int ob,
                               int bound, boolean set) {
        int b1 = b + rowStep;
        int b2 = b + 2 * rowStep;
        FloatVector w00 = FloatVector.broadcast(SPECIES, w[t]);
        FloatVector w01 = FloatVector.broadcast(SPECIES, w[t + 1]);
        FloatVector w02 = FloatVector.broadcast(SPECIES, w[t + 2]);
        FloatVector w03 = FloatVector.broadcast(SPECIES, w[t + 3]);
        FloatVector w04 = FloatVector.broadcast(SPECIES, w[t + 4]);
        FloatVector w10 = FloatVector.broadcast(SPECIES, w[t + kCols]);
        FloatVector w11 = FloatVector.broadcast(SPECIES, w[t + kCols + 1]);
        FloatVector w12 = FloatVector.broadcast(SPECIES, w[t + kCols + 2]);
        FloatVector w13 = FloatVector.broadcast(SPECIES, w[t + kCols + 3]);
        FloatVector w14 = FloatVector.broadcast(SPECIES, w[t + kCols + 4]);
        FloatVector w20 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols]);
        FloatVector w21 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 1]);
        FloatVector w22 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 2]);
        FloatVector w23 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 3]);
        FloatVector w24 = FloatVector.broadcast(SPECIES, w[t + 2 * kCols + 4]);
        for (int j = 0; j < bound; j += SPECIES.length()) {
            FloatVector acc = start(o, ob + j, set);
            acc = FloatVector.fromArray(SPECIES, in, b + j).fma(w00, acc);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, in, b + j + d).mul(w01);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 2 * d).fma(w02, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b + j + 3 * d).fma(w03, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b + j + 4 * d).fma(w04, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j).fma(w10, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + d).fma(w11, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 2 * d).fma(w12, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b1 + j + 3 * d).fma(w13, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b1 + j + 4 * d).fma(w14, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b2 + j).fma(w20, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b2 + j + d).fma(w21, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b2 + j + 2 * d).fma(w22, acc);
            acc1 = FloatVector.fromArray(SPECIES, in, b2 + j + 3 * d).fma(w23, acc1);
            acc = FloatVector.fromArray(SPECIES, in, b2 + j + 4 * d).fma(w24, acc);
            acc.add(acc1).intoArray(o, ob + j);
        }
    }
}
