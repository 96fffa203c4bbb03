package deepmath.gpt.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.Progress;
import deepmath.gpt.Capture;
import deepmath.gpt.Gpt2Trace;
import deepmath.gpt.HeadRole;
import deepmath.gpt.LoadedGpt2;
import deepmath.gpt.ShippedModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped model's quality bars (docs/small-gpt.md), measured on the files in resources/models/kjv-gpt2 with the viewer's own loader and
 * forward pass: held-out loss clearly below the unigram baseline, and a head that attends mostly to the previous
 * token on held-out text — all of it (864 windows of 64 tokens), not a sample, because a sample of 40 windows
 * can put a head above 0.5 that the whole text puts below.
 */
class ShippedModelTest {
    // The figures of resources/DATA.md for the shipped files.
    private static final double HELD_OUT_LOSS = 3.6776;
    private static final int BEST_LAYER = 0;
    private static final int BEST_HEAD = 2;
    private static final double BEST_HEAD_SCORE = 0.567;

    private static LoadedGpt2 model;
    private static int[][] split;
    /** Mean weight of each head [layer][head] on the previous token over every held-out window. */
    private static double[][] previousToken;

    @BeforeAll
    static void open() throws Exception {
        Path folder = ShippedModel.folder().orElseThrow();
        model = LoadedGpt2.open(folder, Progress.NONE);
        split = TokenCorpus.split(model.tokenizer().encode(CorpusText.shipped()));
        int context = model.model().config().nPositions();
        int windows = split[1].length / context;
        previousToken = new double[model.model().config().nLayer()][model.model().config().nHead()];
        for (int w = 0; w < windows; w++) {
            int[] ids = Arrays.copyOfRange(split[1], w * context, (w + 1) * context);
            Gpt2Trace trace = model.model().forward(ids, EnumSet.of(Capture.ATTENTION));
            for (int l = 0; l < previousToken.length; l++) {
                for (int h = 0; h < previousToken[l].length; h++) {
                    previousToken[l][h] += HeadRole.PREVIOUS_TOKEN.score(trace.attention()[l][h], ids) / windows;
                }
            }
        }
    }

    @Test
    void heldOutLossIsClearlyBelowTheUnigramBaseline() {
        int vocabulary = model.model().config().vocabSize();
        double unigram = CrossEntropy.unigram(split[0], split[1], vocabulary);
        double transformer = CrossEntropy.ofModel(model.model(), split[1], 300);
        assertEquals(5.935, unigram, 0.001, "the baseline of DATA.md");
        assertEquals(HELD_OUT_LOSS, transformer, 0.001, "the held-out loss of DATA.md");
        assertTrue(transformer < unigram - 1.0, "held-out " + transformer + " vs unigram " + unigram);
    }

    @Test
    void oneHeadAttendsMostlyToThePreviousTokenOnHeldOutText() {
        double best = Arrays.stream(previousToken).flatMapToDouble(Arrays::stream).max().orElseThrow();
        assertTrue(best > 0.5, "best mean previous-token weight " + best + " in " + Arrays.deepToString(previousToken));
    }

    @Test
    void theBestPreviousTokenHeadIsTheOneRecordedInDataMd() {
        // Uniform attention over the past would give ≈ 0.06 on 64-token windows: this head does look back.
        assertEquals(BEST_HEAD_SCORE, previousToken[BEST_LAYER][BEST_HEAD], 0.001, Arrays.deepToString(previousToken));
    }

    @Test
    void toBeOrNotToBeShowsAPreviousTokenHead() {
        int[] ids = model.tokenizer().encode("To be or not to be, that is the question");
        Gpt2Trace trace = model.model().forward(ids, EnumSet.of(Capture.ATTENTION));
        double best = 0;
        for (float[][][] layer : trace.attention()) {
            for (float[][] head : layer) {
                best = Math.max(best, HeadRole.PREVIOUS_TOKEN.score(head, ids));
            }
        }
        assertTrue(best > 0.5, "best previous-token score " + best);
    }
}
