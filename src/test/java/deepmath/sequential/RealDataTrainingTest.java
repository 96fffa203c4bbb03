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
 * The book's IMDB network trained on the real reviews that {@code deepmath-lab data pull imdb} downloads (in
 * {@code $DEEPMATH_DATA}, or the default data cache). Needs the pulled set, so it runs only when asked:
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
}
