package deepmath.language;

import deepmath.gpt.ByteLevel;
import deepmath.gpt.Gpt2Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How GPT-2's tokenizer turns each word into its tokens: the word's bytes (spelt as byte-level symbols, Ġ for a
 * leading space), then the merges of its real table applied in rank order — at each step the adjacent pair whose
 * rule was learnt first, merged everywhere in the word — until no rule applies. Replayed here step by step from
 * the tokenizer's own ranks; the tokens it ends with are the tokenizer's (a test compares them).
 */
public final class Gpt2MergeTrace {
    private Gpt2MergeTrace() {
    }

    /** One merge applied to a word: its rank in merges.txt (0 = learnt first) and the symbols after it. */
    public record Step(int rank, String left, String right, List<String> after) {
    }

    /**
     * A word of the text, the merges applied to it, its final symbols and the tokenizer's ids for it (one per symbol,
     * unless the model's vocabulary lacks a symbol and spells it in bytes).
     */
    public record Word(String symbols, List<Step> steps, List<String> tokens, int[] ids) {
    }

    public static List<Word> of(Gpt2Tokenizer tokenizer, String text) {
        List<Word> out = new ArrayList<>();
        for (String word : tokenizer.byteLevelWords(text)) {
            out.add(word(tokenizer, word));
        }
        return out;
    }

    static Word word(Gpt2Tokenizer tokenizer, String word) {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            symbols.add(String.valueOf(word.charAt(i)));
        }
        List<Step> steps = new ArrayList<>();
        while (symbols.size() > 1) {
            int best = Integer.MAX_VALUE;
            int at = -1;
            for (int i = 0; i + 1 < symbols.size(); i++) {
                int rank = tokenizer.mergeRank(symbols.get(i), symbols.get(i + 1));
                if (rank >= 0 && rank < best) {
                    best = rank;
                    at = i;
                }
            }
            if (at < 0) {
                break;
            }
            BytePairLearner.Pair pair = new BytePairLearner.Pair(symbols.get(at), symbols.get(at + 1));
            symbols = BytePairCodec.mergeAll(symbols, pair);
            steps.add(new Step(best, pair.left(), pair.right(), List.copyOf(symbols)));
        }
        int[] ids = new int[symbols.size()];
        for (int i = 0; i < ids.length; i++) {
            java.util.OptionalInt id = tokenizer.id(symbols.get(i));
            if (id.isEmpty()) {
                // A vocabulary restricted to a corpus lacks some merged symbols: the tokenizer then spells them in
                // bytes, so the word's ids are the tokenizer's own (more ids than merged symbols).
                String text = new String(ByteLevel.bytes(word), java.nio.charset.StandardCharsets.UTF_8);
                return new Word(word, List.copyOf(steps), List.copyOf(symbols), tokenizer.encode(text));
            }
            ids[i] = id.getAsInt();
        }
        return new Word(word, List.copyOf(steps), List.copyOf(symbols), ids);
    }
}
