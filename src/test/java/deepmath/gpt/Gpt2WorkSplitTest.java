package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.core.Progress;
import deepmath.nd.Blas;
import deepmath.nd.Nd4jRuntime;
import deepmath.nd.OneBlasThread;
import deepmath.nd.WorkSplit;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pass shared over two threads (blocks of every product's columns, the heads, blocks of rows, OpenBLAS at one
 * thread) against the straightforward one on the calling thread alone, and against the independent double
 * {@link ReferenceGpt2}: on a random model wide enough that every product is cut into several blocks (n = 64: the
 * packed product's 192 columns in 6 blocks, the vocabulary of 300 in 5), and on the shipped model.
 */
class Gpt2WorkSplitTest {
    private static final EnumSet<Capture> EVERYTHING = EnumSet.allOf(Capture.class);
    /** 2 layers, 4 heads of 16, 32 positions, 300 tokens. */
    private static final Gpt2Config WIDE = new Gpt2Config(2, 4, 64, 32, 300, 1e-5);

    @TempDir
    static Path folder;
    private static Gpt2Model wide;
    private static Map<String, SafeTensorsWriter.Tensor> wideWeights;
    private static final WorkSplit TWO = new WorkSplit(2);

    @BeforeAll
    static void models() throws Exception {
        Nd4jRuntime.initialise();
        wideWeights = TinyCheckpoints.write(folder, WIDE, 11, "");
        wide = Gpt2Checkpoint.load(folder, Progress.NONE);
    }

    @Test
    void sharedPassEqualsTheOneThreadPassAndTheReference() {
        int[] ids = new SplittableRandom(3).ints(29, 0, WIDE.vocabSize()).toArray();
        Gpt2Trace one = wide.forward(ids, EVERYTHING, WorkSplit.SEQUENTIAL);
        for (int round = 0; round < 5; round++) { // the helper takes other blocks from one run to the next
            assertSame(one, wide.forward(ids, EVERYTHING, TWO), 1e-5);
        }
        ReferenceGpt2 reference = new ReferenceGpt2(WIDE, wideWeights, "", ids);
        Gpt2Trace shared = wide.forward(ids, EVERYTHING, TWO);
        for (int t = 0; t < ids.length; t++) {
            for (int v = 0; v < WIDE.vocabSize(); v++) {
                assertEquals(reference.logits[t][v], shared.logits()[t][v], 1e-4, "logit " + t + "," + v);
            }
        }
        for (int l = 0; l < WIDE.nLayer(); l++) {
            for (int h = 0; h < WIDE.nHead(); h++) {
                for (int q = 0; q < ids.length; q++) {
                    for (int k = 0; k < ids.length; k++) {
                        assertEquals(reference.attention[l][h][q][k], shared.attention()[l][h][q][k], 1e-5);
                    }
                }
            }
        }
    }

    @Test
    void lastLogitsAloneAndOneTokenPassesAgreeToo() {
        int[] ids = new SplittableRandom(5).ints(17, 0, WIDE.vocabSize()).toArray();
        // The last position's logits only (the unembedding as sgemv in blocks of the vocabulary).
        assertClose(wide.forward(ids, EnumSet.noneOf(Capture.class), WorkSplit.SEQUENTIAL).lastLogits(),
                wide.forward(ids, EnumSet.noneOf(Capture.class), TWO).lastLogits(), 1e-5, "last logits");
        // One token: every product is sgemv, in blocks of columns.
        int[] single = {ids[0]};
        assertSame(wide.forward(single, EVERYTHING, WorkSplit.SEQUENTIAL), wide.forward(single, EVERYTHING, TWO), 1e-5);
    }

    @Test
    void shippedModelSharedEqualsOneThread() throws Exception {
        Gpt2Model shipped = Gpt2Checkpoint.load(ShippedModel.folder().orElseThrow(), Progress.NONE);
        int[] ids = new SplittableRandom(9).ints(64, 0, shipped.config().vocabSize()).toArray();
        // 1e-4 on logits of size ~10 and on residuals: float32 sums of 256 to 1 024 products in blocks.
        assertSame(shipped.forward(ids, EVERYTHING, WorkSplit.SEQUENTIAL), shipped.forward(ids, EVERYTHING, TWO), 1e-4);
    }

    @Test
    void oneThreadScopesNestAndRestoreTheLabsSetting() {
        int before = Blas.threads();
        try (OneBlasThread outer = OneBlasThread.open()) {
            assertEquals(1, Blas.threads());
            assertEquals(before, OneBlasThread.configured());
            try (OneBlasThread inner = OneBlasThread.open()) {
                assertEquals(1, Blas.threads());
            }
            assertEquals(1, Blas.threads(), "still inside the outer scope");
            outer.close();
            outer.close(); // a second close changes nothing
            assertEquals(before, Blas.threads());
        }
        assertEquals(before, Blas.threads());
    }

    private static void assertSame(Gpt2Trace expected, Gpt2Trace actual, double tolerance) {
        assertClose(expected.lastLogits(), actual.lastLogits(), tolerance, "last logits");
        for (int l = 0; l < expected.attention().length; l++) {
            for (int h = 0; h < expected.attention()[l].length; h++) {
                for (int q = 0; q < expected.attention()[l][h].length; q++) {
                    assertClose(expected.attention()[l][h][q], actual.attention()[l][h][q], 1e-5, "attention " + l);
                    assertClose(expected.scores()[l][h][q], actual.scores()[l][h][q], tolerance, "score " + l);
                }
            }
            for (int t = 0; t < expected.queries()[l].length; t++) {
                assertClose(expected.queries()[l][t], actual.queries()[l][t], tolerance, "query " + l);
                assertClose(expected.keys()[l][t], actual.keys()[l][t], tolerance, "key " + l);
                assertClose(expected.values()[l][t], actual.values()[l][t], tolerance, "value " + l);
            }
        }
        for (int i = 0; i < expected.residual().length; i++) {
            for (int t = 0; t < expected.residual()[i].length; t++) {
                assertClose(expected.residual()[i][t], actual.residual()[i][t], tolerance, "residual " + i);
            }
        }
        for (int t = 0; t < expected.logits().length; t++) {
            assertClose(expected.logits()[t], actual.logits()[t], tolerance, "logits of position " + t);
        }
    }

    private static void assertClose(float[] expected, float[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance * Math.max(1, Math.abs(expected[i])), what + " [" + i + "]");
        }
    }
}
