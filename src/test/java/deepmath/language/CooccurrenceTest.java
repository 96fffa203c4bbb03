package deepmath.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.ModelKind;
import deepmath.digits.WeightsFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Co-occurrence tables, PPMI and their SVD embedding; n-gram decoding; digits embedded by PCA. */
class CooccurrenceTest {

    /** Book line 18741: column totals 10, 15, 10, 5 and P's first row (0, 10/15, 1/10, 0). */
    @Test
    void theBooksToyMatrixGivesItsProbabilities() {
        Cooccurrence toy = new Cooccurrence(BookExamples.TOY_WORDS, BookExamples.TOY_COUNTS);
        assertArrayEquals(new double[] {10, 15, 10, 5}, toy.columnTotals(), 0);
        double[][] p = toy.probabilities();
        assertArrayEquals(new double[] {0, 10 / 15.0, 1 / 10.0, 0}, p[0], 1e-15);
        assertArrayEquals(new double[] {6 / 10.0, 2 / 15.0, 0, 0}, p[2], 1e-15);
        assertArrayEquals(new double[] {4 / 10.0, 3 / 15.0, 1 / 10.0, 0}, p[3], 1e-15);
        for (int i = 0; i < 4; i++) {
            double column = 0;
            for (int j = 0; j < 4; j++) {
                column += p[j][i];
            }
            assertEquals(1, column, 1e-12, "column " + i + " is a law");
        }
    }

    @Test
    void countingFollowsTheBooksLayout() {
        List<String> words = List.of("le", "chat", "et", "le", "chien", "et", "le", "chat");
        Cooccurrence c = Cooccurrence.count(words, BookExamples.TOY_WORDS, 1, false);
        // "le chat" twice: column le (0), row chat (2).
        assertEquals(2, c.counts()[2][0]);
        assertEquals(1, c.counts()[3][0]);
        assertEquals(2, c.counts()[0][1], "et le");
        // PPMI of (le, chat) = ln(2·7/(3·2)), S = 7 pairs, le starts 3 of them, chat ends 2.
        assertEquals(Math.log(2.0 * 7 / (3 * 2)), c.ppmi()[2][0], 1e-12);
    }

    @Test
    void theSvdEmbeddingReconstructsPpmiAndGroupsWordsThatShareContexts() {
        // Two families of words, each in contexts of its own: animals between "the" and "runs", colours between
        // "a" and "car"; the two kinds of sentences in random order.
        List<String> words = new ArrayList<>();
        Random random = new Random(2);
        String[] animals = {"cat", "dog", "mouse"};
        String[] colours = {"red", "blue", "green"};
        for (int i = 0; i < 2000; i++) {
            if (random.nextBoolean()) {
                words.addAll(List.of("the", animals[random.nextInt(3)], "runs", "fast"));
            } else {
                words.addAll(List.of("a", colours[random.nextInt(3)], "car", "stops"));
            }
        }
        List<String> vocabulary = List.of("the", "cat", "dog", "mouse", "runs", "fast", "a", "red", "blue", "green",
                "car", "stops");
        Cooccurrence c = Cooccurrence.count(words, vocabulary, 2, true);
        Cooccurrence.SvdEmbedding full = c.embedding(vocabulary.size());
        // Full rank: Σ σ u uᵀ·sign gives PPMI back, so the largest singular value is PPMI's spectral norm.
        double[][] ppmi = c.ppmi();
        double[] x = new double[vocabulary.size()];
        java.util.Arrays.fill(x, 1);
        assertTrue(full.singularValues()[0] >= VectorGeometry.norm(times(ppmi, x)) / VectorGeometry.norm(x) - 1e-9);
        Cooccurrence.SvdEmbedding e = c.embedding(3);
        EmbeddingGeometry g = new EmbeddingGeometry(e.vectors());
        int cat = e.indexOf("cat");
        int nearest = g.neighbours(cat, 1).get(0).id();
        assertTrue(List.of("dog", "mouse").contains(e.words().get(nearest)), "cat's neighbour: " + e.words().get(nearest));
        assertTrue(g.cosine(cat, e.indexOf("dog")) > g.cosine(cat, e.indexOf("red")),
                java.util.Arrays.toString(e.singularValues()) + " dog " + g.cosine(cat, e.indexOf("dog")) + " red "
                        + g.cosine(cat, e.indexOf("red")) + " " + java.util.Arrays.deepToString(e.vectors()));
    }

    private static double[] times(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            y[i] = VectorGeometry.dot(a[i], x);
        }
        return y;
    }

    /** Book lines 17463–17583: greedy decoding and softmax_T over the k best next words. */
    @Test
    void greedyAndTemperatureDecodingOfABigramModel() {
        List<String> words = WordCounts.words("the cat sat . the cat ran . the dog sat . the cat sat");
        NGramDecoder decoder = new NGramDecoder(new NGramModel(2, words));
        assertEquals(List.of("cat", "sat", "the", "cat"), decoder.greedy(List.of("the"), 4));
        // After "the": cat 3/4, dog 1/4; T = 1: e^(3/4)/(e^(3/4) + e^(1/4)).
        Map<String, Double> law = decoder.law(List.of("the"), 1, 20);
        assertEquals(Math.exp(0.75) / (Math.exp(0.75) + Math.exp(0.25)), law.get("cat"), 1e-12);
        assertEquals(1, decoder.law(List.of("the"), 0.001, 20).get("cat"), 1e-12, "T → 0 is greedy");
        assertEquals(0.5, decoder.law(List.of("the"), 1e6, 20).get("dog"), 1e-6, "T large is uniform");
        assertEquals(List.of("cat"), List.copyOf(decoder.law(List.of("the"), 1, 1).keySet()), "k = 1");
        assertEquals(decoder.greedy(List.of("the"), 8), decoder.sample(List.of("the"), 8, 0.001, 20, new Random(4)));
    }

    @Test
    void theHiddenLayerSeparatesDigitsBetterThanPixels() {
        DigitSet digits = DigitSet.shippedSplit().test();
        DigitNetwork net = WeightsFile.shipped(ModelKind.DENSE);
        DigitEmbedding.Points hidden = DigitEmbedding.of(digits, net, DigitEmbedding.Source.HIDDEN_LAYER, 300, 3);
        DigitEmbedding.Points pixels = DigitEmbedding.of(digits, net, DigitEmbedding.Source.PIXELS, 300, 3);
        double h = DigitEmbedding.nearestNeighbourAgreement(hidden);
        double p = DigitEmbedding.nearestNeighbourAgreement(pixels);
        assertTrue(h > 0.6 && h > p, "hidden " + h + ", pixels " + p);
        assertTrue(p > 0.2, "pixels still above chance: " + p);
        assertEquals(hidden.labels()[5], digits.label(5));
        int i = hidden.nearest(hidden.coordinates()[7][0], hidden.coordinates()[7][1]);
        assertEquals(7, i);
    }
}
