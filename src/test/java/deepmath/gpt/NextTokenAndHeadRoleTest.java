package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Softmax with temperature (chapter 16), sampling rules, head-role scores on analytic matrices, the HF cache. */
class NextTokenAndHeadRoleTest {
    @Test
    void greedyIsTheRankingsFirstTiesIncluded() {
        // The greedy choice is found without ranking the vocabulary: it must still be the ranking's first, the
        // lowest id among equally probable tokens.
        float[] tie = {1f, 3f, 0f, 3f, -2f};
        assertEquals(1, new NextToken(tie, 1).choose(NextToken.Strategy.GREEDY, 0, 0, new Random(1)));
        assertEquals(1, new NextToken(tie, 1).top(1).get(0).id());
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            float[] logits = new float[1000];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = (float) Math.round(random.nextGaussian() * 4); // many ties
            }
            NextToken law = new NextToken(logits, 0.7);
            assertEquals(law.top(1).get(0).id(), law.choose(NextToken.Strategy.GREEDY, 0, 0, random));
        }
    }


    @Test
    void softmaxWithTemperatureMatchesTheFormula() {
        float[] z = {1f, 2f, 3f};
        double[] p = NextToken.softmax(z, 1);
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(Math.exp(3) / sum, p[2], 1e-12);
        // τ = 2 flattens: the law of z/2.
        double[] flat = NextToken.softmax(z, 2);
        double sum2 = Math.exp(0.5) + Math.exp(1) + Math.exp(1.5);
        assertEquals(Math.exp(0.5) / sum2, flat[0], 1e-12);
        assertTrue(flat[2] < p[2]);
        // Huge logits do not overflow.
        double[] big = NextToken.softmax(new float[] {1000f, 1000f}, 1);
        assertEquals(0.5, big[0], 1e-12);
    }

    @Test
    void topAndSamplingFollowTheProbabilities() {
        NextToken law = new NextToken(new float[] {0f, (float) Math.log(3), (float) Math.log(6)}, 1);
        // p = (0.1, 0.3, 0.6).
        assertEquals(List.of(2, 1), law.top(2).stream().map(NextToken.Candidate::id).toList());
        assertEquals(0.6, law.top(1).get(0).probability(), 1e-6);
        assertEquals(2, law.choose(NextToken.Strategy.GREEDY, 0, 0, new Random(1)));
        assertEquals(1, law.nucleusSize(0.6));
        assertEquals(2, law.nucleusSize(0.8));
        assertEquals(3, law.nucleusSize(0.95));
        Random random = new Random(42);
        int[] counts = new int[3];
        for (int i = 0; i < 20_000; i++) {
            counts[law.choose(NextToken.Strategy.TOP_K, 2, 0, random)]++;
        }
        assertEquals(0, counts[0], "top-2 never picks the third");
        assertEquals(2.0, counts[2] / (double) counts[1], 0.1, "renormalised 0.6 : 0.3");
        assertThrows(BadInputException.class, () -> new NextToken(new float[] {1f}, 0));
        assertThrows(BadInputException.class, () -> law.choose(NextToken.Strategy.TOP_P, 0, 1.5, random));
    }

    @Test
    void headRolesScoreTheirIdealPatternsAsOne() {
        int t = 5;
        float[][] previous = new float[t][t];
        float[][] self = new float[t][t];
        float[][] uniform = new float[t][t];
        for (int q = 0; q < t; q++) {
            previous[q][Math.max(0, q - 1)] = 1;
            self[q][q] = 1;
            for (int k = 0; k <= q; k++) {
                uniform[q][k] = 1f / (q + 1);
            }
        }
        int[] ids = {7, 8, 7, 9, 8};
        assertEquals(1, HeadRole.PREVIOUS_TOKEN.score(previous, ids), 1e-9);
        assertEquals(0, HeadRole.SELF.score(previous, ids), 0.21, "only the first row attends to itself");
        assertEquals(1, HeadRole.SELF.score(self, ids), 1e-9);
        assertEquals(1, HeadRole.UNIFORM_SPREAD.score(uniform, ids), 1e-6);
        assertEquals(0, HeadRole.UNIFORM_SPREAD.score(self, ids), 1e-9);
        assertEquals(0.25, HeadRole.FIRST_TOKEN.score(previous, ids), 1e-9, "only row 1 looks at token 0");
        // Tokens 2 (7 again) and 4 (8 again): uniform weights on their earlier copies 1/3 and 1/5.
        assertEquals((1 / 3.0 + 1 / 5.0) / 2, HeadRole.REPEATED_TOKEN.score(uniform, ids), 1e-6);
        assertTrue(Double.isNaN(HeadRole.REPEATED_TOKEN.score(uniform, new int[] {1, 2, 3, 4, 5})));
    }

    @Test
    void theHuggingFaceCacheIsFoundWhereTheHubPutsIt(@TempDir Path home) throws Exception {
        Path hub = HuggingFaceCache.hubFolder(Map.of(), home);
        assertEquals(home.resolve(".cache/huggingface/hub"), hub);
        assertEquals(Path.of("/data/hf/hub"), HuggingFaceCache.hubFolder(Map.of("HF_HOME", "/data/hf"), home));
        HuggingFaceCache cache = new HuggingFaceCache(hub);
        assertTrue(cache.snapshot("gpt2").isEmpty());
        Path snapshot = hub.resolve("models--gpt2/snapshots/607a30d783dfa663caf39e06633721c8d4cfcd7e");
        Files.createDirectories(snapshot);
        Files.writeString(snapshot.resolve("config.json"), "{}");
        assertTrue(cache.snapshot("gpt2").isEmpty(), "no weights yet");
        Files.writeString(snapshot.resolve("model.safetensors"), "");
        assertEquals(snapshot, cache.snapshot("gpt2").orElseThrow());
        assertEquals("gpt2", new LoadedGpt2(snapshot, null, null).name());
    }
}
