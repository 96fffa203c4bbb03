package deepmath.sequential.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The BLAS kernel (im2col runs, blocks of positions, three dgemm) against the definition written as plain loops:
 * out[f](y, x) = b[f] + Σ K[f][c][u][v]·in[c](y·s + u − top, x·s + v − left), ∂L/∂K, ∂L/∂b and ∂L/∂in summed term
 * by term from the same formula, for strides, paddings and a layer wide enough to be cut in several blocks.
 */
class ConvKernelTest {

    private static double[] random(int n, SplittableRandom r) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * r.nextDouble() - 1;
        }
        return a;
    }

    private static void check(ConvGeometry g) {
        SplittableRandom r = new SplittableRandom(g.hashCode());
        int rows = g.channels() * g.kernel() * g.kernel();
        int off = 5;
        double[] k = random(off + g.filters() * rows + g.filters(), r);
        double[] in = random(g.channels() * g.height() * g.width(), r);
        int oh = g.outHeight();
        int ow = g.outWidth();
        int outPlane = oh * ow;
        double[] dOut = random(g.filters() * outPlane, r);
        double[] out = new double[g.filters() * outPlane];
        double[] grad = new double[k.length];
        double[] dIn = new double[in.length];
        ConvKernel kernel = new ConvKernel(g);
        kernel.forward(k, off, in, out);
        kernel.backward(k, off, in, dOut.clone(), grad, dIn);

        double[] out0 = new double[out.length];
        double[] grad0 = new double[k.length];
        double[] dIn0 = new double[in.length];
        int biases = off + g.filters() * rows;
        for (int f = 0; f < g.filters(); f++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    int o = f * outPlane + y * ow + x;
                    double sum = k[biases + f];
                    grad0[biases + f] += dOut[o];
                    for (int c = 0; c < g.channels(); c++) {
                        for (int u = 0; u < g.kernel(); u++) {
                            for (int v = 0; v < g.kernel(); v++) {
                                int iy = y * g.stride() + u - g.padTop();
                                int ix = x * g.stride() + v - g.padLeft();
                                if (iy < 0 || iy >= g.height() || ix < 0 || ix >= g.width()) {
                                    continue;
                                }
                                int w = off + ((f * g.channels() + c) * g.kernel() + u) * g.kernel() + v;
                                int p = (c * g.height() + iy) * g.width() + ix;
                                sum += k[w] * in[p];
                                grad0[w] += dOut[o] * in[p];
                                dIn0[p] += dOut[o] * k[w];
                            }
                        }
                    }
                    out0[o] = sum;
                }
            }
        }
        assertArrayEquals(out0, out, 1e-12, g.toString());
        assertArrayEquals(grad0, grad, 1e-11, g.toString());
        assertArrayEquals(dIn0, dIn, 1e-12, g.toString());
    }

    @Test
    void sameAndValidPaddingWithStridesMatchTheDefinition() {
        check(new ConvGeometry(7, 6, 2, 3, 3, 2, false));
        check(new ConvGeometry(3, 2, 3, 2, 2, 1, true));
        check(new ConvGeometry(8, 8, 1, 2, 5, 3, true));
        check(new ConvGeometry(28, 28, 1, 8, 3, 1, true));   // the digits CNN's first layer
    }

    @Test
    void aLayerCutInSeveralBlocksOfPositionsMatchesTheDefinition() {
        ConvGeometry wide = new ConvGeometry(12, 11, 32, 16, 3, 1, true);  // the book's 32 → 16 layer, smaller image
        long work = (long) wide.filters() * wide.channels() * 9 * wide.outHeight() * wide.outWidth();
        assertTrue(work > ConvKernel.SINGLE_THREAD_WORK, "several blocks");
        // with one OpenBLAS thread the kernel runs whole planes: two threads make it cut the positions in blocks
        int threads = deepmath.nd.Blas.threads();
        deepmath.nd.Blas.useThreads(2);
        try {
            check(wide);
        } finally {
            deepmath.nd.Blas.useThreads(threads);
        }
        check(wide);   // and as the process runs
    }
}
