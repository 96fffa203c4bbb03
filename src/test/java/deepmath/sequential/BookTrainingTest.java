package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nn.Loss;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.data.Examples;
import deepmath.sequential.data.MnistSource;
import deepmath.sequential.data.TrainTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The book's two MNIST networks trained by the lab as the book trains them: on MNIST's 60 000 training digits
 * ({@code mnist-full}), with the book's loss, optimiser, batch and epochs, no validation share (the book's two
 * {@code fit} calls have none), and judged on the 10 000 test digits as the book's {@code evaluate(X_test, Y_test)}.
 * Minutes of training, so these run only when asked,
 * {@code mvn -B -o test -Dtest=BookTrainingTest -Ddeepmath.bookTraining=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "deepmath.bookTraining", matches = "true")
class BookTrainingTest {

    private static TrainTest mnist() {
        TrainTest data = MnistSource.dataSource().read("mnist-full");
        assertEquals(60_000, data.train().count());
        assertEquals(10_000, data.test().count());
        return data;
    }

    /**
     * Lines 11326–11348 (chapter 10): 784 → 8 σ → 8 σ → 10 softmax, categorical cross-entropy, 'sgd' (keras's step
     * 0.01), batch_size=32, epochs=40, i.e. 40 × 60 000 / 32 = 75 000 steps (line 11415); the book's table (line
     * 11376) gives 90.0 % on the test digits for p = 8.
     */
    @Test
    void theChapter10DenseNetworkReachesTheBooksNinetyPercentLine11376() {
        TrainTest data = mnist();
        ModelSpec m = BookArchitectures.byKey("mnist-dense").orElseThrow().spec();
        SequentialNetwork net = SequentialNetwork.initialised(m, 1);
        double accuracy = train(net, data, new TrainingConfig(Loss.CATEGORICAL_CROSS_ENTROPY, OptimizerKind.SGD, 0.01,
                32, 0, 1, 1), 40, "ch10", 1);
        assertTrue(accuracy >= 0.88 && accuracy <= 0.93, "test accuracy " + accuracy + ", the book 0.900");
    }

    /**
     * Lines 15640–15683 (chapter 14): conv 32 3×3 same ReLU → conv 16 3×3 same ReLU → flatten → dense 10 softmax,
     * categorical cross-entropy, 'adam' (keras's δ = 0.001), batch_size=32, epochs=5; "after 5 epochs, 99 % on the
     * test data" (line 15702).
     */
    @Test
    void theChapter14CnnReachesTheBooksNinetyNinePercentLine15702() {
        TrainTest data = mnist();
        ModelSpec m = BookArchitectures.byKey("mnist-cnn").orElseThrow().spec();
        SequentialNetwork net = SequentialNetwork.initialised(m, 1);
        double accuracy = train(net, data, new TrainingConfig(Loss.CATEGORICAL_CROSS_ENTROPY, OptimizerKind.ADAM, 0.001,
                32, 0, 1, TrainingConfig.cores()), 5, "ch14", TrainingConfig.cores());
        assertTrue(accuracy >= 0.985, "test accuracy " + accuracy + ", the book 0.99");
    }

    /** Trains, prints keras's epoch lines and the times, and returns the accuracy on the test digits. */
    private static double train(SequentialNetwork net, TrainTest data, TrainingConfig config, int epochs, String name,
                                int threads) {
        Examples train = data.train();
        long t0 = System.nanoTime();
        try (Training t = new Training(net, train, config)) {
            t.fit(epochs, r -> System.out.printf("%s %s %.1f s%n", name, r, (System.nanoTime() - t0) / 1e9));
        }
        ModelEvaluation test = ModelEvaluation.of(net, data.test(), Loss.CATEGORICAL_CROSS_ENTROPY, threads);
        System.out.printf("%s test loss %.4f accuracy %.4f, %.1f s in all%n", name, test.loss(), test.accuracy(),
                (System.nanoTime() - t0) / 1e9);
        return test.accuracy();
    }
}
