package deepmath.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Learning byte-pair merges one at a time, as the book's algorithm (ch. 17 §3.4): the text is cut into words at
 * white space, each word into its characters, the vocabulary starts as the characters (in alphabetical order);
 * each step counts the pairs of consecutive symbols inside the words, merges the most frequent pair everywhere
 * and adds it to the vocabulary. Ties go to the pair met first in the text (the book merges b·a before a·c).
 * The learning stops when no pair occurs twice, as the book's example does.
 *
 * <p>Distinct words are merged once each, weighted by how often they occur, so a whole corpus stays fast.
 */
public final class BytePairLearner {
    /** How many of the most frequent pairs each step keeps for display. */
    public static final int SHOWN_PAIRS = 8;

    /** Two consecutive symbols. */
    public record Pair(String left, String right) {
        public String merged() {
            return left + right;
        }
    }

    /** A pair and how often it occurs in the words. */
    public record PairCount(Pair pair, long count) {
    }

    /**
     * One merge: its rank (1 = the first), the pair chosen, its count, the most frequent pairs counted before it
     * (best first, at most {@link #SHOWN_PAIRS}) and the vocabulary's size once the new token is added.
     */
    public record Merge(int rank, Pair pair, long count, List<PairCount> counted, int vocabularySize) {
        public String token() {
            return pair.merged();
        }
    }

    /** A distinct word: how often it occurs, and its current symbols (ids into {@link #symbols}). */
    private static final class Word {
        final long count;
        int[] symbols;

        Word(long count, int[] symbols) {
            this.count = count;
            this.symbols = symbols;
        }
    }

    private final List<Word> words = new ArrayList<>();
    /** The text as a sequence of distinct words: occurrence i is word {@code occurrences[i]}. */
    private final int[] occurrences;
    private final List<String> symbols = new ArrayList<>();
    private final Map<String, Integer> idOf = new HashMap<>();
    private final List<Merge> merges = new ArrayList<>();
    private final int initialSize;

    private BytePairLearner(List<String> text) {
        Map<String, Integer> typeOf = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        occurrences = new int[text.size()];
        for (int i = 0; i < text.size(); i++) {
            String w = text.get(i);
            occurrences[i] = typeOf.computeIfAbsent(w, k -> typeOf.size());
            counts.merge(w, 1L, Long::sum);
        }
        TreeSet<String> characters = new TreeSet<>();
        typeOf.keySet().forEach(w -> w.codePoints().forEach(c -> characters.add(Character.toString(c))));
        characters.forEach(this::addSymbol);
        initialSize = symbols.size();
        for (String w : typeOf.keySet()) {
            words.add(new Word(counts.get(w), w.codePoints().map(c -> idOf.get(Character.toString(c))).toArray()));
        }
    }

    /** The words of {@code text}: what white space separates (the book's definition of a word). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public static BytePairLearner of(String text) {
        return new BytePairLearner(words(text));
    }

    public static BytePairLearner ofWords(List<String> words) {
        return new BytePairLearner(words);
    }

    private void addSymbol(String s) {
        idOf.put(s, symbols.size());
        symbols.add(s);
    }

    /** The next merge, or empty (nothing changed) when no pair of symbols occurs twice. */
    public Optional<Merge> step() {
        // Insertion order = order of first occurrence in the text: distinct words are kept in that order.
        LinkedHashMap<Long, long[]> counts = new LinkedHashMap<>();
        for (Word w : words) {
            for (int i = 0; i + 1 < w.symbols.length; i++) {
                counts.computeIfAbsent(key(w.symbols[i], w.symbols[i + 1]), k -> new long[1])[0] += w.count;
            }
        }
        List<Map.Entry<Long, long[]>> ordered = new ArrayList<>(counts.entrySet());
        // A stable sort: equal counts keep the text's order.
        ordered.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        if (ordered.isEmpty() || ordered.get(0).getValue()[0] < 2) {
            return Optional.empty();
        }
        List<PairCount> shown = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : ordered.subList(0, Math.min(SHOWN_PAIRS, ordered.size()))) {
            shown.add(new PairCount(pair(e.getKey()), e.getValue()[0]));
        }
        long best = ordered.get(0).getKey();
        int left = (int) (best >>> 32);
        int right = (int) best;
        Pair pair = pair(best);
        Integer existing = idOf.get(pair.merged());
        if (existing == null) {
            addSymbol(pair.merged());
        }
        int merged = idOf.get(pair.merged());
        for (Word w : words) {
            w.symbols = replace(w.symbols, left, right, merged);
        }
        Merge merge = new Merge(merges.size() + 1, pair, ordered.get(0).getValue()[0], List.copyOf(shown), symbols.size());
        merges.add(merge);
        return Optional.of(merge);
    }

    /** Up to {@code count} more merges (fewer when no pair occurs twice any more). */
    public List<Merge> learn(int count) {
        List<Merge> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<Merge> next = step();
            if (next.isEmpty()) {
                break;
            }
            out.add(next.get());
        }
        return out;
    }

    /** Every occurrence of left·right (left to right, not overlapping) becomes {@code merged}. */
    static int[] replace(int[] symbols, int left, int right, int merged) {
        int[] out = new int[symbols.length];
        int n = 0;
        for (int i = 0; i < symbols.length; i++) {
            if (i + 1 < symbols.length && symbols[i] == left && symbols[i + 1] == right) {
                out[n++] = merged;
                i++;
            } else {
                out[n++] = symbols[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xffffffffL);
    }

    private Pair pair(long key) {
        return new Pair(symbols.get((int) (key >>> 32)), symbols.get((int) key));
    }

    public List<Merge> merges() {
        return List.copyOf(merges);
    }

    /** The vocabulary: the characters, then one token per merge, in that order (token i has id i + 1). */
    public List<String> vocabulary() {
        return List.copyOf(symbols);
    }

    public int initialVocabularySize() {
        return initialSize;
    }

    /** The number of words in the text. */
    public int wordCount() {
        return occurrences.length;
    }

    /** The first {@code limit} words of the text as their current tokens. */
    public List<List<String>> text(int limit) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, occurrences.length); i++) {
            List<String> tokens = new ArrayList<>();
            for (int s : words.get(occurrences[i]).symbols) {
                tokens.add(symbols.get(s));
            }
            out.add(tokens);
        }
        return out;
    }

    /** The merges learnt so far, as rules to encode other texts. */
    public BytePairCodec codec() {
        return new BytePairCodec(vocabulary(), merges().stream().map(Merge::pair).toList());
    }
}
