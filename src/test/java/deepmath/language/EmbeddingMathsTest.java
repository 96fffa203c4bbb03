package deepmath.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chapter 17 vector tools on the book's numbers, and the eigen-solver against known decompositions. */
class EmbeddingMathsTest {

    /** Book line 18164: ‖X − Y‖ = √5 ≈ 2.24, S(X, Y) = 5/√26 ≈ 0.98. */
    @Test
    void distanceAndCosineOfTheBooksTwoVectors() {
        assertEquals(Math.sqrt(5), VectorGeometry.distance(BookExamples.COSINE_X, BookExamples.COSINE_Y), 1e-12);
        assertEquals(5 / Math.sqrt(26), VectorGeometry.cosine(BookExamples.COSINE_X, BookExamples.COSINE_Y), 1e-12);
        assertEquals(0.98, VectorGeometry.cosine(BookExamples.COSINE_X, BookExamples.COSINE_Y), 0.005);
    }

    /** Book line 18380: S(X1, Y) ≈ 0.98, S(X2, Y) ≈ 0.39, S(X3, Y) ≈ 0.32 — the text is about a king. */
    @Test
    void theRoyalTextIsNearestToKing() {
        double[] y = BookExamples.ROYAL_TEXT;
        assertEquals(0.98, VectorGeometry.cosine(BookExamples.ROYAL_VECTORS[0], y), 0.005);
        assertEquals(0.39, VectorGeometry.cosine(BookExamples.ROYAL_VECTORS[1], y), 0.005);
        assertEquals(0.32, VectorGeometry.cosine(BookExamples.ROYAL_VECTORS[2], y), 0.005);
        // … and yet far from it in Euclidean distance: √(4 + 1) against √(9 + 1 + 0 + 1) for queen.
        assertEquals(Math.sqrt(5), VectorGeometry.distance(BookExamples.ROYAL_VECTORS[0], y), 1e-12);
    }

    /** Book line 18417: distances between 1000 uniform points of R⁷⁶⁸ ≈ 11.3 ± 0.25; random cosines ≈ 0 ± 1/√n. */
    @Test
    void theCurseOfDimension() {
        RandomVectors.Sample s = RandomVectors.sample(BookExamples.CURSE_DIMENSION, BookExamples.CURSE_POINTS, 1);
        assertEquals(11.3, s.distances().mean(), 0.05);
        assertEquals(0.25, s.distances().std(), 0.03);
        assertEquals(Math.sqrt(768 / 6.0), s.distances().mean(), 0.02);
        assertEquals(0, s.cosines().mean(), 0.005);
        assertEquals(1 / Math.sqrt(768), s.cosines().std(), 0.003);
        RandomVectors.Sample low = RandomVectors.sample(2, 300, 1);
        assertTrue(low.distances().relative() > 5 * s.distances().relative(), "distances spread less as n grows");
    }

    @Test
    void projectionsOnALineAndAPlane() {
        double[] x = {3, 4, 12};
        assertEquals(3, VectorGeometry.onLine(x, new double[] {2, 0, 0}), 1e-12);
        // The plane of (1, 1, 0) and (1, 0, 0): u = (1, 1, 0)/√2, v = (1, −1, 0)/√2.
        double[] p = VectorGeometry.onPlane(x, new double[] {1, 1, 0}, new double[] {1, 0, 0});
        assertArrayEquals(new double[] {7 / Math.sqrt(2), -1 / Math.sqrt(2)}, p, 1e-12);
    }

    @Test
    void eigenSolverOnAKnownDecomposition() {
        // A = Q diag(5, 2, −1) Qᵀ with Q a rotation: the solver gives back λ and ±Q's columns.
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        double[][] q = {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
        double[] lambda = {5, 2, -1};
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    a[i][j] += q[i][k] * lambda[k] * q[j][k];
                }
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(a);
        assertArrayEquals(lambda, eigen.values(), 1e-12);
        for (int k = 0; k < 3; k++) {
            double[] v = eigen.vector(k);
            double dot = 0;
            for (int i = 0; i < 3; i++) {
                dot += v[i] * q[i][k];
            }
            assertEquals(1, Math.abs(dot), 1e-12, "eigenvector " + k);
        }
    }

