package deepmath.gpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.CancelledException;
import deepmath.core.Progress;
import deepmath.nd.Nd4jRuntime;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation with the cache: greedy is the argmax chain, seeds repeat, the strategies' laws, the stops. */
class TextGeneratorTest {
    private static final int[] PROMPT = {5, 17, 42, 17};

    @TempDir
    static Path folder;
    private static Gpt2Model tiny;
    private static LoadedGpt2 shipped;

    @BeforeAll
    static void models() throws Exception {
        Nd4jRuntime.initialise();
        TinyCheckpoints.write(folder, TinyCheckpoints.TINY, 5, "");
        tiny = Gpt2Checkpoint.load(folder, Progress.NONE);
        shipped = LoadedGpt2.open(ShippedModel.folder().orElseThrow(), Progress.NONE);
    }

    @Test
    void greedyIsTheChainOfArgmaxesOfFullPasses() {
        for (Gpt2Model model : new Gpt2Model[] {tiny, shipped.model()}) {
            int[] prompt = model == tiny ? PROMPT : shipped.tokenizer().encode("And God said, Let there be");
            Generation g = generate(model, prompt, 10, Sampling.greedy());
            int[] ids = prompt.clone();
            for (int i = 0; i < 10; i++) {
                int next = argmax(model.forward(ids, Set.of()).lastLogits());
                ids = Arrays.copyOf(ids, ids.length + 1);
                ids[ids.length - 1] = next;
            }
            assertArrayEquals(ids, g.ids());
            assertEquals(Generation.Stop.MAX_TOKENS, g.stop());
            assertArrayEquals(prompt, g.prompt());
        }
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
        for (Sampling s : new Sampling[] {
                new Sampling(NextToken.Strategy.SAMPLE, 1.5, 1, 1, 7),
                new Sampling(NextToken.Strategy.TOP_K, 1.5, 20, 1, 7),
                new Sampling(NextToken.Strategy.TOP_P, 1.5, 1, 0.95, 7)}) {
            int[] first = generate(tiny, PROMPT, 12, s).generated();
            assertArrayEquals(first, generate(tiny, PROMPT, 12, s).generated(), s.toString());
            Sampling other = new Sampling(s.strategy(), s.temperature(), s.topK(), s.topP(), 8);
            assertFalse(Arrays.equals(first, generate(tiny, PROMPT, 12, other).generated()),
                    "a near-uniform law over 60 tokens: seeds 7 and 8 differ, " + s);
        }
    }

    @Test
    void topKOfOneIsGreedyWhateverTheSeedAndTemperature() {
        int[] greedy = generate(tiny, PROMPT, 12, Sampling.greedy()).generated();
        for (long seed = 0; seed < 3; seed++) {
            assertArrayEquals(greedy, generate(tiny, PROMPT, 12,
                    new Sampling(NextToken.Strategy.TOP_K, 2.0, 1, 1, seed)).generated());
        }
    }

    @Test
    void topPKeepsTheSmallestNucleusAndRenormalisesIt() {
        // p = (0.5, 0.3, 0.15, 0.05), worked by hand.
        NextToken law = new NextToken(new float[] {(float) Math.log(0.15), (float) Math.log(0.5),
                (float) Math.log(0.05), (float) Math.log(0.3)}, 1);
        assertLaw(new double[] {0, 1, 0, 0}, law.truncated(NextToken.Strategy.TOP_P, 1, 0.4)); // 0.5 ≥ 0.4 already
        assertLaw(new double[] {0, 0.5 / 0.8, 0, 0.3 / 0.8}, law.truncated(NextToken.Strategy.TOP_P, 1, 0.7));
        assertLaw(new double[] {0.15 / 0.95, 0.5 / 0.95, 0, 0.3 / 0.95}, law.truncated(NextToken.Strategy.TOP_P, 1, 0.9));
        assertLaw(new double[] {0.15, 0.5, 0.05, 0.3}, law.truncated(NextToken.Strategy.TOP_P, 1, 1.0));
        assertLaw(new double[] {0, 0.5 / 0.8, 0, 0.3 / 0.8}, law.truncated(NextToken.Strategy.TOP_K, 2, 1));
        assertLaw(new double[] {0.15, 0.5, 0.05, 0.3}, law.truncated(NextToken.Strategy.SAMPLE, 1, 1));
        assertLaw(new double[] {0, 1, 0, 0}, law.truncated(NextToken.Strategy.GREEDY, 1, 1));
        // Draws follow the truncated law: p = 0.7 never gives tokens 0 or 2, and 1 : 3 comes out 5 : 3.
        Random random = new Random(3);
        int[] counts = new int[4];
        for (int i = 0; i < 16_000; i++) {
            counts[law.choose(NextToken.Strategy.TOP_P, 1, 0.7, random)]++;
        }
        assertEquals(0, counts[0] + counts[2]);
        assertEquals(5.0 / 3, counts[1] / (double) counts[3], 0.08);
    }

