package deepmath.transformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import deepmath.nd.Nd4jRuntime;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.inverse.InvertMatrix;

/** The least-squares unembedding x = Aᵀ(AAᵀ)⁻¹y (book chapter 18, proposition 1). */
class MinimumNormTest {

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialise();
    }

    /** Book line 19685: n = 2, N = 4; every matrix the book prints. */
    @Test
    void book19685EveryStep() {
        MinimumNorm m = MinimumNorm.solve(ByHandExamples.MIN_NORM.a(), ByHandExamples.MIN_NORM.y());
        assertArrayEquals(new double[][] {{1, 1}, {2, 1}, {0, -1}, {-1, 0}}, m.transpose());
        assertArrayEquals(new double[][] {{6, 3}, {3, 3}}, m.gram());
        double[][] inverse = {{1 / 3.0, -1 / 3.0}, {-1 / 3.0, 2 / 3.0}};
        assertEquals(0, Matrices.maxDifference(inverse, m.gramInverse()), 1e-15);
        double[][] b = {{0, 1 / 3.0}, {1 / 3.0, 0}, {1 / 3.0, -2 / 3.0}, {-1 / 3.0, 1 / 3.0}};
        assertEquals(0, Matrices.maxDifference(b, m.b()), 1e-15);
        assertArrayEquals(new double[] {-1 / 3.0, 2 / 3.0, 4 / 3.0, -1.0}, m.x(), 1e-15);
        assertArrayEquals(new double[] {2, -1}, m.check(), 1e-15);
    }

    /**
     * A second computation: ND4J's pseudo-inverse (its LAPACK, not this class's elimination). ND4J's pinvert is the
     * left inverse (MᵀM)⁻¹Mᵀ of a tall matrix, so it is taken of Aᵀ and transposed back: A⁺ = (pinv(Aᵀ))ᵀ.
     */
    @Test
    void agreesWithTheNd4jPseudoInverse() {
        Random random = new Random(18);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + random.nextInt(4);
            int big = n + random.nextInt(5);
            double[][] a = new double[n][big];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = random.nextGaussian();
                for (int j = 0; j < big; j++) {
                    a[i][j] = random.nextGaussian();
                }
            }
            double[] x = MinimumNorm.solve(a, y).x();
            double[] pinv = InvertMatrix.pinvert(Nd4j.create(a).transpose().dup(), false).transpose().mmul(Nd4j.create(y, new long[] {n, 1}))
                    .toDoubleVector();
            assertArrayEquals(pinv, x, 1e-9);
        }
    }

    @Test
    void anyOtherSolutionIsLonger() {
        MinimumNorm m = MinimumNorm.solve(ByHandExamples.MIN_NORM.a(), ByHandExamples.MIN_NORM.y());
        // z = (1, 0, 1, 1) and (0, 1, 1, 2) span the kernel of the book's A: A·z = 0.
        double[][] kernel = {{1, 0, 1, 1}, {0, 1, 1, 2}};
        for (double[] z : kernel) {
            assertArrayEquals(new double[] {0, 0}, Matrices.times(m.a(), z), 1e-15);
            double[] other = m.x().clone();
            for (int i = 0; i < 4; i++) {
                other[i] += 0.5 * z[i];
            }
            double norm = Math.sqrt(java.util.Arrays.stream(other).map(v -> v * v).sum());
            assertEquals(true, norm > m.norm(), "x + z/2 is longer");
        }
        assertEquals(Math.sqrt(30) / 3, m.norm(), 1e-15);
    }

    @Test
    void dependentRowsAndWrongLengthsAreRefused() {
        BadInputException rank = assertThrows(BadInputException.class,
                () -> MinimumNorm.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2}));
        assertEquals(TransformerProblem.RANK, rank.inputProblem());
        BadInputException length = assertThrows(BadInputException.class,
                () -> MinimumNorm.solve(new double[][] {{1, 2}, {3, 4}}, new double[] {1, 2, 3}));
        assertEquals(TransformerProblem.TARGET_LENGTH, length.inputProblem());
        assertThrows(BadInputException.class, () -> MinimumNorm.solve(new double[][] {{1, 2}, {3}}, new double[] {1, 2}));
    }
}
