package deepmath.transformer;

import deepmath.core.InputProblem;

/**
 * Refusals of chapter 18's computations by hand: matrices whose sizes do not fit, a singular A·Aᵀ, a position
 * table that cannot be built.
 */
public enum TransformerProblem implements InputProblem {
    EMPTY("error.transformer.empty",
            "{0}: give at least one number"),
    RAGGED("error.transformer.ragged",
            "{0}: row {1} has {2} numbers, row 1 has {3}"),
    NOT_FINITE("error.transformer.notFinite",
            "{0}: every entry must be a finite number"),
    TARGET_LENGTH("error.transformer.targetLength",
            "the target y has {0} numbers but A has {1} rows: give one per row"),
    RANK("error.transformer.rank",
            "A·Aᵀ is not invertible: the rows of A are not independent (A must have rank n = {0})"),
    INNER_SIZES("error.transformer.innerSizes",
            "{0} has {1} columns but {2} has {3} rows: they must be equal"),
    KRON_M_SHAPE("error.transformer.kronShape",
            "M must be {0} × {1} (B''s columns × A''s columns), got {2} × {3}"),
    CAUSAL_SQUARE("error.transformer.causalSquare",
            "the causal mask needs as many queries as keys, got {0} queries and {1} keys"),
    WEIGHTS_SHAPE("error.transformer.weightsShape",
            "the attention weights must have one column per value (V has {0} columns), got {1}"),
    DIMENSION("error.transformer.dimension",
            "the dimension n must be an even whole number between 2 and {0}, got {1}"),
    COUNT("error.transformer.count",
            "the number of positions K must be a whole number between 1 and {0}, got {1}"),
    BASE("error.transformer.base",
            "the base p must be a finite number above 1, got {0}"),
    TOO_LARGE("error.transformer.tooLarge",
            "{0}: at most {1} × {1} entries, got {2} × {3}"),
    ROUTING_BLOCK("error.transformer.routingBlock",
            "{0} must be square and as large as {1} ({2} × {2}), got {3} × {4}"),
    ROUTING_VECTOR("error.transformer.routingVector",
            "u₁ must have {0} numbers (the size of X), got {1}");

    private final Text text;

    TransformerProblem(String key, String english) {
        this.text = new Text(key, english);
    }

    @Override
    public Text text() {
        return text;
    }
}