    @Test
    void asTheTemperatureGoesToZeroSamplingBecomesGreedy() {
        NextToken.Strategy sample = NextToken.Strategy.SAMPLE;
        float[] logits = {1.0f, 0.9f, 0.5f};
        double previous = 0;
        for (double t : new double[] {1, 0.3, 0.1, 0.03, 0.01}) {
            double top = new NextToken(logits, t).probability(0);
            assertTrue(top > previous, "p(argmax) grows as τ falls: " + top + " at τ = " + t);
            previous = top;
        }
        // At τ = 0.01 the runner-up has weight exp(−0.1/0.01) = e^−10 against the argmax.
        assertEquals(1 / (1 + Math.exp(-10) + Math.exp(-50)), previous, 1e-6);
        Random random = new Random(1);
        NextToken cold = new NextToken(logits, 1e-3);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, cold.choose(sample, 1, 1, random));
        }
        // The shipped model: sampling at τ = 1e-4 writes the greedy text.
        int[] prompt = shipped.tokenizer().encode("In the beginning");
        assertArrayEquals(generate(shipped.model(), prompt, 12, Sampling.greedy()).generated(),
                generate(shipped.model(), prompt, 12, new Sampling(sample, 1e-4, 1, 1, 99)).generated());
    }

    @Test
    void endOfTextStopsAndIsNotPartOfTheText() {
        int[] greedy = generate(tiny, PROMPT, 10, Sampling.greedy()).generated();
        int third = greedy[2];
        int firstAt = 0;
        while (greedy[firstAt] != third) {
            firstAt++;
        }
        Generation g = new TextGenerator(tiny).generate(PROMPT, 10, Sampling.greedy(), third, false, Progress.NONE);
        assertEquals(Generation.Stop.END_OF_TEXT, g.stop());
        assertArrayEquals(Arrays.copyOf(greedy, firstAt), g.generated());
    }

    @Test
    void theContextLimitStopsGeneration() {
        int[] prompt = new int[15];
        Arrays.fill(prompt, 3);
        Generation g = generate(tiny, prompt, 10, Sampling.greedy());
        assertEquals(Generation.Stop.CONTEXT_FULL, g.stop());
        assertEquals(TinyCheckpoints.TINY.nPositions() - 15, g.generated().length);
        assertEquals(Generation.Stop.MAX_TOKENS, generate(tiny, prompt, 5, Sampling.greedy()).stop());
        assertEquals(0, generate(tiny, prompt, 0, Sampling.greedy()).generated().length);
    }

    @Test
    void theAttentionOfTheGeneratedTokensIsTheFullPassAttention() {
        Generation g = new TextGenerator(tiny).generate(PROMPT, 6, new Sampling(NextToken.Strategy.TOP_K, 1, 5, 1, 2),
                TextGenerator.NO_END_OF_TEXT, true, Progress.NONE);
        float[][][][] expected = tiny.forward(g.ids(), EnumSet.of(Capture.ATTENTION)).attention();
        float[][][][] actual = g.attention();
        assertEquals(PROMPT.length + 6, actual[0][0].length, "every token read, the last generated one included");
        for (int l = 0; l < expected.length; l++) {
            for (int h = 0; h < expected[l].length; h++) {
                for (int q = 0; q < expected[l][h].length; q++) {
                    for (int k = 0; k < expected[l][h].length; k++) {
                        assertEquals(expected[l][h][q][k], actual[l][h][q][k], 1e-6, l + "," + h + "," + q + "," + k);
                    }
                }
            }
        }
        assertNull(generate(tiny, PROMPT, 3, Sampling.greedy()).attention(), "not kept unless asked for");
    }

    @Test
    void badSettingsAndCancellationAreRefused() {
        assertThrows(BadInputException.class, () -> new Sampling(NextToken.Strategy.SAMPLE, 0, 1, 1, 0));
        assertThrows(BadInputException.class, () -> new Sampling(NextToken.Strategy.SAMPLE, Double.NaN, 1, 1, 0));
        assertThrows(BadInputException.class, () -> new Sampling(NextToken.Strategy.TOP_K, 1, 0, 1, 0));
        assertThrows(BadInputException.class, () -> new Sampling(NextToken.Strategy.TOP_P, 1, 1, 0, 0));
        assertThrows(BadInputException.class, () -> generate(tiny, PROMPT, -1, Sampling.greedy()));
        assertThrows(BadInputException.class, () -> generate(tiny, new int[0], 3, Sampling.greedy()));
        assertThrows(BadInputException.class, () -> generate(tiny, new int[21], 3, Sampling.greedy()));
        Progress cancelled = new Progress() {
            @Override public void update(double done, double total) { }
            @Override public void message(String text) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> new TextGenerator(tiny).generate(PROMPT, 3, Sampling.greedy(),
                TextGenerator.NO_END_OF_TEXT, false, cancelled));
    }

    private static Generation generate(Gpt2Model model, int[] prompt, int count, Sampling sampling) {
        return new TextGenerator(model).generate(prompt, count, sampling, TextGenerator.NO_END_OF_TEXT, false,
                Progress.NONE);
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void assertLaw(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6, "token " + i + " of " + Arrays.toString(actual));
        }
    }
}
