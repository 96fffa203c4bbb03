package deepmath.gpt;

import deepmath.core.BadInputException;
import deepmath.core.Softmax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The next-token law: p_i = exp(z_i / τ) / Σ_j exp(z_j / τ) from the last position's logits z and a
 * temperature τ (τ < 1 sharpens, τ > 1 flattens; the book's chapter 16), and the ways to pick a token from it.
 */
public final class NextToken {
    private final double[] probabilities;
    /** Token ids from the most probable down (ties by id), sorted on first need: greedy choice needs no ranking,
     * and sorting the 50 257 ids of GPT-2 took longer than a whole generated token's products. */
    private Integer[] byProbability;

    /** One candidate: a token id and its probability. */
    public record Candidate(int id, double probability) {
    }

    /** How the next token is chosen. */
    public enum Strategy {
        /** The most probable token. */
        GREEDY,
        /** A draw from the whole law (only the temperature shapes it). */
        SAMPLE,
        /** A draw among the k most probable tokens, renormalised. */
        TOP_K,
        /** A draw among the fewest most probable tokens whose probabilities add up to at least p (nucleus). */
        TOP_P
    }

    public NextToken(float[] logits, double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new BadInputException(GptProblem.TEMPERATURE, temperature);
        }
        probabilities = softmax(logits, temperature);
    }

    private Integer[] ranking() {
        if (byProbability == null) {
            Integer[] ids = IntStream.range(0, probabilities.length).boxed().toArray(Integer[]::new);
            Arrays.sort(ids, Comparator.comparingDouble((Integer i) -> -probabilities[i])); // stable: ties by id
            byProbability = ids;
        }
        return byProbability;
    }

    /** The most probable token, the lowest id among equals (the ranking's first, without the ranking). */
    private int mostProbable() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Softmax with temperature, computed after subtracting the largest logit (no overflow). */
    public static double[] softmax(float[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z);
        }
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (logits[i] - max) / temperature; // shifted before dividing, so that a small T cannot overflow
        }
        Softmax.inPlace(p);
        return p;
    }

    public double probability(int id) {
        return probabilities[id];
    }

    /** The {@code k} most probable tokens, most probable first. */
    public List<Candidate> top(int k) {
        List<Candidate> out = new ArrayList<>(Math.min(k, probabilities.length));
        for (int r = 0; r < Math.min(k, probabilities.length); r++) {
            out.add(new Candidate(ranking()[r], probabilities[ranking()[r]]));
        }
        return out;
    }

    /** Picks the next token; {@code k} is used by TOP_K, {@code p} by TOP_P. */
    public int choose(Strategy strategy, int k, double p, Random random) {
        if (strategy == Strategy.GREEDY) {
            return mostProbable();
        }
        return draw(keptCount(strategy, k, p), random);
    }

    /**
     * The law {@code strategy} draws from: the probabilities of the tokens it keeps (the most probable one for
     * GREEDY, all of them for SAMPLE, the k most probable for TOP_K, the nucleus of mass p for TOP_P) divided by
     * their sum, and 0 for every other token; [vocabulary], summing to 1.
     */
    public double[] truncated(Strategy strategy, int k, double p) {
        int count = keptCount(strategy, k, p);
        double total = 0;
        for (int r = 0; r < count; r++) {
            total += probabilities[ranking()[r]];
        }
        double[] law = new double[probabilities.length];
        for (int r = 0; r < count; r++) {
            law[ranking()[r]] = probabilities[ranking()[r]] / total;
        }
        return law;
    }

    /** How many of the most probable tokens {@code strategy} keeps. */
    private int keptCount(Strategy strategy, int k, double p) {
        return switch (strategy) {
            case GREEDY -> 1;
            case SAMPLE -> probabilities.length;
            case TOP_K -> {
                if (k < 1) {
                    throw new BadInputException(GptProblem.TOP_K, k);
                }
                yield Math.min(k, probabilities.length);
            }
            case TOP_P -> {
                if (!(p > 0 && p <= 1)) {
                    throw new BadInputException(GptProblem.TOP_P, p);
                }
                yield nucleusSize(p);
            }
        };
    }

    /** The number of most probable tokens needed for their probabilities to reach {@code p}. */
    public int nucleusSize(double p) {
        double cumulative = 0;
        for (int r = 0; r < ranking().length; r++) {
            cumulative += probabilities[ranking()[r]];
            if (cumulative >= p) {
                return r + 1;
            }
        }
        return ranking().length;
    }

    /** A draw among the {@code count} most probable tokens, in proportion to their probabilities. */
    private int draw(int count, Random random) {
        double total = 0;
        for (int r = 0; r < count; r++) {
            total += probabilities[ranking()[r]];
        }
        double u = random.nextDouble() * total;
        for (int r = 0; r < count; r++) {
            u -= probabilities[ranking()[r]];
            if (u < 0) {
                return ranking()[r];
            }
        }
        return ranking()[count - 1];
    }
}
