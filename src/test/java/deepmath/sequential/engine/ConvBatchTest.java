package deepmath.sequential.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.nd.Blas;
import deepmath.nn.Activation;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The convolution's chunk pass ({@link ConvBatch}: one im2col matrix and one product per chunk) against the
 * straightforward per-example pass ({@link ConvLayer#newPass}, itself checked against the definition and finite
 * differences), example after example, gradients summed: outputs, ∂L/∂params and ∂L/∂in. float64 to 1e-12 of the
 * values' size; float32 (training's) within float32 rounding, √terms ulps as in {@link ConvKernelFloatTest}. 'same'
 * and 'valid', strides 1 and 2 (stride 1 takes the correlation path for ∂L/∂in, stride 2 col2im), one to several
 * channels and filters, chunks of 1, 3 and 32 examples, and a partial chunk after a full one in the same pass (the
 * buffers keep the full chunk's values, and the padding must still read as zeros).
 */
class ConvBatchTest {
    private static final ConvGeometry[] SHAPES = {
        new ConvGeometry(8, 7, 1, 2, 3, 1, true),
        new ConvGeometry(9, 8, 3, 5, 3, 1, false),
        new ConvGeometry(9, 9, 2, 4, 3, 2, true),
        new ConvGeometry(10, 7, 3, 3, 2, 2, false),
        new ConvGeometry(6, 6, 4, 6, 5, 1, true),
        new ConvGeometry(7, 8, 2, 3, 3, 3, true),
    };

    private static double[] random(int n, SplittableRandom r) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * r.nextDouble() - 1;
        }
        return a;
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static void close(double[] expected, double[] actual, int length, double tolerance, String what) {
        for (int i = 0; i < length; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + " [" + i + "]");
        }
    }

    /** The per-example float64 pass over n examples: outputs, summed gradient, ∂L/∂in, one after the other. */
    private record Result(double[] out, double[] g, double[] dIn) {
    }

    private static Result eachExample(ConvLayer layer, double[] p, int off, double[] in, double[] dOut, int n,
                                      boolean preActivation) {
        int is = layer.inputSize();
        int os = layer.outputSize();
        Layer.Pass pass = layer.newPass(false);
        double[] out = new double[n * os];
        double[] g = new double[p.length];
        double[] dIn = new double[n * is];
        for (int b = 0; b < n; b++) {
            double[] x = java.util.Arrays.copyOfRange(in, b * is, (b + 1) * is);
            double[] o = new double[os];
            double[] d = java.util.Arrays.copyOfRange(dOut, b * os, (b + 1) * os);
            double[] di = new double[is];
            pass.forward(p, off, x, o, null);
            pass.backward(p, off, x, o, d, preActivation, g, di);
            System.arraycopy(o, 0, out, b * os, os);
            System.arraycopy(di, 0, dIn, b * is, is);
        }
        return new Result(out, g, dIn);
    }

    private static Result chunk(Layer.BatchPass pass, ConvLayer layer, double[] p, int off, double[] in,
                                double[] dOut, int n, boolean preActivation) {
        double[] out = new double[n * layer.outputSize()];
        double[] g = new double[p.length];
        double[] dIn = new double[n * layer.inputSize()];
        java.util.Arrays.fill(dIn, 7);   // overwritten, not added to
        pass.forward(p, off, in, out, n, null);
        pass.backward(p, off, in, out, dOut.clone(), n, preActivation, g, dIn);
        return new Result(out, g, dIn);
    }

    private static void check(ConvGeometry geometry, Activation activation, boolean float32, int capacity, int[] ns,
                              SplittableRandom r) {
        ConvLayer layer = new ConvLayer(geometry, activation);
        int off = 5;
        double[] p = random(off + layer.parameterCount(), r);
        Layer.BatchPass pass = layer.newBatchPass(float32, capacity);
        int taps = geometry.kernel() * geometry.kernel();
        for (int n : ns) {
            double[] in = random(n * layer.inputSize(), r);
            double[] dOut = random(n * layer.outputSize(), r);
            // float32 is compared on ∂L/∂z: a ReLU or tanh on a value rounded across 0 would flip its own mask
            boolean preActivation = float32;
            Result want = eachExample(layer, p, off, in, dOut, n, preActivation);
            Result got = chunk(pass, layer, p, off, in, dOut, n, preActivation);
            String name = geometry + " " + activation + (float32 ? " float32" : " float64") + " n=" + n + "/"
                    + capacity;
            int outTerms = geometry.channels() * taps;
            int gTerms = n * geometry.outHeight() * geometry.outWidth();
            int inTerms = geometry.filters() * taps;
            close(want.out, got.out, want.out.length, tolerance(float32, want.out, outTerms), name + " out");
            close(want.g, got.g, want.g.length, tolerance(float32, want.g, gTerms), name + " ∂L/∂params");
            close(want.dIn, got.dIn, want.dIn.length, tolerance(float32, want.dIn, inTerms), name + " ∂L/∂in");
        }
    }

    /** float64: 1e-12 of the largest value; float32: 4·10⁻⁶·(1 + largest)·√terms (24 bits, √n ulps for n terms). */
    private static double tolerance(boolean float32, double[] expected, int terms) {
        return float32 ? 4e-6 * (1 + max(expected)) * Math.sqrt(terms) : 1e-12 * Math.max(1, max(expected));
    }

    @Test
    void float64ChunkEqualsTheExamplesOneByOne() {
        SplittableRandom r = new SplittableRandom(19);
        for (ConvGeometry g : SHAPES) {
            for (Activation a : new Activation[] {Activation.RELU, Activation.TANH, Activation.GELU}) {
                check(g, a, false, 1, new int[] {1}, r);
                check(g, a, false, 3, new int[] {3, 2}, r);
                check(g, a, false, 32, new int[] {32, 7, 1}, r);
            }
        }
    }

    @Test
    void float32ChunkEqualsTheFloat64ExamplesWithinFloatRounding() {
        SplittableRandom r = new SplittableRandom(23);
        for (ConvGeometry g : SHAPES) {
            check(g, Activation.TANH, true, 1, new int[] {1}, r);
            check(g, Activation.RELU, true, 3, new int[] {3, 2}, r);
            check(g, Activation.TANH, true, 32, new int[] {32, 7, 1}, r);
        }
    }

    /** The book's 32 → 16 layer (line 15640), its products on two OpenBLAS threads (a one-thread training's). */
    @Test
    void theBookLayerOnTwoBlasThreadsEqualsTheExamplesOneByOne() {
        SplittableRandom r = new SplittableRandom(15640);
        int threads = Blas.threads();
        Blas.useThreads(2);
        try {
            ConvGeometry book = new ConvGeometry(28, 28, 32, 16, 3, 1, true);
            check(book, Activation.RELU, false, 16, new int[] {16, 5}, r);
            check(book, Activation.RELU, true, 16, new int[] {16, 5}, r);
            check(new ConvGeometry(13, 12, 8, 16, 3, 2, true), Activation.TANH, true, 32, new int[] {32, 3}, r);
        } finally {
            Blas.useThreads(threads);
        }
    }
}
