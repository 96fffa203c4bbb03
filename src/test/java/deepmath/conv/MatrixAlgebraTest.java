package deepmath.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The algebra of chapter 11 §4 and chapter 13 §1.3 (line 15208), on random integer matrices and the book's. */
class MatrixAlgebraTest {
    private static double[][] random(Random r, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = r.nextInt(11) - 5;
            }
        }
        return m;
    }

    @Test
    void lines12660And15375FullConvolutionOfListsIsCommutative() {
        // [1, 0, 3, 5, 1] ẽ⋆ [1, 2, 3] = [1, 2, 6, 11, 20, 17, 3] (line 12660, again at line 15375).
        double[][] fg = MatrixAlgebra.full(new double[][] {{1, 0, 3, 5, 1}}, new double[][] {{1, 2, 3}});
        assertArrayEquals(new double[][] {{1, 2, 6, 11, 20, 17, 3}}, fg);
        assertArrayEquals(fg, MatrixAlgebra.full(new double[][] {{1, 2, 3}}, new double[][] {{1, 0, 3, 5, 1}}));
        Random r = new Random(3);
        for (int k = 0; k < 50; k++) {
            double[][] f = random(r, 1, 1 + r.nextInt(8));
            double[][] g = random(r, 1, 1 + r.nextInt(5));
            assertArrayEquals(MatrixAlgebra.full(f, g), MatrixAlgebra.full(g, f));
        }
    }

    @Test
    void line15208FullConvolutionIsAssociativeCorrelationIsNot() {
        Random r = new Random(5);
        for (int k = 0; k < 50; k++) {
            double[][] a = random(r, 2 + r.nextInt(5), 2 + r.nextInt(5));
            double[][] m = random(r, 1 + r.nextInt(3), 1 + r.nextInt(3));
            double[][] n = random(r, 1 + r.nextInt(3), 1 + r.nextInt(3));
            assertEquals(0, MatrixAlgebra.maxDifference(MatrixAlgebra.full(MatrixAlgebra.full(a, m), n),
                    MatrixAlgebra.full(a, MatrixAlgebra.full(m, n))));
        }
        // Without the flip (the book's remark after line 15208): the worked example's A, M and N = M differ.
        double[][] a = MatrixExample.WORKED.input();
        double[][] m = MatrixExample.WORKED.kernel();
        double[][] n = {{0, 1, 0}, {0, 0, 0}, {0, 0, 2}};
        double left = MatrixAlgebra.maxDifference(
                MatrixAlgebra.fullCorrelation(MatrixAlgebra.fullCorrelation(a, m), n),
                MatrixAlgebra.fullCorrelation(a, MatrixAlgebra.fullCorrelation(m, n)));
        assertTrue(left > 1, "correlation happened to be associative here: " + left);
    }

    @Test
    void convolutionIsLinearInTheKernel() {
        Random r = new Random(9);
        double[][] a = MatrixExample.WORKED.input();
        for (int k = 0; k < 30; k++) {
            double[][] m = random(r, 3, 3);
            double[][] n = random(r, 3, 3);
            double alpha = r.nextInt(7) - 3;
            double beta = r.nextInt(7) - 3;
            assertEquals(0, MatrixAlgebra.maxDifference(MatrixAlgebra.same(a, MatrixAlgebra.combine(alpha, m, beta, n)),
                    MatrixAlgebra.combine(alpha, MatrixAlgebra.same(a, m), beta, MatrixAlgebra.same(a, n))), 1e-9);
        }
    }
}
