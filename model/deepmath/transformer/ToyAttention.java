package deepmath.transformer;

import deepmath.core.BadInputException;
import deepmath.core.Softmax;

/**
 * One attention head by hand, with the book's column convention (chapter 18, §6): the queries qᵢ are the columns
 * of Q ∈ M(r, m), the keys kⱼ the columns of K ∈ M(r, K), the values vⱼ the columns of V ∈ M(d, K). Then the scores
 * S = QᵀK (Sᵢⱼ = ⟨qᵢ | kⱼ⟩), optionally divided by √r, optionally masked (−∞ above the diagonal: a token sees only
 * itself and the tokens before it), the softmax of each row A = softmax(S), and the mixed values wᵢ = Σⱼ Aᵢⱼ vⱼ, the
 * columns of V·Aᵀ = (A ⊗ I)·V. When the book gives the weights themselves (its 4-token tables), they replace
 * the softmax: {@link #ofWeights}.
 */
public record ToyAttention(double[][] scores, double[][] scaled, double[][] masked, double[][] weights,
                           double[][] mixed, double divisor) {

    /** From queries and keys: the whole chain. */
    public static ToyAttention of(double[][] queries, double[][] keys, double[][] values, boolean scale,
                                  boolean causal) {
        Matrices.checked(queries, "Q");
        Matrices.checked(keys, "K");
        Matrices.checked(values, "V");
        if (queries.length != keys.length) {
            throw new BadInputException(TransformerProblem.INNER_SIZES, "Qᵀ", queries.length, "K", keys.length);
        }
        if (values[0].length != keys[0].length) {
            throw new BadInputException(TransformerProblem.WEIGHTS_SHAPE, values[0].length, keys[0].length);
        }
        int m = queries[0].length;
        int t = keys[0].length;
        if (causal && m != t) {
            throw new BadInputException(TransformerProblem.CAUSAL_SQUARE, m, t);
        }
        double[][] scores = Matrices.multiply(Matrices.transpose(queries), keys, "Qᵀ", "K");
        double divisor = scale ? Math.sqrt(queries.length) : 1;
        double[][] scaled = new double[m][t];
        double[][] masked = new double[m][t];
        double[][] weights = new double[m][];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < t; j++) {
                scaled[i][j] = scores[i][j] / divisor;
                masked[i][j] = causal && j > i ? Double.NEGATIVE_INFINITY : scaled[i][j];
            }
            weights[i] = masked[i].clone();
            Softmax.inPlace(weights[i]);
        }
        return new ToyAttention(scores, scaled, masked, weights, mix(values, weights), divisor);
    }

    /** From given weights (one row per query, one column per value): only the mixing. */
    public static ToyAttention ofWeights(double[][] weights, double[][] values) {
        Matrices.checked(weights, "A");
        Matrices.checked(values, "V");
        if (weights[0].length != values[0].length) {
            throw new BadInputException(TransformerProblem.WEIGHTS_SHAPE, values[0].length, weights[0].length);
        }
        return new ToyAttention(null, null, null, weights, mix(values, weights), 1);
    }

    /** V·Aᵀ: column i is Σⱼ Aᵢⱼ vⱼ. */
    private static double[][] mix(double[][] values, double[][] weights) {
        return Matrices.multiply(values, Matrices.transpose(weights), "V", "Aᵀ");
    }

    /** Whether the weights came from queries and keys (else they were given). */
    public boolean fromScores() {
        return scores != null;
    }
}
