package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nn.Loss;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.data.Examples;
import deepmath.sequential.data.MnistSource;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The book's two MNIST networks trained by the lab on the shipped digits (8 000 for training, the 2 000 held out
 * for the accuracy), with the book's settings. Minutes of training, not seconds: the book's range needs the book's
 * number of gradient steps, so these run only when asked,
 * {@code mvn -B -o test -Dtest=BookTrainingTest -Ddeepmath.bookTraining=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "deepmath.bookTraining", matches = "true")
class BookTrainingTest {
    private static final Examples TRAIN = new MnistSource().load("train");
    private static final Examples TEST = new MnistSource().load("test");

    /**
     * Lines 11326–11340 (chapter 10): 784 → 8 σ → 8 σ → 10 softmax, categorical cross-entropy, 'sgd' (keras's step
     * 0.01), batches of 32, 40 epochs of 60 000 digits = 75 000 steps; the book's table (line 11376) gives 90.0 %
     * on the test digits for p = 8. Sigmoid layers learn slowly at first (10 000 steps reach about 57 %), so the
     * lab takes the book's 75 000 steps: 300 epochs of the 8 000 shipped digits.
     */
    @Test
    void theChapter10DenseNetworkReachesTheBooksNinetyPercent() {
        ModelSpec m = ModelSpecJson.parse("{\"input\": [784], \"layers\": ["
                + "{\"type\": \"dense\", \"units\": 8, \"activation\": \"sigmoid\"},"
                + "{\"type\": \"dense\", \"units\": 8, \"activation\": \"sigmoid\"},"
                + "{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}]}", "ch10");
        SequentialNetwork net = SequentialNetwork.initialised(m, 1);
        long t0 = System.nanoTime();
        try (Training t = new Training(net, TRAIN, new TrainingConfig(Loss.CATEGORICAL_CROSS_ENTROPY,
                OptimizerKind.SGD, 0.01, 32, 0, 1, 1))) {
            t.fit(300, TrainingListener.NONE);
        }
        double accuracy = ModelEvaluation.of(net, TEST, Loss.CATEGORICAL_CROSS_ENTROPY).accuracy();
        System.out.println("ch10 accuracy " + accuracy + " in " + (System.nanoTime() - t0) / 1e9 + " s");
        assertTrue(accuracy >= 0.88, "accuracy " + accuracy);
    }

    /**
     * Lines 15640–15660 (chapter 14): conv 32 3×3 same ReLU → conv 16 3×3 same ReLU → flatten → dense 10 softmax,
     * Adam, batches of 32; the book reaches 99 % after 5 epochs on 60 000 digits (line 15702). The lab trains the
     * book's 5 epochs on the 8 000 shipped digits (1 250 steps instead of 9 375): 96.6 % on the held-out digits
     * (98.8 % on the training digits: with 7.5 times fewer digits the network starts learning them by heart), so
     * below the book's 99 %, which needs the 60 000 digits the lab does not ship. The test asks for 96 %.
     */
    @Test
    void theChapter14CnnReachesTheBooksRange() {
        ModelSpec m = ModelSpecJson.parse("{\"input\": [28, 28, 1], \"layers\": ["
                + "{\"type\": \"conv2d\", \"filters\": 32, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
                + "{\"type\": \"conv2d\", \"filters\": 16, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
                + "{\"type\": \"flatten\"}, {\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}]}", "ch14");
        SequentialNetwork net = SequentialNetwork.initialised(m, 1);
        long t0 = System.nanoTime();
        try (Training t = new Training(net, TRAIN, new TrainingConfig(Loss.CATEGORICAL_CROSS_ENTROPY,
                OptimizerKind.ADAM, 0.001, 32, 0, 1, 2))) {
            t.fit(5, r -> System.out.println(r + " " + (System.nanoTime() - t0) / 1e9 + " s"));
        }
        double accuracy = ModelEvaluation.of(net, TEST, Loss.CATEGORICAL_CROSS_ENTROPY, 2).accuracy();
        System.out.println("ch14 accuracy " + accuracy + " in " + (System.nanoTime() - t0) / 1e9 + " s");
        assertTrue(accuracy >= 0.96, "accuracy " + accuracy);
    }
}
