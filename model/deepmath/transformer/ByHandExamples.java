package deepmath.transformer;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;
import java.util.List;

/**
 * The worked examples of chapter 18 that the attention lab's By hand tab opens with, every number from the
 * book's text at the line given (a test of each example names that line). Names are in the attention bundle,
 * key {@code preset.<key>}.
 */
public final class ByHandExamples {
    private ByHandExamples() {
    }

    /**
     * A toy head: either queries and keys (then the scores are computed) or the book's attention weights given
     * directly, with the token names of its sentence. Values V = I (each value the token itself) unless given, so
     * that the mixed values read as the book's combinations "0.1 v₁ + 0.4 v₂ + …".
     */
    public record Attention(String key, BookReference book, List<String> queryTokens, List<String> keyTokens,
                            double[][] queries, double[][] keys, double[][] weights, double[][] values,
                            boolean scale, boolean causal) implements BookPreset {
        @Override
        public String bundle() {
            return "attention";
        }

        public boolean weightsGiven() {
            return weights != null;
        }
    }

    /** Château and princesse (§6.4): q = (2, 1, 4, 3) against k_princesse = (−1, 3, 0, 2) (7) and k_château = (−2, 0, 2, 2) (10). */
    public static final Attention CASTLE = new Attention("byhand-qk", BookReference.of(18, 21405),
            List.of("château"), List.of("princesse", "château"),
            new double[][] {{2}, {1}, {4}, {3}},
            new double[][] {{-1, -2}, {3, 0}, {0, 2}, {2, 2}},
            null, Matrices.identity(2), false, false);

    /** « Jeanne visite le zoo, émerveillée » (§6.4): the book's table of weights, row i explaining token i. */
    public static final Attention JEANNE = new Attention("byhand-jeanne", BookReference.of(18, 21525),
            List.of("Jeanne", "visite", "le zoo", "émerveillée"), List.of("Jeanne", "visite", "le zoo", "émerveillée"),
            null, null,
            new double[][] {{0.2, 0.4, 0.1, 0.3}, {0.2, 0.4, 0.4, 0.0}, {0.1, 0.4, 0.4, 0.1}, {0.3, 0.0, 0.2, 0.5}},
            Matrices.identity(4), false, false);

    /** The skip-trigram's context (§6.1): « le petit chat noir mange », attention 5 %, 40 %, 5 %, 50 % on the last four words. */
    public static final Attention SKIP = new Attention("byhand-skip", BookReference.of(18, 21107),
            List.of("mange"), List.of("le", "petit", "chat", "noir", "mange"),
            null, null, new double[][] {{0, 0.05, 0.40, 0.05, 0.50}}, Matrices.identity(5), false, false);

    public static final List<Attention> ATTENTION = List.of(CASTLE, JEANNE, SKIP);

    /** The book's position vectors (§4.2): K = 4, n = 6, p = 100. */
    public record Positions(String key, BookReference book, int dimension, int count, double base)
            implements BookPreset {
        @Override
        public String bundle() {
            return "attention";
        }
    }

    public static final Positions POSITIONS = new Positions("byhand-positions", BookReference.of(18, 20263), 6, 4, 100);

    /** §5.1 and §5.3: A = (1 2; 3 4), B = (2 −1; 1 0), M = (1 2; 0 1), B·M·Aᵀ = (8 18; 5 11). */
    public record Tensor(String key, BookReference book, double[][] a, double[][] b, double[][] m)
            implements BookPreset {
        @Override
        public String bundle() {
            return "attention";
        }
    }

    public static final Tensor KRONECKER = new Tensor("byhand-kron", BookReference.of(18, 20871),
            new double[][] {{1, 2}, {3, 4}}, new double[][] {{2, -1}, {1, 0}}, new double[][] {{1, 2}, {0, 1}});

    /**
     * §3.3 (line 20014): block 1 to block 3 through ℝᵖ. The book gives the block structure without numbers; these
     * small integers are the lab's (p = 2, n = 4), chosen so that Z·X·u₁ = (6, 4) is checked by hand.
     */
    public record Routing(String key, BookReference book, double[][] x, double[][] xTilde, double[][] yTilde,
                          double[][] z, double[][] zTilde, double[] u1) implements BookPreset {
        @Override
        public String bundle() {
            return "attention";
        }
    }

    public static final Routing ROUTING = new Routing("byhand-routing", BookReference.of(18, 20014),
            new double[][] {{1, 2}, {0, 1}}, new double[][] {{1, 0}, {1, 1}}, new double[][] {{3, 1}, {2, 2}},
            new double[][] {{2, 0}, {1, 1}}, new double[][] {{1, 1}, {0, 2}}, new double[] {1, 1});

    /** §2.2: n = 2, N = 4, A = (1 2 0 −1; 1 1 −1 0), y = (2, −1), x_min = (−1, 2, 4, −3)/3. */
    public record LeastNorm(String key, BookReference book, double[][] a, double[] y) implements BookPreset {
        @Override
        public String bundle() {
            return "attention";
        }
    }

    public static final LeastNorm MIN_NORM = new LeastNorm("byhand-min-norm", BookReference.of(18, 19685),
            new double[][] {{1, 2, 0, -1}, {1, 1, -1, 0}}, new double[] {2, -1});
}
