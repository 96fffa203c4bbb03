package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nn.Loss;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation through every layer type against central finite differences (L(P + h·eᵢ) − L(P − h·eᵢ)) / 2h,
 * on small random models, for every parameter and loss. A dropout mask is fixed by its seed, so the loss is a
 * smooth function of the parameters for that seed and the check applies to it too.
 */
class SequentialGradientTest {
    static ModelSpec spec(String input, String... layers) {
        return ModelSpecJson.parse("{\"input\": " + input + ", \"layers\": [" + String.join(",", layers) + "]}", "test");
    }

    static float[] randomInput(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (2 * r.nextDouble() - 1);
        }
        return x;
    }

    /** Worst relative error max |g − fd| / max(1e-3, |g| + |fd|) over all parameters. */
    static double worstError(ModelSpec spec, Loss loss, float[] target, long dropoutSeed) {
        SequentialNetwork net = SequentialNetwork.initialised(spec, 7);
        double[] p = net.parameters();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < p.length; i++) {
            p[i] += 0.2 * (r.nextDouble() - 0.5);   // non-zero biases too
        }
        float[] x = randomInput(net.inputSize(), 11);
        SequentialNetwork.Worker w = net.newWorker();
        double[] g = new double[p.length];
        w.gradient(p, x, target, loss, g, dropoutSeed);
        double h = 1e-6;
        double worst = 0;
        double[] scratch = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double keep = p[i];
            p[i] = keep + h;
            double up = w.gradient(p, x, target, loss, scratch, dropoutSeed);
            p[i] = keep - h;
            double down = w.gradient(p, x, target, loss, scratch, dropoutSeed);
            p[i] = keep;
            double fd = (up - down) / (2 * h);
            worst = Math.max(worst, Math.abs(g[i] - fd) / Math.max(1e-3, Math.abs(g[i]) + Math.abs(fd)));
        }
        return worst;
    }

    private static final String FLATTEN = "{\"type\": \"flatten\"}";

    private static String dense(int units, String activation) {
        return "{\"type\": \"dense\", \"units\": " + units + ", \"activation\": \"" + activation + "\"}";
    }

    private static String conv(int filters, int kernel, int stride, String padding, String activation) {
        return "{\"type\": \"conv2d\", \"filters\": " + filters + ", \"kernel\": " + kernel + ", \"stride\": " + stride
                + ", \"padding\": \"" + padding + "\", \"activation\": \"" + activation + "\"}";
    }

    @Test
    void denseLayersWithEveryActivationAndMse() {
        ModelSpec m = spec("[5]", dense(4, "tanh"), dense(3, "sigmoid"), dense(3, "gelu"), dense(2, "linear"));
        assertTrue(worstError(m, Loss.MSE, new float[] {0.3f, -0.7f}, -1) < 1e-6);
    }

    @Test
    void convolutionsOfAnyKernelStrideAndPadding() {
        // valid 3×3 stride 2 on 7×6×2, then same 2×2 (the odd padding row at the bottom) on the 3×2 result
        ModelSpec m = spec("[7, 6, 2]", conv(3, 3, 2, "valid", "tanh"), conv(2, 2, 1, "same", "sigmoid"), FLATTEN,
                dense(2, "linear"));
        assertTrue(worstError(m, Loss.MSE, new float[] {0.5f, 0.1f}, -1) < 1e-6);
        ModelSpec strided = spec("[8, 8, 1]", conv(2, 5, 3, "same", "tanh"), FLATTEN, dense(1, "linear"));
        assertTrue(worstError(strided, Loss.MAE, new float[] {3f}, -1) < 1e-6);
    }

    @Test
    void maxAndAveragePoolingIncludingRowsLeftOver() {
        ModelSpec max = spec("[7, 5, 2]", conv(3, 3, 1, "same", "tanh"), "{\"type\": \"maxpool\", \"size\": 2}",
                FLATTEN, dense(2, "linear"));
        assertTrue(worstError(max, Loss.MSE, new float[] {1f, -1f}, -1) < 1e-6);
        ModelSpec avg = spec("[7, 7, 1]", "{\"type\": \"avgpool\", \"size\": 3}", conv(2, 2, 1, "valid", "tanh"),
                FLATTEN, dense(2, "linear"));
        assertTrue(worstError(avg, Loss.MSE, new float[] {1f, -1f}, -1) < 1e-6);
    }

    @Test
    void dropoutWithItsMaskFixedBySeed() {
        ModelSpec m = spec("[6]", dense(12, "tanh"), "{\"type\": \"dropout\", \"rate\": 0.5}", dense(3, "sigmoid"));
        assertTrue(worstError(m, Loss.BINARY_CROSS_ENTROPY, new float[] {1, 0, 1}, 42) < 1e-6);
    }

    @Test
    void softmaxWithCategoricalCrossEntropyAndTheOtherLosses() {
        ModelSpec m = spec("[4, 4, 3]", conv(2, 3, 1, "same", "relu"), FLATTEN, dense(5, "softmax"));
        assertTrue(worstError(m, Loss.CATEGORICAL_CROSS_ENTROPY, new float[] {0, 0, 1, 0, 0}, -1) < 1e-5);
        // softmax followed by a loss it does not pair with: the Jacobian form a ⊙ (δa − a·δa)
        ModelSpec s = spec("[4]", dense(3, "softmax"));
        assertTrue(worstError(s, Loss.MSE, new float[] {0.2f, 0.3f, 0.5f}, -1) < 1e-6);
        ModelSpec positive = spec("[3]", dense(4, "sigmoid"), dense(2, "sigmoid"));
        assertTrue(worstError(positive, Loss.MSLE, new float[] {0.5f, 2f}, -1) < 1e-6);
    }

    /** With softmax + categorical cross-entropy the gradient at the output biases is p − onehot (chapter 16). */
    @Test
    void softmaxCrossEntropyGradientAtTheBiasesIsProbabilityMinusTarget() {
        ModelSpec m = spec("[3]", dense(4, "softmax"));
        SequentialNetwork net = SequentialNetwork.initialised(m, 5);
        float[] x = {0.5f, -1f, 2f};
        double[] p = net.predict(x);
        double[] g = new double[net.parameters().length];
        net.newWorker().gradient(net.parameters(), x, new float[] {0, 1, 0, 0}, Loss.CATEGORICAL_CROSS_ENTROPY, g, -1);
        for (int k = 0; k < 4; k++) {
            assertEquals(p[k] - (k == 1 ? 1 : 0), g[12 + k], 1e-12);
        }
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        assertEquals(1, sum, 1e-12);
    }
}
