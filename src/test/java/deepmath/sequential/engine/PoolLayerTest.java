package deepmath.sequential.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 2 × 2 max pooling, written out for speed in {@link PoolLayer}, against the literal definition: each output is the
 * largest of its block, the first in reading order among equals, and the backward pass sends each output's gradient
 * to that one input (zeros elsewhere, the rows and columns of odd sides included).
 */
class PoolLayerTest {

    /** The definition, one example of c planes h × w. */
    private static void literal(double[] in, int h, int w, int c, double[] out, double[] dOut, double[] dIn) {
        int oh = h / 2;
        int ow = w / 2;
        java.util.Arrays.fill(dIn, 0);
        for (int ch = 0; ch < c; ch++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    int best = -1;
                    for (int u = 0; u < 2; u++) {
                        for (int v = 0; v < 2; v++) {
                            int at = ch * h * w + (2 * y + u) * w + 2 * x + v;
                            if (best < 0 || in[at] > in[best]) {
                                best = at;
                            }
                        }
                    }
                    int o = (ch * oh + y) * ow + x;
                    out[o] = in[best];
                    dIn[best] += dOut[o];
                }
            }
        }
    }

    private static void check(int h, int w, int c, int n, boolean ties, SplittableRandom r) {
        PoolLayer layer = new PoolLayer(h, w, c, 2, true);
        int is = layer.inputSize();
        int os = layer.outputSize();
        double[] in = new double[n * is];
        for (int i = 0; i < in.length; i++) {
            // ties: a few levels only, so that equal maxima are frequent
            in[i] = ties ? r.nextInt(3) - 1 : r.nextDouble() - 0.5;
        }
        double[] dOut = new double[n * os];
        for (int i = 0; i < dOut.length; i++) {
            dOut[i] = r.nextDouble() - 0.5;
        }
        Layer.BatchPass pass = layer.newBatchPass(true, n);
        double[] out = new double[n * os];
        double[] dIn = new double[n * is];
        java.util.Arrays.fill(dIn, 9);   // overwritten, not added to
        pass.forward(null, 0, in, out, n, null);
        pass.backward(null, 0, in, out, dOut, n, false, null, dIn);
        for (int b = 0; b < n; b++) {
            double[] wantOut = new double[os];
            double[] wantDIn = new double[is];
            literal(java.util.Arrays.copyOfRange(in, b * is, (b + 1) * is), h, w, c, wantOut,
                    java.util.Arrays.copyOfRange(dOut, b * os, (b + 1) * os), wantDIn);
            String name = h + "×" + w + "×" + c + " example " + b + (ties ? " ties" : "");
            assertArrayEquals(wantOut, java.util.Arrays.copyOfRange(out, b * os, (b + 1) * os), name + " out");
            assertArrayEquals(wantDIn, java.util.Arrays.copyOfRange(dIn, b * is, (b + 1) * is), name + " ∂L/∂in");
        }
    }

    @Test
    void twoByTwoMaximaAndTheirGradientsAreTheDefinitions() {
        SplittableRandom r = new SplittableRandom(11);
        check(28, 28, 8, 3, false, r);    // the digit CNN's first pooling
        check(14, 14, 16, 2, false, r);
        check(7, 9, 3, 2, false, r);      // odd sides: the last row and column belong to no block
        check(6, 6, 2, 4, true, r);       // equal maxima: the first in reading order wins
        check(5, 4, 1, 1, true, r);
    }

    @Test
    void aSinglePassEqualsTheChunkPass() {
        PoolLayer layer = new PoolLayer(6, 8, 2, 2, true);
        SplittableRandom r = new SplittableRandom(12);
        double[] in = new double[layer.inputSize()];
        for (int i = 0; i < in.length; i++) {
            in[i] = r.nextDouble();
        }
        double[] one = new double[layer.outputSize()];
        double[] chunk = new double[layer.outputSize()];
        layer.newPass().forward(null, 0, in, one, null);
        layer.newBatchPass(false, 1).forward(null, 0, in, chunk, 1, null);
        assertArrayEquals(one, chunk);
        assertEquals(24, one.length);
    }
}
