package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nn.Loss;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.data.DataSource;
import deepmath.sequential.data.TrainTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The book's IMDB network and its CIFAR-10 CNN trained on the real sets that {@code deepmath-lab data pull imdb} and
 * {@code … cifar10} download (in {@code $DEEPMATH_DATA}, or the default data cache). Needs the pulled sets and, for
 * CIFAR-10, about half an hour of an idle 2-core machine, so it runs only when asked:
 * {@code DEEPMATH_DATA=… mvn -B -o test -Dtest=RealDataTrainingTest -Ddeepmath.realData=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "deepmath.realData", matches = "true")
class RealDataTrainingTest {

    /**
     * Lines 12259–12287 (chapter 10): the 1000 most frequent words as 0/1 vectors, 1000 → 5 ReLU → 5 ReLU → 5 ReLU
     * → 1 sigmoid, binary cross-entropy, 'sgd' (keras's δ = 0.01), batch_size=32, epochs=10; "between 80 % and 85 %
     * on the test data" (line 12295). Measured here (seed 1): 85.6 % on the 25 000 held-out reviews; the bound above
     * leaves the lab's vocabulary (plain frequency, not keras's index with its reserved places) two points.
     */
    @Test
    void theImdbDenseNetworkReachesTheBooksEightyToEightyFivePercentLine12295() {
        TrainTest data = DataSource.standard().read("imdb");
        assertEquals(25_000, data.train().count());
        assertEquals(25_000, data.test().count());
        ModelSpec m = BookArchitectures.byKey("text-dense").orElseThrow().spec();
        SequentialNetwork net = SequentialNetwork.initialised(m, 1);
        try (Training t = new Training(net, data.train(), new TrainingConfig(Loss.BINARY_CROSS_ENTROPY,
                OptimizerKind.SGD, 0.01, 32, 0, 1, 1))) {
            t.fit(10, r -> System.out.println("imdb " + r));
        }
        ModelEvaluation test = ModelEvaluation.of(net, data.test(), Loss.BINARY_CROSS_ENTROPY, 1);
        System.out.printf("imdb test loss %.4f accuracy %.4f%n", test.loss(), test.accuracy());
        assertTrue(test.accuracy() >= 0.80 && test.accuracy() <= 0.87, "test accuracy " + test.accuracy()
                + ", the book 0.80 to 0.85");
    }

    /**
     * Lines 15795–15815 (chapter 14): conv 64 – conv 64 – max-pool 2 – conv 64 – max-pool 2 – conv 64 (3 × 3, same,
     * ReLU) – flatten – dense 10 softmax, 153 546 weights; no compile in the listing, chapter 14's 'adam' and batch 32;
     * "after about ten epochs, more than 80 % on the training data and a bit less than 75 % on the test data" (line
     * 15828). Measured here (seed 1, 2026-12-03, ten one-epoch runs resumed from the saved file): training 51.0 →
     * 89.6 %, test 74.2 % after epoch 10 (2 min 50 s an epoch on the idle 2 cores).
     */
    @Test
    void theCifarCnnWithPoolingReachesTheBooksSeventyFivePercentLine15828() {
        TrainTest data = DataSource.standard().read("cifar10");
        assertEquals(50_000, data.train().count());
        assertEquals(10_000, data.test().count());
        ModelSpec m = BookArchitectures.byKey("cifar10-cnn-pooling").orElseThrow().spec();
        SequentialNetwork net = SequentialNetwork.initialised(m, 1);
        java.util.List<EpochReport> history;
        try (Training t = new Training(net, data.train(), new TrainingConfig(Loss.CATEGORICAL_CROSS_ENTROPY,
                OptimizerKind.ADAM, 0.001, 32, 0, 1, TrainingConfig.cores()))) {
            history = t.fit(10, r -> System.out.println("cifar10 " + r));
        }
        ModelEvaluation test = ModelEvaluation.of(net, data.test(), Loss.CATEGORICAL_CROSS_ENTROPY,
                TrainingConfig.cores());
        System.out.printf("cifar10 test loss %.4f accuracy %.4f%n", test.loss(), test.accuracy());
        double trained = history.get(history.size() - 1).accuracy();
        assertTrue(trained > 0.80, "training accuracy " + trained + ", the book more than 0.80");
        assertTrue(test.accuracy() >= 0.68 && test.accuracy() <= 0.78, "test accuracy " + test.accuracy()
                + ", the book a bit less than 0.75");
    }
}
