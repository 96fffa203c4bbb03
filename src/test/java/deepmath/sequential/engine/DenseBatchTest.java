package deepmath.sequential.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nn.Activation;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A chunk cut into passes between {@link Layer.BatchPass#beginChunk} and {@link Layer.BatchPass#endChunk} (W kept in
 * OpenBLAS's memory, ∂L/∂W summed there by the products) against the same examples in one pass that adds into g
 * itself, and against the examples one by one through the per-example pass.
 */
class DenseBatchTest {

    @Test
    void passesOfAChunkSumTheGradientOfOnePassAndOfTheExamples() {
        DenseLayer layer = new DenseLayer(37, 6, Activation.RELU);
        SplittableRandom r = new SplittableRandom(21);
        int off = 3;
        int n = 11;
        double[] p = new double[off + layer.parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = r.nextDouble() - 0.5;
        }
        double[] in = new double[n * 37];
        double[] dOut = new double[n * 6];
        for (int i = 0; i < in.length; i++) {
            in[i] = r.nextDouble() - 0.5;
        }
        for (int i = 0; i < dOut.length; i++) {
            dOut[i] = r.nextDouble() - 0.5;
        }
        // one pass of the 11, adding into g itself
        Layer.BatchPass whole = layer.newBatchPass(false, n);
        double[] gWhole = new double[p.length];
        double[] outWhole = new double[n * 6];
        double[] dInWhole = new double[n * 37];
        whole.forward(p, off, in, outWhole, n, null);
        whole.backward(p, off, in, outWhole, dOut.clone(), n, false, gWhole, dInWhole);
        // passes of 4, 4, 3 inside one chunk
        Layer.BatchPass cut = layer.newBatchPass(false, 4);
        double[] gCut = new double[p.length];
        cut.beginChunk(p, off);
        for (int from = 0; from < n; from += 4) {
            int m = Math.min(4, n - from);
            double[] x = java.util.Arrays.copyOfRange(in, from * 37, (from + m) * 37);
            double[] d = java.util.Arrays.copyOfRange(dOut, from * 6, (from + m) * 6);
            double[] out = new double[m * 6];
            double[] dIn = new double[m * 37];
            cut.forward(p, off, x, out, m, null);
            cut.backward(p, off, x, out, d, m, false, gCut, dIn);
            for (int i = 0; i < m * 6; i++) {
                assertEquals(outWhole[from * 6 + i], out[i], 1e-14, "output");
            }
            for (int i = 0; i < m * 37; i++) {
                assertEquals(dInWhole[from * 37 + i], dIn[i], 1e-14, "∂L/∂in");
            }
        }
        double weightsBefore = gCut[off];
        cut.endChunk(gCut, off);
        assertEquals(0.0, weightsBefore, 0.0, "∂L/∂W waits for the chunk's end");
        // the examples one by one
        Layer.Pass one = layer.newPass();
        double[] gEach = new double[p.length];
        for (int b = 0; b < n; b++) {
            double[] x = java.util.Arrays.copyOfRange(in, b * 37, (b + 1) * 37);
            double[] out = new double[6];
            one.forward(p, off, x, out, null);
            one.backward(p, off, x, out, java.util.Arrays.copyOfRange(dOut, b * 6, (b + 1) * 6), false, gEach,
                    new double[37]);
        }
        int nonZero = 0;
        for (int i = 0; i < p.length; i++) {
            assertEquals(gWhole[i], gCut[i], 1e-12, "parameter " + i);
            assertEquals(gEach[i], gCut[i], 1e-12, "parameter " + i);
            nonZero += gCut[i] != 0 ? 1 : 0;
        }
        assertTrue(nonZero > layer.parameterCount() / 3, "a gradient to compare: " + nonZero);
    }
}
