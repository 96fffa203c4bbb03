package deepmath.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.gpt.Gpt2Tokenizer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** BPE learnt step by step (the book's example) and GPT-2's merges replayed word by word. */
class BytePairTest {

    /** Book line 17928 (algorithm at 17886): merges ab (3), ba (2), bac (2), then no pair occurs twice. */
    @Test
    void theBooksExampleLearnsAbThenBaThenBac() {
        BytePairLearner bpe = BytePairLearner.of(BookExamples.BPE_TEXT);
        assertEquals(List.of("a", "b", "c", "d", "e"), bpe.vocabulary());
        List<BytePairLearner.Merge> merges = bpe.learn(10);
        assertEquals(3, merges.size(), "the book stops after three merges");
        assertEquals(new BytePairLearner.Pair("a", "b"), merges.get(0).pair());
        assertEquals(3, merges.get(0).count());
        // Before merge 1: ab 3, then ba and ac 2 each (the book's words).
        assertEquals(List.of(new BytePairLearner.PairCount(new BytePairLearner.Pair("a", "b"), 3),
                new BytePairLearner.PairCount(new BytePairLearner.Pair("b", "a"), 2),
                new BytePairLearner.PairCount(new BytePairLearner.Pair("a", "c"), 2)),
                merges.get(0).counted().subList(0, 3));
        assertEquals(new BytePairLearner.Pair("b", "a"), merges.get(1).pair(), "ba ties with ac and comes first");
        assertEquals(2, merges.get(1).count());
        assertEquals(new BytePairLearner.Pair("ba", "c"), merges.get(2).pair());
        assertEquals("bac", merges.get(2).token());
        assertEquals(8, merges.get(2).vocabularySize());
        assertEquals(List.of("a", "b", "c", "d", "e", "ab", "ba", "bac"), bpe.vocabulary());
        assertEquals(List.of(List.of("ab"), List.of("ab"), List.of("ab", "c"), List.of("d", "bac"),
                List.of("bac", "d", "e")), bpe.text(10));
        // The tokenised text [6], [6], [6, 3], [4, 8], [8, 4, 5] (ids from 1).
        List<BytePairCodec.EncodedWord> encoded = bpe.codec().encode(BookExamples.BPE_TEXT);
        assertArrayEquals(new int[] {6}, encoded.get(0).ids());
        assertArrayEquals(new int[] {6, 3}, encoded.get(2).ids());
        assertArrayEquals(new int[] {4, 8}, encoded.get(3).ids());
        assertArrayEquals(new int[] {8, 4, 5}, encoded.get(4).ids());
    }

    @Test
    void encodingAppliesTheMergesInRankOrderAndMarksUnknownCharacters() {
        BytePairLearner bpe = BytePairLearner.of(BookExamples.BPE_TEXT);
        bpe.learn(10);
        BytePairCodec.EncodedWord word = bpe.codec().encodeWord("cabacz");
        // c a b a c z: rank 1 (a·b) → c ab a c z; rank 2 (b·a) no longer applies; rank 3 (ba·c) neither.
        assertEquals(List.of("c", "ab", "a", "c", "z"), word.tokens());
        assertEquals(1, word.steps().size());
        assertEquals(1, word.steps().get(0).rank());
        assertArrayEquals(new int[] {3, 6, 1, 3, BytePairCodec.UNKNOWN}, word.ids());
    }

    @Test
    void aCorpusLearnsMergesWhoseCountsNeverGrow() {
        String text = String.join(" ", java.util.Collections.nCopies(20, "the lower newest widest slowest"));
        BytePairLearner bpe = BytePairLearner.of(text);
        List<BytePairLearner.Merge> merges = bpe.learn(30);
        assertTrue(merges.size() > 5);
        for (int i = 1; i < merges.size(); i++) {
            assertTrue(merges.get(i).count() <= merges.get(i - 1).count(), "counts decrease: " + merges);
        }
        // e·s and s·t occur in newest, widest, slowest (60 times): they come before any pair of a single word.
        assertEquals(60, merges.get(0).count());
        // Re-encoding the learning text gives what the learner's own text holds.
        List<BytePairCodec.EncodedWord> encoded = bpe.codec().encode(text);
        List<List<String>> learnt = bpe.text(encoded.size());
        assertEquals(learnt, encoded.stream().map(BytePairCodec.EncodedWord::tokens).toList());
    }

    @Test
    void gpt2MergesReplayedGiveTheTokenizersOwnTokens() {
        Gpt2Tokenizer tokenizer = Gpt2Tokenizer.shipped();
        String text = "mathematics is the queen of the sciences";
        List<Gpt2MergeTrace.Word> words = Gpt2MergeTrace.of(tokenizer, text);
        int[] ids = words.stream().flatMapToInt(w -> IntStream.of(w.ids())).toArray();
        // Book line 17655: [6759, 10024, 873, 318, 262, 16599, 286, 262, 19838].
        assertArrayEquals(new int[] {6759, 10024, 873, 318, 262, 16599, 286, 262, 19838}, ids);
        assertArrayEquals(tokenizer.encode(text), ids);
        Gpt2MergeTrace.Word first = words.get(0);
        assertEquals(List.of("mat", "hemat", "ics"), first.tokens());
        // A merge's token only exists once it is learnt, so the ranks applied to a word strictly increase.
        for (Gpt2MergeTrace.Word w : words) {
            for (int i = 1; i < w.steps().size(); i++) {
                assertTrue(w.steps().get(i).rank() > w.steps().get(i - 1).rank(), w.symbols() + ": " + w.steps());
            }
        }
        Gpt2MergeTrace.Word queen = words.get(3);
        assertEquals("Ġqueen", queen.symbols());
        assertEquals(List.of("Ġqueen"), queen.tokens());
        Gpt2MergeTrace.Step last = queen.steps().get(queen.steps().size() - 1);
        assertEquals("Ġqueen", last.left() + last.right());
        assertEquals(tokenizer.mergeRank(last.left(), last.right()), last.rank());
    }

    /** The shipped model's vocabulary keeps only its corpus's tokens: a word it lacks gets the tokenizer's own ids. */
    @Test
    void aRestrictedVocabularyGivesTheTokenizersIds() throws Exception {
        java.nio.file.Path folder = deepmath.gpt.ShippedModel.folder().orElseThrow();
        Gpt2Tokenizer tokenizer = Gpt2Tokenizer.forModel(folder);
        for (String text : List.of("mathematics is the queen of the sciences", "And God said")) {
            int[] ids = Gpt2MergeTrace.of(tokenizer, text).stream().flatMapToInt(w -> IntStream.of(w.ids())).toArray();
            assertArrayEquals(tokenizer.encode(text), ids, text);
        }
    }
}
