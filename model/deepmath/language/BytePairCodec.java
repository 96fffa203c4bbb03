package deepmath.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encoding with learnt merges: each word starts as its characters, then the applicable merge of lowest rank
 * (the one learnt first) is applied everywhere in the word, again and again, until none applies — the rule
 * GPT-2's tokenizer follows with its 50 000 merges. Token ids are the vocabulary's positions counted from 1, as
 * the book numbers its example's tokens; a character never seen in the learning text has id 0.
 */
public final class BytePairCodec {
    /** The id of a symbol outside the vocabulary. */
    public static final int UNKNOWN = 0;

    /** One application of a merge in a word: its rank (1 = first learnt) and the word's symbols after it. */
    public record Applied(int rank, BytePairLearner.Pair pair, List<String> after) {
    }

    /** A word: the merges applied to it in order, its tokens and their ids. */
    public record EncodedWord(String word, List<Applied> steps, List<String> tokens, int[] ids) {
    }

    private final List<String> vocabulary;
    private final Map<String, Integer> idOf = new HashMap<>();
    private final Map<String, Integer> rankOf = new HashMap<>();
    private final List<BytePairLearner.Pair> merges;

    public BytePairCodec(List<String> vocabulary, List<BytePairLearner.Pair> merges) {
        this.vocabulary = List.copyOf(vocabulary);
        this.merges = List.copyOf(merges);
        for (int i = 0; i < vocabulary.size(); i++) {
            idOf.putIfAbsent(vocabulary.get(i), i + 1);
        }
        for (int r = 0; r < merges.size(); r++) {
            rankOf.putIfAbsent(merges.get(r).left() + "\u0000" + merges.get(r).right(), r + 1);
        }
    }

    public List<String> vocabulary() {
        return vocabulary;
    }

    /** The words of {@code text} (cut at white space), each encoded. */
    public List<EncodedWord> encode(String text) {
        List<EncodedWord> out = new ArrayList<>();
        for (String word : BytePairLearner.words(text)) {
            out.add(encodeWord(word));
        }
        return out;
    }

    public EncodedWord encodeWord(String word) {
        List<String> symbols = new ArrayList<>();
        word.codePoints().forEach(c -> symbols.add(Character.toString(c)));
        List<Applied> steps = new ArrayList<>();
        List<String> current = symbols;
        while (current.size() > 1) {
            int best = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < current.size(); i++) {
                Integer rank = rankOf.get(current.get(i) + "\u0000" + current.get(i + 1));
                if (rank != null && rank < best) {
                    best = rank;
                }
            }
            if (best == Integer.MAX_VALUE) {
                break;
            }
            BytePairLearner.Pair pair = merges.get(best - 1);
            current = mergeAll(current, pair);
            steps.add(new Applied(best, pair, List.copyOf(current)));
        }
        int[] ids = current.stream().mapToInt(s -> idOf.getOrDefault(s, UNKNOWN)).toArray();
        return new EncodedWord(word, List.copyOf(steps), List.copyOf(current), ids);
    }

    static List<String> mergeAll(List<String> symbols, BytePairLearner.Pair pair) {
        List<String> merged = new ArrayList<>(symbols.size());
        for (int i = 0; i < symbols.size(); i++) {
            if (i + 1 < symbols.size() && symbols.get(i).equals(pair.left()) && symbols.get(i + 1).equals(pair.right())) {
                merged.add(pair.merged());
                i++;
            } else {
                merged.add(symbols.get(i));
            }
        }
        return merged;
    }
}
