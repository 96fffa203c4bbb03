package deepmath.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.bytedeco.javacpp.FloatPointer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The direct OpenBLAS products against a plain triple loop in double precision (the straightforward product),
 * on sizes that are not multiples of any kernel's block, with every transpose, views with an offset and a leading
 * dimension wider than the row, and β ≠ 0.
 */
class BlasTest {
    @BeforeAll
    static void engine() {
        Nd4jRuntime.initialise();
    }

    @Test
    void gemmEqualsTheTripleLoopForEveryTranspose() {
        SplittableRandom random = new SplittableRandom(7);
        int m = 37;
        int n = 29;
        int k = 53;
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                double[][] a = matrix(random, m, k);
                double[][] b = matrix(random, k, n);
                double[][] c0 = matrix(random, m, n);
                INDArray left = ta ? array(transpose(a)) : array(a);
                INDArray right = tb ? array(transpose(b)) : array(b);
                INDArray c = array(c0);
                Blas.gemm(left, ta, right, tb, c, 0.5f, 2f);
                assertClose(plus(scale(product(a, b), 0.5), scale(c0, 2)), c, "ta=" + ta + " tb=" + tb);
            }
        }
    }

    @Test
    void gemmReadsTransposedViewsAndBlocksOfAWiderMatrix() {
        SplittableRandom random = new SplittableRandom(8);
        double[][] wide = matrix(random, 20, 50);
        INDArray stored = array(wide);
        // columns 10 … 25 of rows 3 … 19: an offset and a leading dimension of 50.
        INDArray block = stored.get(NDArrayIndex.interval(3, 19), NDArrayIndex.interval(10, 26));
        double[][] b = matrix(random, 16, 9);
        INDArray bt = array(transpose(b)).transpose(); // a column-major view of b
        INDArray c = Nd4j.create(DataType.FLOAT, 16, 9);
        Blas.gemm(block, false, bt, false, c, 1f, 0f);
        double[][] a = new double[16][16];
        for (int i = 0; i < 16; i++) {
            System.arraycopy(wide[3 + i], 10, a[i], 0, 16);
        }
        assertClose(product(a, b), c, "block · transposed view");

        // The result into columns 4 … 12 of a wider row-major matrix, the rest left alone.
        INDArray target = Nd4j.zeros(DataType.FLOAT, 16, 20);
        Blas.gemm(block, false, bt, false, target.get(NDArrayIndex.all(), NDArrayIndex.interval(4, 13)), 1f, 0f);
        assertClose(product(a, b), target.get(NDArrayIndex.all(), NDArrayIndex.interval(4, 13)), "into a block");
        assertEquals(0.0, target.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 4)).sumNumber().doubleValue());
        assertEquals(0.0, target.get(NDArrayIndex.all(), NDArrayIndex.interval(13, 20)).sumNumber().doubleValue());
    }

    @Test
    void gemvEqualsTheLoopBothWays() {
        SplittableRandom random = new SplittableRandom(9);
        double[][] a = matrix(random, 41, 23);
        double[] x = matrix(random, 1, 41)[0];
        double[] y0 = matrix(random, 1, 23)[0];
        INDArray stored = array(a);
        FloatPointer px = Blas.pointer(array(new double[][] {x}));
        INDArray y = array(new double[][] {y0});
        Blas.sgemv(true, 41, 23, 1f, Blas.pointer(stored), 23, px, 1f, Blas.pointer(y)); // y ← aᵀx + y
        for (int j = 0; j < 23; j++) {
            double expected = y0[j];
            for (int i = 0; i < 41; i++) {
                expected += a[i][j] * x[i];
            }
            assertEquals(expected, y.getDouble(0, j), 1e-4, "aᵀx, entry " + j);
        }
        double[] v = matrix(random, 1, 23)[0];
        INDArray z = Nd4j.create(DataType.FLOAT, 1, 41);
        Blas.sgemv(false, 41, 23, 2f, Blas.pointer(stored), 23, Blas.pointer(array(new double[][] {v})), 0f,
                Blas.pointer(z));
        for (int i = 0; i < 41; i++) {
            double expected = 0;
            for (int j = 0; j < 23; j++) {
                expected += 2 * a[i][j] * v[j];
            }
            assertEquals(expected, z.getDouble(0, i), 1e-4, "2av, entry " + i);
        }
    }

    @Test
    void theLargeProductOfTheBenchmarkMatchesNd4jsOwn() {
        Nd4j.getRandom().setSeed(42);
        INDArray a = Nd4j.rand(DataType.FLOAT, 256, 300);
        INDArray b = Nd4j.rand(DataType.FLOAT, 300, 200);
        INDArray ours = Blas.gemm(a, false, b, false, Nd4j.create(DataType.FLOAT, 256, 200), 1f, 0f);
        INDArray theirs = a.castTo(DataType.DOUBLE).mmul(b.castTo(DataType.DOUBLE));
        assertEquals(0, ours.castTo(DataType.DOUBLE).sub(theirs).amaxNumber().doubleValue(), 1e-3);
    }

    @Test
    void mismatchedShapesAreRefused() {
        INDArray a = Nd4j.create(DataType.FLOAT, 3, 4);
        assertThrows(IllegalArgumentException.class,
                () -> Blas.gemm(a, false, a, false, Nd4j.create(DataType.FLOAT, 3, 4), 1f, 0f));
        assertThrows(IllegalArgumentException.class,
                () -> Blas.gemm(a, false, a, true, Nd4j.create(DataType.DOUBLE, 3, 3), 1f, 0f));
    }

    @Test
    void threadsCanBeSetAndRead() {
        int before = Blas.threads();
        try {
            Blas.useThreads(1);
            assertEquals(1, Blas.threads());
        } finally {
            Blas.useThreads(before);
        }
        assertEquals(Nd4jRuntime.blasThreads(), before, "the lab set OpenBLAS's threads itself at start");
    }

    @Test
    void everyCoreUnlessTheMachineIsAlreadyBusy() {
        assertEquals(2, Nd4jRuntime.chooseThreads(2, 0.4));
        assertEquals(2, Nd4jRuntime.chooseThreads(2, 8.7), "two threads still won at load 8.7 on 2 cores");
        assertEquals(8, Nd4jRuntime.chooseThreads(8, 47.9));
        assertEquals(1, Nd4jRuntime.chooseThreads(2, 12.0), "six runnable processes per core");
        assertEquals(1, Nd4jRuntime.chooseThreads(2, 23.6));
        assertEquals(4, Nd4jRuntime.chooseThreads(4, -1), "no load average: idle");
    }

    private static double[][] matrix(SplittableRandom random, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = (float) (random.nextDouble() * 2 - 1);
            }
        }
        return m;
    }

    private static INDArray array(double[][] m) {
        float[][] f = new float[m.length][m[0].length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                f[i][j] = (float) m[i][j];
            }
        }
        return Nd4j.create(f);
    }

    private static double[][] product(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                double s = 0;
                for (int l = 0; l < b.length; l++) {
                    s += a[i][l] * b[l][j];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[][] scale(double[][] a, double s) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = a[i][j] * s;
            }
        }
        return out;
    }

    private static double[][] plus(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = a[i][j] + b[i][j];
            }
        }
        return out;
    }

    private static void assertClose(double[][] expected, INDArray actual, String where) {
        assertEquals(expected.length, actual.rows(), where);
        assertEquals(expected[0].length, actual.columns(), where);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[0].length; j++) {
                assertEquals(expected[i][j], actual.getDouble(i, j), 1e-4, where + " at " + i + "," + j);
            }
        }
    }
}
