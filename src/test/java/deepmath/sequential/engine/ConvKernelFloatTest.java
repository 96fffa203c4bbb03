package deepmath.sequential.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The float32 products of training against the float64 kernel (itself checked against the definition in
 * {@link ConvKernelTest}): the same outputs and gradients within float32 rounding, relative to the size of the sums,
 * on random shapes — strides 1 to 3 (stride 1 takes the correlation path of {@link InputGradientF}), 'same' and
 * 'valid' padding, one to many channels — and on the book's 32 → 16 layer.
 */
class ConvKernelFloatTest {

    private static double[] random(int n, SplittableRandom r) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * r.nextDouble() - 1;
        }
        return a;
    }

    /** max |a − b| ≤ 1e-5 · (1 + max |b|)·√terms: float32 has 24 bits, a sum of n terms errs by ≲ √n ulps. */
    private static void close(double[] expected, double[] actual, int terms, String what) {
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        double tolerance = 1e-6 * scale * Math.sqrt(terms) * 4;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + " [" + i + "]");
        }
    }

    private static void check(ConvGeometry g, SplittableRandom r) {
        int rows = g.channels() * g.kernel() * g.kernel();
        int off = 3;
        double[] k = random(off + g.filters() * rows + g.filters(), r);
        double[] in = random(g.channels() * g.height() * g.width(), r);
        int outPlane = g.outHeight() * g.outWidth();
        double[] dOut = random(g.filters() * outPlane, r);
        double[][] results = new double[2][];
        double[][] grads = new double[2][];
        double[][] dIns = new double[2][];
        for (int precision = 0; precision < 2; precision++) {
            ConvKernel kernel = new ConvKernel(g, precision == 1);
            double[] out = new double[g.filters() * outPlane];
            double[] grad = new double[k.length];
            double[] dIn = new double[in.length];
            java.util.Arrays.fill(dIn, 7);   // overwritten, not added to
            kernel.forward(k, off, in, out);
            kernel.backward(k, off, in, dOut.clone(), grad, dIn);
            results[precision] = out;
            grads[precision] = grad;
            dIns[precision] = dIn;
        }
        String name = g.toString();
        close(results[0], results[1], rows, name + " out");
        close(grads[0], grads[1], outPlane, name + " ∂L/∂K");
        close(dIns[0], dIns[1], g.filters() * g.kernel() * g.kernel(), name + " ∂L/∂in");
    }

    @Test
    void float32ProductsEqualFloat64WithinFloatRoundingOnRandomShapes() {
        SplittableRandom r = new SplittableRandom(23);
        for (int trial = 0; trial < 40; trial++) {
            int kernel = 1 + r.nextInt(5);
            int stride = 1 + r.nextInt(3);
            boolean same = r.nextBoolean();
            int h = (same ? 1 : kernel) + r.nextInt(12);
            int w = (same ? 1 : kernel) + r.nextInt(12);
            check(new ConvGeometry(h, w, 1 + r.nextInt(4), 1 + r.nextInt(5), kernel, stride, same), r);
        }
    }

    @Test
    void theBookLayerInFloat32EqualsFloat64() {
        SplittableRandom r = new SplittableRandom(15640);
        check(new ConvGeometry(28, 28, 32, 16, 3, 1, true), r);
        check(new ConvGeometry(28, 28, 1, 32, 3, 1, true), r);
        check(new ConvGeometry(12, 11, 32, 16, 3, 1, false), r);
        // two OpenBLAS threads: the products (and InputGradientF's) cut in blocks of positions
        int threads = deepmath.nd.Blas.threads();
        deepmath.nd.Blas.useThreads(2);
        try {
            check(new ConvGeometry(28, 28, 32, 16, 3, 1, true), r);
            check(new ConvGeometry(13, 12, 32, 16, 3, 2, true), r);
        } finally {
            deepmath.nd.Blas.useThreads(threads);
        }
    }
}
