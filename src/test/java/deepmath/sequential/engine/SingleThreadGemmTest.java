package deepmath.sequential.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.nd.Blas;
import java.util.SplittableRandom;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.junit.jupiter.api.Test;

/**
 * The cut products of the chunk passes against the definition c = beta·c + Σ_l op(a)[i][l]·op(b)[l][j], with two
 * OpenBLAS threads (so that they are cut) and with one (one call): every transposition, each of m, n and k the
 * largest (the dimension cut), leading dimensions wider than the matrices, and beta 0 and 1 (a k cut adds its
 * blocks with beta = 1 after the first, which must still honour the caller's beta).
 */
class SingleThreadGemmTest {

    private static double[] random(int n, SplittableRandom r) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * r.nextDouble() - 1;
        }
        return a;
    }

    private static void check(boolean ta, boolean tb, int m, int n, int k, double beta, SplittableRandom r) {
        int lda = (ta ? m : k) + 3;
        int ldb = (tb ? k : n) + 2;
        int ldc = n + 1;
        double[] a = random((ta ? k : m) * lda, r);
        double[] b = random((tb ? n : k) * ldb, r);
        double[] c = random(m * ldc, r);
        double[] want = c.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += (ta ? a[l * lda + i] : a[i * lda + l]) * (tb ? b[j * ldb + l] : b[l * ldb + j]);
                }
                want[i * ldc + j] = beta * c[i * ldc + j] + s;
            }
        }
        String name = (ta ? "T" : "N") + (tb ? "T" : "N") + " " + m + "×" + n + "×" + k + " beta " + beta;
        DoublePointer pa = new DoublePointer(a);
        DoublePointer pb = new DoublePointer(b);
        DoublePointer pc = new DoublePointer(c);
        SingleThreadGemm.dgemm(ta, tb, m, n, k, pa, lda, pb, ldb, beta, pc, ldc);
        double[] got = new double[c.length];
        pc.get(got);
        float[] fa = new float[a.length];
        float[] fb = new float[b.length];
        float[] fc = new float[c.length];
        for (int i = 0; i < a.length; i++) {
            fa[i] = (float) a[i];
        }
        for (int i = 0; i < b.length; i++) {
            fb[i] = (float) b[i];
        }
        for (int i = 0; i < c.length; i++) {
            fc[i] = (float) c[i];
        }
        FloatPointer qc = new FloatPointer(fc);
        SingleThreadGemm.sgemm(ta, tb, m, n, k, new FloatPointer(fa), lda, new FloatPointer(fb), ldb, (float) beta, qc,
                ldc);
        float[] gotF = new float[c.length];
        qc.get(gotF);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = i * ldc + j;
                assertEquals(want[at], got[at], 1e-12 * k, name + " float64 [" + i + "][" + j + "]");
                assertEquals(want[at], gotF[at], 2e-6 * k, name + " float32 [" + i + "][" + j + "]");
            }
            // the leading dimension's padding column is not written
            assertEquals(c[i * ldc + n], got[i * ldc + n], 0, name + " padding");
        }
    }

    private static void allShapes(SplittableRandom r) {
        int[][] shapes = {{700, 9, 50}, {9, 700, 50}, {9, 50, 700}, {3, 4, 5}};
        for (int[] s : shapes) {
            for (int t = 0; t < 4; t++) {
                for (double beta : new double[] {0, 1}) {
                    check((t & 1) != 0, (t & 2) != 0, s[0], s[1], s[2], beta, r);
                }
            }
        }
    }

    @Test
    void cutProductsEqualTheDefinition() {
        int threads = Blas.threads();
        Blas.useThreads(2);
        try {
            allShapes(new SplittableRandom(5));
        } finally {
            Blas.useThreads(threads);
        }
    }

    @Test
    void uncutProductsOnOneThreadEqualTheDefinition() {
        try (deepmath.nd.OneBlasThread scope = deepmath.nd.OneBlasThread.open()) {
            assertEquals(1, Blas.threads());
            allShapes(new SplittableRandom(6));
        }
    }
}
