package deepmath.transformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tensor product of book chapter 18, §5: (A ⊗ B)·M = B·M·Aᵀ and the Kronecker matrix on vec(M). */
class KroneckerTest {

    /** Book line 20643: B·M·Aᵀ = (8 18; 5 11). */
    @Test
    void book20643ActionOnAMatrix() {
        Kronecker k = Kronecker.of(ByHandExamples.KRONECKER.a(), ByHandExamples.KRONECKER.b(), ByHandExamples.KRONECKER.m());
        assertArrayEquals(new double[][] {{8, 18}, {5, 11}}, k.action());
    }

    /** Book line 20871: the 4 × 4 Kronecker matrix, vec(M) = (1, 0, 2, 1) and (A ⊗ B)·vec(M) = (8, 5, 18, 11). */
    @Test
    void book20871KroneckerMatrixOnVecM() {
        Kronecker k = Kronecker.of(ByHandExamples.KRONECKER.a(), ByHandExamples.KRONECKER.b(), ByHandExamples.KRONECKER.m());
        assertArrayEquals(new double[][] {{2, -1, 4, -2}, {1, 0, 2, 0}, {6, -3, 8, -4}, {3, 0, 4, 0}}, k.product());
        assertArrayEquals(new double[] {1, 0, 2, 1}, k.vecM());
        assertArrayEquals(new double[] {8, 5, 18, 11}, k.productTimesVec());
        assertArrayEquals(new double[][] {{8, 18}, {5, 11}}, k.productResult());
        assertEquals(0, k.identityGap());
    }

    /** Both sides of the identity on random matrices of every small shape (A p×p', B n×n', M n'×p'). */
    @Test
    void identityHoldsOnRandomMatrices() {
        Random random = new Random(20790);
        for (int trial = 0; trial < 200; trial++) {
            double[][] a = random(random, 1 + random.nextInt(4), 1 + random.nextInt(4));
            double[][] b = random(random, 1 + random.nextInt(4), 1 + random.nextInt(4));
            double[][] m = random(random, b[0].length, a[0].length);
            Kronecker k = Kronecker.of(a, b, m);
            assertEquals(0, k.identityGap(), 1e-12);
            // (I ⊗ B)·M = B·M and (A ⊗ I)·M = M·Aᵀ, the two halves the book splits attention into.
            assertEquals(0, Matrices.maxDifference(Kronecker.of(Matrices.identity(a[0].length), b, m).action(),
                    Matrices.multiply(b, m)), 1e-12);
        }
    }

    @Test
    void vecStacksColumnsAndUnvecUndoesIt() {
        double[][] m = {{1, 2, 3}, {4, 5, 6}};
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, Kronecker.vec(m));
        assertArrayEquals(m, Kronecker.unvec(Kronecker.vec(m), 2));
    }

    @Test
    void matrixOfTheWrongShapeIsRefused() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Kronecker.of(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1}}, new double[][] {{1, 2}, {3, 4}}));
        assertEquals(TransformerProblem.KRON_M_SHAPE, e.inputProblem());
    }

    private static double[][] random(Random random, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextInt(11) - 5;
            }
        }
        return m;
    }
}
