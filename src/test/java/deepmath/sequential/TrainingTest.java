package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.nn.Loss;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.data.Examples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mini-batch training: convergence, validation split, cancel, save and resume, evaluation. */
class TrainingTest {
    @TempDir
    Path folder;

    /** XOR (the book's example of a problem no single neuron solves), each corner 8 times. */
    static Examples xor() {
        float[][] x = new float[32][];
        float[][] t = new float[32][];
        for (int i = 0; i < 32; i++) {
            int a = i & 1;
            int b = (i >> 1) & 1;
            x[i] = new float[] {a, b};
            t[i] = (a ^ b) == 1 ? new float[] {0, 1} : new float[] {1, 0};
        }
        return new Examples("xor", List.of(2), x, t, List.of("0", "1"));
    }

    private static SequentialNetwork xorNet(long seed) {
        return SequentialNetwork.initialised(SequentialGradientTest.spec("[2]",
                "{\"type\": \"dense\", \"units\": 8, \"activation\": \"tanh\"}",
                "{\"type\": \"dense\", \"units\": 1, \"activation\": \"sigmoid\"}"), seed);
    }

    private static TrainingConfig config(Loss loss) {
        return new TrainingConfig(loss, OptimizerKind.ADAM, 0.05, 8, 0, 3, 1);
    }

    @Test
    void aSmallNetworkLearnsXorWithOneSigmoidOutputOnTwoClasses() {
        SequentialNetwork net = xorNet(1);
        List<EpochReport> reports;
        try (Training t = new Training(net, xor(), config(Loss.BINARY_CROSS_ENTROPY))) {
            reports = t.fit(150, TrainingListener.NONE);
        }
        assertEquals(150, reports.size());
        EpochReport last = reports.get(149);
        assertTrue(last.loss() < 0.05, "loss " + last.loss());
        assertEquals(1.0, last.accuracy());
        assertTrue(reports.get(0).loss() > 0.5);
        ModelEvaluation e = ModelEvaluation.of(net, xor(), Loss.BINARY_CROSS_ENTROPY);
        assertEquals(1.0, e.accuracy());
        assertArrayEquals(new int[][] {{16, 0}, {0, 16}}, e.confusion());
        assertFalse(last.hasValidation());
    }

    @Test
    void aFunctionOfOneVariableIsFittedWithTheMeanSquaredError() {
        // y = x² on [−1, 1]: a regression, so no accuracy
        int n = 64;
        float[][] x = new float[n][];
        float[][] y = new float[n][];
        for (int i = 0; i < n; i++) {
            float v = -1 + 2f * i / (n - 1);
            x[i] = new float[] {v};
            y[i] = new float[] {v * v};
        }
        Examples data = new Examples("x²", List.of(1), x, y, List.of());
        SequentialNetwork net = SequentialNetwork.initialised(SequentialGradientTest.spec("[1]",
                "{\"type\": \"dense\", \"units\": 16, \"activation\": \"tanh\"}", "{\"type\": \"dense\", \"units\": 1}"), 2);
        try (Training t = new Training(net, data, config(Loss.MSE).withValidation(0.25))) {
            List<EpochReport> r = t.fit(300, TrainingListener.NONE);
            assertTrue(Double.isNaN(r.get(0).accuracy()));
            assertTrue(r.get(299).loss() < 2e-3, "loss " + r.get(299).loss());
            // the validation set is the last quarter, x in [0.52, 1], never trained on: it is extrapolated
            assertTrue(r.get(299).hasValidation());
        }
        assertEquals(0.25, net.predict(new float[] {-0.5f})[0], 0.03);
        assertEquals(0, net.predict(new float[] {0f})[0], 0.03);
    }

