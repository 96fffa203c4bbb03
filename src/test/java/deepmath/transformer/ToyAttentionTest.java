package deepmath.transformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

/** One attention head by hand (book chapter 18, §6). */
class ToyAttentionTest {

    /** Book line 21405: ⟨q | k_princesse⟩ = 7 and ⟨q | k_château⟩ = 10. */
    @Test
    void book21405ScalarProducts() {
        ByHandExamples.Attention e = ByHandExamples.CASTLE;
        ToyAttention t = ToyAttention.of(e.queries(), e.keys(), e.values(), false, false);
        assertArrayEquals(new double[][] {{7, 10}}, t.scores());
        // softmax(7, 10) = (1, e³)/(1 + e³).
        double p = 1 / (1 + Math.exp(3));
        assertArrayEquals(new double[] {p, 1 - p}, t.weights()[0], 1e-15);
        // Scaled by √r = 2: softmax(3.5, 5).
        ToyAttention scaled = ToyAttention.of(e.queries(), e.keys(), e.values(), true, false);
        assertEquals(2, scaled.divisor());
        assertArrayEquals(new double[] {3.5, 5}, scaled.scaled()[0]);
        assertEquals(1 / (1 + Math.exp(1.5)), scaled.weights()[0][0], 1e-15);
    }

    /** Book line 21525: with vⱼ = eⱼ the mixed value wᵢ has the book's row i as coordinates (w₃ = 0.1 v₁ + 0.4 v₂ + …). */
    @Test
    void book21525MixedValuesAreTheTableRows() {
        ByHandExamples.Attention e = ByHandExamples.JEANNE;
        ToyAttention t = ToyAttention.ofWeights(e.weights(), e.values());
        double[][] mixed = t.mixed();
        assertArrayEquals(new double[] {0.1, 0.4, 0.4, 0.1}, column(mixed, 2), 1e-15);
        assertArrayEquals(new double[] {0.3, 0.0, 0.2, 0.5}, column(mixed, 3), 1e-15);
        assertArrayEquals(new double[] {0.2, 0.4, 0.1, 0.3}, column(mixed, 0), 1e-15);
        for (double[] row : e.weights()) {
            assertEquals(1, row[0] + row[1] + row[2] + row[3], 1e-15);
        }
    }

    /** Book line 21107: the weights of « mange » are a law, chat and mange carry 90 % of it. */
    @Test
    void book21107SkipTrigramWeights() {
        ByHandExamples.Attention e = ByHandExamples.SKIP;
        ToyAttention t = ToyAttention.ofWeights(e.weights(), e.values());
        assertArrayEquals(new double[] {0, 0.05, 0.40, 0.05, 0.50}, column(t.mixed(), 0), 1e-15);
        assertEquals(0.9, e.weights()[0][2] + e.weights()[0][4], 1e-15);
    }

    /** The causal mask leaves token i only the keys j ≤ i; the mixed values equal (A ⊗ I)·V = V·Aᵀ. */
    @Test
    void causalMaskAndTensorForm() {
        double[][] q = {{1, 0, 2}, {0, 1, 1}};
        double[][] k = {{1, 1, 0}, {2, 0, 1}};
        double[][] v = {{1, 2, 3}, {4, 5, 6}};
        ToyAttention t = ToyAttention.of(q, k, v, true, true);
        assertArrayEquals(new double[] {1, 0, 0}, t.weights()[0], 0);
        assertEquals(Double.NEGATIVE_INFINITY, t.masked()[1][2]);
        // Row 2 (query (0, 1)): scores q·k₁ = 2, q·k₂ = 0, divided by √2.
        double a = Math.exp(2 / Math.sqrt(2));
        assertArrayEquals(new double[] {a / (a + 1), 1 / (a + 1), 0}, t.weights()[1], 1e-15);
        for (double[] row : t.weights()) {
            assertEquals(1, row[0] + row[1] + row[2], 1e-15);
        }
        double[][] tensor = Kronecker.of(t.weights(), Matrices.identity(2), v).action();
        assertEquals(0, Matrices.maxDifference(tensor, t.mixed()), 1e-15);
    }

    @Test
    void shapesThatDoNotFitAreRefused() {
        assertEquals(TransformerProblem.CAUSAL_SQUARE, assertThrows(BadInputException.class,
                () -> ToyAttention.of(new double[][] {{1}}, new double[][] {{1, 2}}, new double[][] {{1, 2}}, false, true))
                .inputProblem());
        assertEquals(TransformerProblem.INNER_SIZES, assertThrows(BadInputException.class,
                () -> ToyAttention.of(new double[][] {{1}, {2}}, new double[][] {{1, 2}}, new double[][] {{1, 2}}, false,
                        false)).inputProblem());
        assertEquals(TransformerProblem.WEIGHTS_SHAPE, assertThrows(BadInputException.class,
                () -> ToyAttention.ofWeights(new double[][] {{0.5, 0.5}}, new double[][] {{1, 2, 3}})).inputProblem());
    }

    private static double[] column(double[][] m, int c) {
        double[] out = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            out[r] = m[r][c];
        }
        return out;
    }
}
