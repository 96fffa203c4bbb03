package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import deepmath.digits.ConvDigitNet;
import deepmath.digits.DenseDigitNet;
import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.nn.Loss;
import org.junit.jupiter.api.Test;

/**
 * One engine: the digits lab's two networks (chapter 10 dense, chapter 14 CNN), written as model descriptions and
 * given the same weights, give the same probabilities and the same gradients in the sequential engine as in their
 * own hand-fused code (whose backpropagation is checked against finite differences and SameDiff in
 * DigitGradientTest). Dropout off, since the two draw their masks differently.
 */
class DigitsEquivalenceTest {
    private static final DigitSet DIGITS = DigitSet.shippedSplit().test().subset(new int[] {0, 1, 2, 3, 4});

    private static ModelSpec spec(String json) {
        return ModelSpecJson.parse(json, "test");
    }

    @Test
    void theDenseDigitNetworkHasTheSameLayoutOutputsAndGradients() {
        DenseDigitNet digits = DenseDigitNet.initialised(32, 4);
        ModelSpec m = spec("{\"input\": [784], \"layers\": [{\"type\": \"dense\", \"units\": 32, \"activation\": \"relu\"},"
                + "{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}]}");
        SequentialNetwork net = SequentialNetwork.withParameters(m, digits.parameters().clone());
        compare(digits, net, p -> p);
    }

    @Test
    void theDigitCnnGivesTheSameOutputsAndGradientsOnceItsDenseRowsAreInKerasOrder() {
        ConvDigitNet digits = ConvDigitNet.initialised(2);
        ModelSpec m = spec("{\"input\": [28, 28, 1], \"layers\": ["
                + "{\"type\": \"conv2d\", \"filters\": 8, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
                + "{\"type\": \"maxpool\", \"size\": 2},"
                + "{\"type\": \"conv2d\", \"filters\": 16, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
                + "{\"type\": \"maxpool\", \"size\": 2}, {\"type\": \"flatten\"}, {\"type\": \"dropout\", \"rate\": 0.25},"
                + "{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}]}");
        // the digits CNN flattens its 16 planes 7×7 channel after channel; keras reads [y][x][c]
        int flat = 16 * 49;
        int w = 8 * 9 + 8 + 16 * 8 * 9 + 16;
        java.util.function.UnaryOperator<double[]> toKeras = p -> {
            double[] q = p.clone();
            for (int c = 0; c < 16; c++) {
                for (int i = 0; i < 49; i++) {
                    System.arraycopy(p, w + (c * 49 + i) * 10, q, w + (i * 16 + c) * 10, 10);
                }
            }
            return q;
        };
        SequentialNetwork net = SequentialNetwork.withParameters(m, toKeras.apply(digits.parameters()));
        assertArrayEquals(new int[] {flat * 10 + 10}, new int[] {net.parameters().length - w});
        compare(digits, net, toKeras);
    }

    private static void compare(DigitNetwork digits, SequentialNetwork net, java.util.function.UnaryOperator<double[]> toKeras) {
        DigitNetwork.GradientWorker digitWorker = digits.newWorker();
        SequentialNetwork.Worker worker = net.newWorker();
        for (int s = 0; s < DIGITS.size(); s++) {
            float[] x = DIGITS.image(s);
            assertArrayEquals(digits.probabilities(x), net.predict(x), 1e-12);
            double[] g = new double[digits.parameters().length];
            digitWorker.add(digits.parameters(), DIGITS, s, g, -1);
            double[] h = new double[g.length];
            float[] target = new float[10];
            target[DIGITS.label(s)] = 1;
            worker.gradient(net.parameters(), x, target, Loss.CATEGORICAL_CROSS_ENTROPY, h, -1);
            assertArrayEquals(toKeras.apply(g), h, 1e-11);
        }
    }
}