    @Test
    void theValidationExamplesAreTheLastOnesAndAreNeverTrainedOn() {
        Examples data = xor();
        SequentialNetwork net = xorNet(1);
        try (Training t = new Training(net, data, config(Loss.BINARY_CROSS_ENTROPY).withValidation(0.25))) {
            List<Integer> seen = new ArrayList<>();
            t.fit(1, new TrainingListener() {
                @Override
                public void epochDone(EpochReport report) {
                    assertTrue(report.hasValidation());
                }

                @Override
                public void batchDone(int epoch, int batch, int batches, double loss) {
                    seen.add(batches);
                }
            });
            assertEquals(List.of(3, 3, 3), seen);   // 24 training examples in batches of 8
            ModelEvaluation v = t.validation();
            assertEquals(8, v.samples());
            ModelEvaluation direct = ModelEvaluation.of(net, new Examples("last", data.shape(),
                    java.util.Arrays.copyOfRange(data.inputs(), 24, 32), java.util.Arrays.copyOfRange(data.targets(), 24, 32),
                    data.classes()), Loss.BINARY_CROSS_ENTROPY);
            assertEquals(direct.loss(), v.loss(), 1e-15);
        }
    }

    @Test
    void cancellingStopsBetweenBatchesAndTheUnfinishedEpochIsNotCounted() {
        try (Training t = new Training(xorNet(1), xor(), config(Loss.BINARY_CROSS_ENTROPY))) {
            int[] batches = new int[1];
            List<EpochReport> r = t.fit(5, new TrainingListener() {
                @Override
                public void epochDone(EpochReport report) {
                }

                @Override
                public void batchDone(int epoch, int batch, int count, double loss) {
                    batches[0]++;
                    if (epoch == 2 && batch == 1) {
                        t.cancel();
                    }
                }
            });
            assertEquals(1, r.size());
            assertEquals(1, t.epochsDone());
            assertEquals(4 + 2, batches[0]);
            assertTrue(t.cancelled());
        }
    }

    @Test
    void aResumedTrainingGoesOnExactlyAsAnUninterruptedOne() throws Exception {
        for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.ADAM, OptimizerKind.MOMENTUM, OptimizerKind.RMSPROP}) {
            TrainingConfig c = config(Loss.BINARY_CROSS_ENTROPY).withOptimizer(kind, 0.02).withValidation(0.25);
            SequentialNetwork straight = xorNet(5);
            List<EpochReport> all;
            try (Training t = new Training(straight, xor(), c)) {
                all = t.fit(4, TrainingListener.NONE);
            }
            Path file = folder.resolve(kind.key() + ".zip");
            try (Training t = new Training(xorNet(5), xor(), c)) {
                t.fit(2, TrainingListener.NONE);
                t.save(file, null);
            }
            try (Training t = Training.resume(file, xor(), 1)) {
                assertEquals(2, t.epochsDone());
                List<EpochReport> rest = t.fit(2, TrainingListener.NONE);
                assertEquals(all.subList(2, 4), rest, kind.key());
                assertArrayEquals(straight.parameters(), t.network().parameters(), 0, kind.key());
                assertEquals(all, t.history());
            }
        }
    }

    @Test
    void twoThreadsGiveTheSameTrainingAsOne() {
        SequentialNetwork one = xorNet(3);
        SequentialNetwork two = xorNet(3);
        try (Training a = new Training(one, xor(), config(Loss.BINARY_CROSS_ENTROPY));
             Training b = new Training(two, xor(), config(Loss.BINARY_CROSS_ENTROPY).withThreads(2))) {
            a.fit(5, TrainingListener.NONE);
            b.fit(5, TrainingListener.NONE);
        }
        assertArrayEquals(one.parameters(), two.parameters(), 1e-9);
    }

    @Test
    void refusesDataThatDoesNotFitTheModel() {
        Examples three = new Examples("three", List.of(3), new float[][] {{1, 2, 3}}, new float[][] {{1, 0}},
                List.of("a", "b"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> new Training(xorNet(1), three, config(Loss.MSE)));
        assertEquals(EngineProblem.INPUT_SHAPE, e.inputProblem());
        Examples oneOut = new Examples("reg", List.of(2), new float[][] {{1, 2}}, new float[][] {{1, 0, 2}}, List.of());
        assertEquals(EngineProblem.OUTPUTS, assertThrows(BadInputException.class,
                () -> new Training(xorNet(1), oneOut, config(Loss.MSE))).inputProblem());
        assertEquals(EngineProblem.VALIDATION, assertThrows(BadInputException.class,
                () -> config(Loss.MSE).withValidation(1)).inputProblem());
    }
}
