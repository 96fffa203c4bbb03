package deepmath.gpt;

import deepmath.core.BadInputException;

/**
 * How each generated token is chosen from the next-token law: the strategy (greedy, a draw from the whole law,
 * top-k, top-p), the softmax temperature τ, k for top-k, p for top-p, and the seed of the draws (the same seed
 * on the same model and prompt gives the same text). Values a strategy does not use are kept but ignored.
 */
public record Sampling(NextToken.Strategy strategy, double temperature, int topK, double topP, long seed) {

    public Sampling {
        if (strategy == null) {
            throw new IllegalArgumentException("no strategy");
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new BadInputException(GptProblem.TEMPERATURE, temperature);
        }
        if (topK < 1) {
            throw new BadInputException(GptProblem.TOP_K, topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new BadInputException(GptProblem.TOP_P, topP);
        }
    }

    /** The most probable token each time (τ = 1, which does not change the argmax). */
    public static Sampling greedy() {
        return new Sampling(NextToken.Strategy.GREEDY, 1, 1, 1, 0);
    }
}
