package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.nd.Nd4jRuntime;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental decoding with the key/value cache gives the full pass's numbers: the logits of every position
 * (to 1e-5) and the attention rows, on a tiny random GPT-2 and on the shipped model, whether the prompt is fed
 * at once and then one token at a time or in uneven chunks.
 */
class KvCacheTest {
    private static final EnumSet<Capture> ATTENTION = EnumSet.of(Capture.ATTENTION);

    @TempDir
    static Path folder;
    private static Gpt2Model tiny;
    private static Gpt2Model shipped;

    @BeforeAll
    static void models() throws Exception {
        Nd4jRuntime.initialise();
        TinyCheckpoints.write(folder, TinyCheckpoints.TINY, 3, "");
        tiny = Gpt2Checkpoint.load(folder, Progress.NONE);
        shipped = Gpt2Checkpoint.load(ShippedModel.folder().orElseThrow(), Progress.NONE);
    }

    @Test
    void tinyModelOneTokenAtATimeEqualsTheFullPass() {
        int[] ids = {5, 17, 42, 17, 0, 59, 3, 8, 8, 30, 1, 44, 12, 7, 58, 21, 2, 9, 40, 11}; // all 20 positions
        assertIncrementalEqualsFull(tiny, ids, 4);
        assertIncrementalEqualsFull(tiny, ids, 1);
    }

    @Test
    void shippedModelOneTokenAtATimeEqualsTheFullPass() throws Exception {
        int[] ids = LoadedGpt2.open(ShippedModel.folder().orElseThrow(), Progress.NONE).tokenizer()
                .encode("In the beginning God created the heaven and the earth. And the earth was without form,"
                        + " and void; and darkness was upon the face of the deep.");
        assertEquals(true, ids.length > 20, "a prompt and a real continuation");
        assertIncrementalEqualsFull(shipped, Arrays.copyOf(ids, Math.min(ids.length, 40)), 8);
    }

    @Test
    void unevenChunksGiveTheSameLogitsAsOnePass() {
        int[] ids = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        float[][] full = tiny.forward(ids, EnumSet.of(Capture.ALL_LOGITS)).logits();
        KvCache cache = tiny.newCache(ids.length);
        int at = 0;
        for (int size : new int[] {3, 1, 5, 2}) {
            int[] chunk = Arrays.copyOfRange(ids, at, at + size);
            Gpt2Trace step = tiny.extend(cache, chunk, EnumSet.of(Capture.ALL_LOGITS));
            assertEquals(at, step.firstPosition());
            for (int i = 0; i < size; i++) {
                assertClose(full[at + i], step.logits()[i], "position " + (at + i));
            }
            at += size;
        }
        assertEquals(ids.length, cache.length());
    }

    @Test
    void aFullCacheOrAnEmptyChunkIsRefused() {
        KvCache cache = tiny.newCache(3);
        tiny.extend(cache, new int[] {1, 2, 3}, EnumSet.noneOf(Capture.class));
        assertThrows(BadInputException.class, () -> tiny.extend(cache, new int[] {4}, EnumSet.noneOf(Capture.class)));
        assertThrows(BadInputException.class, () -> tiny.extend(tiny.newCache(3), new int[0], EnumSet.noneOf(Capture.class)));
        assertThrows(BadInputException.class, () -> tiny.newCache(TinyCheckpoints.TINY.nPositions() + 1));
        assertEquals(3, cache.length(), "a refused step leaves the cache as it was");
    }

    /** Feeds ids[0..prompt) at once, then one token at a time, against one full pass over all of ids. */
    private static void assertIncrementalEqualsFull(Gpt2Model model, int[] ids, int prompt) {
        Gpt2Trace full = model.forward(ids, EnumSet.of(Capture.ALL_LOGITS, Capture.ATTENTION));
        KvCache cache = model.newCache(ids.length);
        Gpt2Trace first = model.extend(cache, Arrays.copyOf(ids, prompt), ATTENTION);
        assertClose(model.forward(Arrays.copyOf(ids, prompt), Set.of()).lastLogits(), first.lastLogits(),
                "prompt's last position");
        for (int t = prompt; t < ids.length; t++) {
            Gpt2Trace step = model.extend(cache, new int[] {ids[t]}, ATTENTION);
            assertEquals(t, step.firstPosition());
            // The full pass on the same tokens, ids[0..t], predicting the same next token.
            assertClose(model.forward(Arrays.copyOf(ids, t + 1), Set.of()).lastLogits(), step.lastLogits(),
                    "position " + t);
            for (int l = 0; l < model.config().nLayer(); l++) {
                for (int h = 0; h < model.config().nHead(); h++) {
                    float[] row = step.attention()[l][h][0];
                    assertEquals(t + 1, row.length, "one weight per key so far");
                    for (int k = 0; k <= t; k++) {
                        // 3e-5: the shipped model's scores reach 177, whose float32 spacing is 1.5e-5, and the two
                        // passes sum each score's 64 products in another order (sgemv for one row, sgemm for T);
                        // a few units in the last place of a score move its weight by p(1-p) times that, up to
                        // 1.3e-5 measured. A wrong key, mask or position moves weights by 1e-2 and more.
                        assertEquals(full.attention()[l][h][t][k], row[k], 3e-5,
                                "attention layer " + l + " head " + h + " query " + t + " key " + k);
                    }
                }
            }
        }
    }

    /**
     * Within 1e-5 of the logits' size, max(1, max |z|): the two ways sum the same float32 products in a different
     * order (BLAS blocks a 1-row product differently from a T-row one). On the tiny model (logits below 1) that is
     * 1e-5 itself; on the shipped model (logits up to 12) the two differ by up to 2.4e-5, a few units in the last
     * place of its largest logits, and the bound is 1.2e-4.
     */
    private static void assertClose(float[] expected, float[] actual, String where) {
        assertEquals(expected.length, actual.length);
        double size = 1;
        for (float z : expected) {
            size = Math.max(size, Math.abs(z));
        }
        for (int v = 0; v < expected.length; v++) {
            assertEquals(expected[v], actual[v], 1e-5 * size, where + ", logit " + v);
        }
    }
}
