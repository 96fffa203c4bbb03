package deepmath.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.gpt.NextToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Word counts, the Zipf–Mandelbrot fit, n-gram counts and generation, softmax temperature, embedding geometry. */
class LanguageStatisticsTest {

    @Test
    void wordsAreCountedAndRankedCaseInsensitively() {
        WordCounts counts = WordCounts.of("The cat and the dog. THE end, and don't stop.");
        assertEquals(10, counts.total());
        assertEquals(new WordCounts.Entry(1, "the", 3), counts.byRank().get(0));
        assertEquals(new WordCounts.Entry(2, "and", 2), counts.byRank().get(1));
        assertTrue(counts.byRank().stream().anyMatch(e -> e.word().equals("don't")));
    }

    @Test
    void theFitRecoversAnExactZipfMandelbrotLaw() {
        // Counts made from f(r) = 50 000/(r + 2.5)^1.1, rounded: the fit must give back a ≈ 1.1 and b ≈ 2.5.
        List<WordCounts.Entry> ranked = new ArrayList<>();
        for (int r = 1; r <= 2000; r++) {
            ranked.add(new WordCounts.Entry(r, "w" + r, Math.round(50_000 / Math.pow(r + 2.5, 1.1)) + 0L));
        }
        ranked.removeIf(e -> e.count() == 0);
        ZipfMandelbrot fit = ZipfMandelbrot.fit(ranked);
        assertEquals(1.1, fit.a(), 0.02);
        assertEquals(2.5, fit.b(), 0.3);
        assertEquals(50_000, fit.c(), 5_000);
    }

    @Test
    void bigramCountsAndBackOffOnAHandCase() {
        List<String> words = List.of("a", "b", "a", "c", "a", "b");
        NGramModel bigram = new NGramModel(2, words);
        assertEquals(2, bigram.count(List.of("a"), "b"));
        assertEquals(1, bigram.count(List.of("a"), "c"));
        assertEquals(0, bigram.count(List.of("b"), "b"));
        assertEquals(3, bigram.count(List.of(), "a"));
        assertEquals(Map.of("b", 2, "c", 1), bigram.nextCounts(List.of("x", "a")));
        // "b" ends the text, so no bigram starts with it... except the one at position 1 ("b a").
        assertEquals(Map.of("a", 1), bigram.nextCounts(List.of("b")));
        // An unseen context backs off to the unigram counts.
        assertEquals(Map.of("a", 3, "b", 2, "c", 1), bigram.nextCounts(List.of("zzz")));
    }

    @Test
    void aFourGramModelOnlyProducesContinuationsSeenInTheText() {
        List<String> words = WordCounts.words("in the beginning god created the heaven and the earth and the earth was"
                + " without form and void and darkness was upon the face of the deep");
        NGramModel model = new NGramModel(4, words);
        List<String> out = model.generate(List.of("in", "the", "beginning"), 8, new Random(1));
        assertEquals(List.of("god", "created", "the", "heaven", "and", "the", "earth"), out.subList(0, 7));
    }

    @Test
    void softmaxTemperatureOnAHandCase() {
        // z = (ln 3, 0): T = 1 gives (3/4, 1/4); T = 0.5 squares the odds, (9/10, 1/10); T = ∞ would give (½, ½).
        float[] z = {(float) Math.log(3), 0f};
        assertEquals(0.75, NextToken.softmax(z, 1)[0], 1e-6);
        assertEquals(0.9, NextToken.softmax(z, 0.5)[0], 1e-6);
        assertEquals(0.5, NextToken.softmax(z, 1e6)[0], 1e-6);
    }

    @Test
    void cosineNeighboursAndPrincipalAxesOnHandVectors() {
        float[][] rows = {{1, 0, 0}, {0.9f, 0.1f, 0}, {0, 1, 0}, {-1, 0, 0}};
        EmbeddingGeometry geometry = new EmbeddingGeometry(rows);
        assertEquals(1, geometry.neighbours(0, 3).get(0).id());
        assertEquals(-1, geometry.neighbours(0, 3).get(2).cosine(), 1e-9);
        assertEquals(0.0, EmbeddingGeometry.cosine(rows[0], rows[2]), 1e-12);
        // Points on the x axis spread 10×, on y 1×: PC1 is ±x, PC2 is ±y, coordinates are the centred values.
        float[][] line = {{-10, 1, 0}, {10, -1, 0}, {0, 0, 0}, {-10, -1, 0}, {10, 1, 0}};
        double[][] xy = new EmbeddingGeometry(line).pca2(new int[] {0, 1, 2, 3, 4});
        assertEquals(10, Math.abs(xy[0][0]), 1e-6);
        assertEquals(1, Math.abs(xy[0][1]), 1e-6);
        assertEquals(0, xy[2][0], 1e-9);
    }
}