    @Test
    void eigenSolverOnRandomSymmetricMatrices() {
        Random random = new Random(3);
        for (int n : new int[] {1, 2, 7, 60}) {
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    a[i][j] = a[j][i] = random.nextGaussian();
                }
            }
            SymmetricEigen eigen = SymmetricEigen.of(a);
            double[] lambda = eigen.values();
            double[][] v = eigen.vectors();
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    assertTrue(lambda[k] <= lambda[k - 1]);
                }
                for (int i = 0; i < n; i++) {
                    double av = 0;
                    for (int j = 0; j < n; j++) {
                        av += a[i][j] * v[j][k];
                    }
                    assertEquals(lambda[k] * v[i][k], av, 1e-10, "A v = λ v, n = " + n);
                }
                for (int l = 0; l < n; l++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) {
                        dot += v[i][k] * v[i][l];
                    }
                    assertEquals(k == l ? 1 : 0, dot, 1e-10, "VᵀV = I, n = " + n);
                }
            }
        }
    }

    /**
     * Regression: the former PCA ran 500 power iterations, which leaves PC1 a mix of two axes whose variances
     * are close (ratio 0.999⁵⁰⁰ ≈ 0.6 of the second axis left). The eigen-solver separates them exactly.
     */
    @Test
    void pcaSeparatesAxesOfNearlyEqualVariance() {
        double a = 1;
        double b = Math.sqrt(0.999);
        // Four points: ±a on x, ±b on y (variances 2a²/3 and 2b²/3), in R³.
        float[][] rows = {{(float) a, 0, 0}, {(float) -a, 0, 0}, {0, (float) b, 0}, {0, (float) -b, 0}};
        Pca pca = new EmbeddingGeometry(rows).pca(new int[] {0, 1, 2, 3}, 2);
        assertEquals(a, Math.abs(pca.coordinates()[0][0]), 1e-6);
        assertEquals(0, pca.coordinates()[0][1], 1e-6);
        assertEquals(0, pca.coordinates()[2][0], 1e-6);
        assertEquals(2 * a * a / 3, pca.variances()[0], 1e-6);
        assertEquals(2 * 0.999 / 3, pca.variances()[1], 1e-6);
    }

    @Test
    void pcaByCovarianceAndByGramMatrixAgree() {
        Random random = new Random(5);
        double[][] points = new double[6][10];
        for (double[] p : points) {
            for (int i = 0; i < p.length; i++) {
                p[i] = random.nextGaussian() * (i + 1);
            }
        }
        Pca gram = Pca.of(points, 3);          // 6 points in R¹⁰: the Gram branch
        double[][] tall = new double[6][];
        for (int i = 0; i < 6; i++) {
            tall[i] = java.util.Arrays.copyOf(points[i], 5);
        }
        double[][] wide = new double[6][10];
        for (int i = 0; i < 6; i++) {
            System.arraycopy(tall[i], 0, wide[i], 0, 5);
        }
        Pca covariance = Pca.of(tall, 3);     // 6 points in R⁵: the covariance branch
        Pca viaGram = Pca.of(wide, 3);          // the same points padded with zeros to R¹⁰: Gram branch
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(covariance.coordinates()[i], viaGram.coordinates()[i], 1e-9);
        }
        assertArrayEquals(covariance.variances(), viaGram.variances(), 1e-9);
        assertTrue(gram.explained(0) > gram.explained(1));
    }

    @Test
    void analogyFindsTheFourthCornerOfAParallelogram() {
        // king − man + woman lands on queen when the four make a parallelogram; noise words around.
        float[][] rows = {{5, 1, 0}, {1, 1, 0}, {1, 4, 0}, {5, 4.2f, 0.1f}, {0, 0, 3}, {-2, 1, 1}};
        EmbeddingGeometry g = new EmbeddingGeometry(rows);
        EmbeddingGeometry.Analogy answer = g.analogy(0, 1, 2, 3, 3);
        assertArrayEquals(new double[] {5, 4, 0}, answer.vector(), 1e-6);
        assertEquals(3, answer.best().get(0).id());
        assertEquals(1, answer.rankWithInputs());
        assertEquals(1, answer.rankWithoutInputs());
    }

    /** Book line 18661: king itself is nearest to king − man + woman, queen second; without the inputs, first. */
    @Test
    void theInputCanComeFirstAsTheBooksKingDoes() {
        float[][] rows = {{10, 1}, {1, 1}, {1, 1.3f}, {9, 2.5f}, {-1, 3}};
        EmbeddingGeometry.Analogy answer = new EmbeddingGeometry(rows).analogy(0, 1, 2, 3, 5);
        assertEquals(0, answer.best().get(0).id(), "king first");
        assertEquals(2, answer.rankWithInputs());
        assertEquals(1, answer.rankWithoutInputs());
    }
}
