package deepmath.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Choosing the next word of an n-gram model as the book does (ch. 17 §2.3): greedy decoding takes the most
 * frequent next word (ties: alphabetical); sampling keeps the k most frequent next words, turns their frequencies
 * pᵢ = count/total into softmax_T(p), σ_T,i = e^(pᵢ/T)/Σ e^(pⱼ/T), and draws from that law — T → 0 gives the greedy
 * text back, a large T a uniform choice among the k.
 */
public final class NGramDecoder {
    private final NGramModel model;

    public NGramDecoder(NGramModel model) {
        this.model = model;
    }

    /** The next words after {@code history}, most frequent first (ties alphabetical), at most k. */
    public List<Map.Entry<String, Integer>> candidates(List<String> history, int k) {
        List<Map.Entry<String, Integer>> all = new ArrayList<>(model.nextCounts(history).entrySet());
        all.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return all.subList(0, Math.min(k, all.size()));
    }

    /** softmax_T of the frequencies of the k best next words: word → probability, in the candidates' order. */
    public Map<String, Double> law(List<String> history, double temperature, int k) {
        if (!(temperature > 0) || k < 1) {
            throw new IllegalArgumentException("temperature must be > 0 and k ≥ 1");
        }
        Map<String, Integer> nexts = model.nextCounts(history);
        double total = nexts.values().stream().mapToInt(Integer::intValue).sum();
        List<Map.Entry<String, Integer>> best = candidates(history, k);
        Map<String, Double> out = new LinkedHashMap<>();
        if (best.isEmpty()) {
            return out;
        }
        // Shifted by the largest score before exp: T = 0.001 would overflow e^(p/T) otherwise.
        double top = best.get(0).getValue() / total / temperature;
        double sum = 0;
        for (Map.Entry<String, Integer> e : best) {
            double w = Math.exp(e.getValue() / total / temperature - top);
            out.put(e.getKey(), w);
            sum += w;
        }
        for (Map.Entry<String, Double> e : out.entrySet()) {
            e.setValue(e.getValue() / sum);
        }
        return out;
    }

    /** {@code length} words, each the most frequent after the previous ones. */
    public List<String> greedy(List<String> start, int length) {
        List<String> history = new ArrayList<>(start);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            List<Map.Entry<String, Integer>> best = candidates(history, 1);
            if (best.isEmpty()) {
                break;
            }
            out.add(best.get(0).getKey());
            history.add(best.get(0).getKey());
        }
        return out;
    }

    /** {@code length} words drawn from softmax_T over the k best next words. */
    public List<String> sample(List<String> start, int length, double temperature, int k, Random random) {
        List<String> history = new ArrayList<>(start);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            Map<String, Double> law = law(history, temperature, k);
            if (law.isEmpty()) {
                break;
            }
            double target = random.nextDouble();
            String chosen = null;
            for (Map.Entry<String, Double> e : law.entrySet()) {
                chosen = e.getKey();
                target -= e.getValue();
                if (target < 0) {
                    break;
                }
            }
            out.add(chosen);
            history.add(chosen);
        }
        return out;
    }
}
