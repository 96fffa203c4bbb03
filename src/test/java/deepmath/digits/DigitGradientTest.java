package deepmath.digits;

import deepmath.bench.Nd4jDenseEpoch;
import deepmath.bench.SparseDenseSgd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nd.Nd4jRuntime;
import deepmath.optim.GradientDescent;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Backpropagation checked against the definition of the derivative (central differences), chapter 9. */
class DigitGradientTest {
    private static final DigitSet DIGITS = DigitSet.shippedSplit().test().subset(new int[] {0, 1, 2, 3, 4, 5, 6, 7});

    @Test
    void theDenseGradientIsTheDerivativeOfTheCrossEntropy() {
        checkGradient(DenseDigitNet.initialised(16, 3), 3, 1e-6);
    }

    @Test
    void theCnnGradientThroughPoolingAndBothConvolutionsIsTheDerivativeOfTheCrossEntropy() {
        ConvDigitNet cnn = ConvDigitNet.initialised(4);
        checkGradient(cnn, 4, 1e-5);
    }

    /** ∂L/∂p ≈ (L(p + h) − L(p − h)) / 2h for parameters of every layer; dropout off (seed −1). */
    private static void checkGradient(DigitNetwork net, int sample, double tolerance) {
        double[] p = net.parameters();
        // fresh networks have zero biases, so the blank background sits exactly on ReLU's kink at 0, where
        // the derivative does not exist: move every parameter a little off it
        Random jitter = new Random(11);
        for (int i = 0; i < p.length; i++) {
            p[i] += 0.05 * jitter.nextGaussian();
        }
        double[] g = new double[p.length];
        DigitNetwork.GradientWorker worker = net.newWorker();
        worker.add(p, DIGITS, sample, g, -1);
        Random random = new Random(7);
        int checked = 0;
        for (int trial = 0; trial < 400 && checked < 60; trial++) {
            int i = random.nextInt(p.length);
            if (trial < 40) {
                i = trial * 7 % p.length; // the first layer's kernels and the biases come early
            }
            double h = 1e-5;
            double keep = p[i];
            p[i] = keep + h;
            double up = worker.add(p, DIGITS, sample, new double[p.length], -1);
            p[i] = keep - h;
            double down = worker.add(p, DIGITS, sample, new double[p.length], -1);
            p[i] = keep;
            double numeric = (up - down) / (2 * h);
            if (Math.abs(numeric) > 1e-9 || Math.abs(g[i]) > 1e-9) {
                checked++;
            }
            assertEquals(numeric, g[i], tolerance + 1e-4 * Math.abs(numeric), "parameter " + i);
        }
        assertTrue(checked >= 20, "enough non-zero derivatives checked: " + checked);
    }

    @Test
    void theNd4jEpochTakesTheSameStepsAsTheJavaLoops() {
        Nd4jRuntime.initialise();
        DigitSet data = DigitSet.shippedSplit().train().subset(java.util.stream.IntStream.range(0, 96).toArray());
        DenseDigitNet loops = DenseDigitNet.initialised(32, 9);
        int[] order = java.util.stream.IntStream.range(0, 96).toArray();
        Nd4jDenseEpoch nd4j = new Nd4jDenseEpoch(loops, data, order, 32, 0.1);
        nd4j.epoch();
        assertSameAsLoops(loops, data, nd4j.parameters());
    }

    @Test
    void theSparseKernelTakesTheSameStepsAsTheJavaLoops() {
        DigitSet data = DigitSet.shippedSplit().train().subset(java.util.stream.IntStream.range(100, 196).toArray());
        DenseDigitNet loops = DenseDigitNet.initialised(32, 10);
        SparseDenseSgd sparse = new SparseDenseSgd(loops, 32, 0.1);
        sparse.epoch(data, java.util.stream.IntStream.range(0, 96).toArray());
        assertSameAsLoops(loops, data, sparse.network().parameters());
    }

    /** Runs the three batches of 32 by hand on {@code loops} and compares with {@code a}. */
    private static void assertSameAsLoops(DenseDigitNet loops, DigitSet data, double[] a) {
        // the same three batches by hand: mean gradient of each batch, then P ← P − 0.1·grad
        GradientDescent descent = new GradientDescent(0.1);
        DigitNetwork.GradientWorker worker = loops.newWorker();
        for (int b = 0; b < 3; b++) {
            int from = b * 32;
            descent.step(loops.parameters(), (at, out) -> {
                java.util.Arrays.fill(out, 0);
                for (int s = from; s < from + 32; s++) {
                    worker.add(at, data, s, out, -1);
                }
                for (int i = 0; i < out.length; i++) {
                    out[i] /= 32;
                }
            });
        }
        double[] b = loops.parameters();
        assertEquals(b.length, a.length);
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        assertTrue(worst < 1e-4, "float32 and double agree to 1e-4: " + worst);
    }
}
