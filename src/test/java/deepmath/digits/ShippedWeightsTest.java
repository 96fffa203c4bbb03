package deepmath.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality bars of the shipped digit networks (dense ≥ 95 %, CNN ≥ 97 %), measured on the 2 000 held-out
 * digits with the files that ship.
 */
class ShippedWeightsTest {
    private static final DigitSet HELD_OUT = DigitSet.shippedSplit().test();

    @TempDir
    Path folder;

    @Test
    void theShippedDenseNetworkReadsAtLeast95PercentOfTheHeldOutDigits() {
        DigitNetwork dense = WeightsFile.shipped(ModelKind.DENSE);
        assertEquals("784-128-10 (ReLU, softmax)", dense.shape());
        DigitEvaluation evaluation = DigitEvaluation.of(dense, HELD_OUT);
        assertEquals(2000, evaluation.samples());
        assertTrue(evaluation.accuracy() >= 0.95, "dense accuracy " + evaluation.accuracy());
        assertConsistent(evaluation);
    }

    @Test
    void theShippedCnnReadsAtLeast97PercentOfTheHeldOutDigits() {
        DigitNetwork cnn = WeightsFile.shipped(ModelKind.CNN);
        DigitEvaluation evaluation = DigitEvaluation.of(cnn, HELD_OUT);
        assertTrue(evaluation.accuracy() >= 0.97, "cnn accuracy " + evaluation.accuracy());
        assertConsistent(evaluation);
    }

    /** The confusion matrix adds up: rows are the true digits, the diagonal the right answers. */
    private static void assertConsistent(DigitEvaluation evaluation) {
        int total = 0;
        int diagonal = 0;
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 10; p++) {
                total += evaluation.confusion()[t][p];
            }
            diagonal += evaluation.confusion()[t][t];
        }
        assertEquals(HELD_OUT.size(), total);
        assertEquals(evaluation.correct(), diagonal);
        assertEquals(HELD_OUT.size() - diagonal, evaluation.misclassified(HELD_OUT).length);
    }

    @Test
    void probabilitiesArePositiveAndSumToOne() {
        double[] p = WeightsFile.shipped(ModelKind.CNN).probabilities(HELD_OUT.image(0));
        double sum = 0;
        for (double v : p) {
            assertTrue(v > 0);
            sum += v;
        }
        assertEquals(1, sum, 1e-12);
    }

    @Test
    void weightsSurviveTheRoundTripToAFileInFloat32() throws Exception {
        DigitNetwork cnn = ModelKind.CNN.create(5);
        Path file = folder.resolve("cnn.zip");
        WeightsFile.write(cnn, null, file);
        DigitNetwork back = WeightsFile.read(file);
        assertEquals(ModelKind.CNN, back.kind());
        double[] a = cnn.parameters();
        double[] b = back.parameters();
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-6 * Math.max(1, Math.abs(a[i])));
        }
        assertArrayEquals(back.probabilities(HELD_OUT.image(3)), cnn.probabilities(HELD_OUT.image(3)), 1e-5);
    }

    @Test
    void aFileThatIsNotAWeightsFileIsRefusedInOneLine() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.zip"), "hello");
        BadInputException e = assertThrows(BadInputException.class, () -> WeightsFile.read(text));
        assertTrue(e.getMessage().contains("not a digits weights file"), e.getMessage());
        assertThrows(BadInputException.class, () -> WeightsFile.read(folder.resolve("missing.zip")));
    }
}
