package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.nn.Loss;
import org.junit.jupiter.api.Test;

/**
 * The chunk pass ({@link SequentialNetwork.Worker#gradients}, each layer over the whole chunk, the dense layers as
 * matrix products) against the straightforward one: the same examples one by one through
 * {@link SequentialNetwork.Worker#gradient}, summed. float64; every layer type, stride 2, 'valid' and 'same',
 * dropout seeded per example, softmax + cross-entropy and MSE.
 */
class BatchGradientTest {
    private static final String CONV_SAME = "{\"type\": \"conv2d\", \"filters\": 3, \"kernel\": 3, \"padding\": \"same\", "
            + "\"activation\": \"relu\"}";
    private static final String CONV_VALID_2 = "{\"type\": \"conv2d\", \"filters\": 4, \"kernel\": 2, \"stride\": 2, "
            + "\"padding\": \"valid\", \"activation\": \"tanh\"}";
    private static final String POOL = "{\"type\": \"maxpool\", \"size\": 2}";
    private static final String FLATTEN = "{\"type\": \"flatten\"}";
    private static final String DROPOUT = "{\"type\": \"dropout\", \"rate\": 0.3}";

    private static void assertChunkEqualsSum(ModelSpec spec, Loss loss, int outputs, boolean dropout) {
        assertChunkEqualsSum(spec, loss, outputs, dropout, 5);
    }

    private static void assertChunkEqualsSum(ModelSpec spec, Loss loss, int outputs, boolean dropout, int n) {
        SequentialNetwork net = SequentialNetwork.initialised(spec, 11);
        double[] p = net.parameters();
        float[][] x = new float[n][];
        float[][] t = new float[n][];
        long[] seeds = new long[n];
        for (int b = 0; b < n; b++) {
            x[b] = SequentialGradientTest.randomInput(net.inputSize(), 100 + b);
            t[b] = new float[outputs];
            t[b][b % outputs] = 1;
            seeds[b] = dropout ? 1000 + b : -1;
        }
        double[] each = new double[p.length];
        double lossEach = 0;
        SequentialNetwork.Worker one = net.newWorker();
        double[][] outEach = new double[n][];
        for (int b = 0; b < n; b++) {
            lossEach += one.gradient(p, x[b], t[b], loss, each, seeds[b]);
            outEach[b] = one.lastOutput().clone();
        }
        double[] chunk = new double[p.length];
        SequentialNetwork.Worker w = net.newWorker();
        double lossChunk = w.gradients(p, x, t, n, loss, chunk, seeds);
        assertEquals(lossEach, lossChunk, 1e-12 * Math.abs(lossEach));
        double scale = 0;
        for (double v : each) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < p.length; i++) {
            assertEquals(each[i], chunk[i], 1e-12 * scale, "parameter " + i);
        }
        for (int b = 0; b < n; b++) {
            for (int k = 0; k < outputs; k++) {
                assertEquals(outEach[b][k], w.batchOutput(b)[k], 1e-13, "output " + b + ", " + k);
            }
        }
    }

    @Test
    void convPoolFlattenDenseSoftmaxCrossEntropy() {
        ModelSpec m = SequentialGradientTest.spec("[8, 8, 2]", CONV_SAME, POOL, CONV_VALID_2, FLATTEN,
                "{\"type\": \"dense\", \"units\": 6, \"activation\": \"relu\"}", DROPOUT,
                "{\"type\": \"dense\", \"units\": 4, \"activation\": \"softmax\"}");
        assertChunkEqualsSum(m, Loss.CATEGORICAL_CROSS_ENTROPY, 4, true);
    }

    @Test
    void denseGeluSigmoidMse() {
        ModelSpec m = SequentialGradientTest.spec("[7]", "{\"type\": \"dense\", \"units\": 5, \"activation\": \"gelu\"}",
                DROPOUT, "{\"type\": \"dense\", \"units\": 3, \"activation\": \"sigmoid\"}");
        assertChunkEqualsSum(m, Loss.MSE, 3, true);
    }

    @Test
    void convOutputMseWithoutDropout() {
        ModelSpec m = SequentialGradientTest.spec("[6, 6, 1]", CONV_VALID_2,
                "{\"type\": \"avgpool\", \"size\": 1}", FLATTEN,
                "{\"type\": \"dense\", \"units\": 2, \"activation\": \"linear\"}");
        assertChunkEqualsSum(m, Loss.MSE, 2, false);
    }

    /** Average pooling 2, 'same' stride-2 and 'valid' stride-1 convolutions, chunks of 1, 3 and 32 examples. */
    @Test
    void convAvgPoolChunksOfOneThreeAndThirtyTwo() {
        ModelSpec m = SequentialGradientTest.spec("[9, 9, 3]",
                "{\"type\": \"conv2d\", \"filters\": 5, \"kernel\": 3, \"stride\": 2, \"padding\": \"same\", "
                        + "\"activation\": \"relu\"}",
                "{\"type\": \"conv2d\", \"filters\": 4, \"kernel\": 2, \"padding\": \"valid\", "
                        + "\"activation\": \"gelu\"}",
                "{\"type\": \"avgpool\", \"size\": 2}", FLATTEN, DROPOUT,
                "{\"type\": \"dense\", \"units\": 3, \"activation\": \"softmax\"}");
        for (int n : new int[] {1, 3, 32}) {
            assertChunkEqualsSum(m, Loss.CATEGORICAL_CROSS_ENTROPY, 3, true, n);
        }
    }

    /**
     * The digit CNN's shape, whose activations make the worker cut a chunk into passes of a few examples (so that
     * they stay in cache): 11 examples in passes of 4, 4 and 3 give the gradient, loss and outputs of the examples
     * one by one, dropout masks included.
     */
    @Test
    void aChunkCutIntoSeveralPassesEqualsTheExamplesOneByOne() {
        ModelSpec m = SequentialGradientTest.spec("[28, 28, 1]",
                "{\"type\": \"conv2d\", \"filters\": 8, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"}",
                POOL,
                "{\"type\": \"conv2d\", \"filters\": 16, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"}",
                POOL, FLATTEN, DROPOUT, "{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}");
        int per = SequentialNetwork.initialised(m, 11).examplesPerPass();
        assertEquals(4, per, "1 MiB / (16 B × 13 338 values an example)");
        assertChunkEqualsSum(m, Loss.CATEGORICAL_CROSS_ENTROPY, 10, true, 11);
    }
}
