package deepmath.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A word n-gram model, the book's foil for the transformer: p(w | the n−1 previous words) = count(context, w) /
 * count(context), read off a text. Generation draws each word from that law; a context never seen falls back to
 * shorter ones (down to the unigram law), so generation never stops.
 */
public final class NGramModel {
    private final int n;
    /** For k = 0..n−1: the k previous words joined by spaces → next word → count. */
    private final List<Map<String, Map<String, Integer>>> counts = new ArrayList<>();

    public NGramModel(int n, List<String> words) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("n must be 1..4, not " + n);
        }
        this.n = n;
        for (int k = 0; k < n; k++) {
            Map<String, Map<String, Integer>> table = new HashMap<>();
            for (int i = k; i < words.size(); i++) {
                String context = String.join(" ", words.subList(i - k, i));
                table.computeIfAbsent(context, c -> new HashMap<>()).merge(words.get(i), 1, Integer::sum);
            }
            counts.add(table);
        }
    }

    public int n() {
        return n;
    }

    /** count(context, next) for a context of 0..n−1 words. */
    public int count(List<String> context, String next) {
        Map<String, Integer> nexts = counts.get(context.size()).get(String.join(" ", context));
        return nexts == null ? 0 : nexts.getOrDefault(next, 0);
    }

    /** p(next | the last n−1 words of {@code history}), with back-off to the longest context seen. */
    public Map<String, Integer> nextCounts(List<String> history) {
        for (int k = Math.min(n - 1, history.size()); k >= 0; k--) {
            Map<String, Integer> nexts = counts.get(k).get(String.join(" ", history.subList(history.size() - k, history.size())));
            if (nexts != null && !nexts.isEmpty()) {
                return nexts;
            }
        }
        return Map.of();
    }

    /** {@code length} words drawn one after the other, starting after {@code start}. */
    public List<String> generate(List<String> start, int length, Random random) {
        List<String> history = new ArrayList<>(start);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            Map<String, Integer> nexts = nextCounts(history);
            if (nexts.isEmpty()) {
                break;
            }
            String word = draw(nexts, random);
            out.add(word);
            history.add(word);
        }
        return out;
    }

    private static String draw(Map<String, Integer> counts, Random random) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int target = random.nextInt(total);
        // Sorted so that a seed always gives the same text, whatever the map's order.
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort(null);
        for (String w : words) {
            target -= counts.get(w);
            if (target < 0) {
                return w;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
