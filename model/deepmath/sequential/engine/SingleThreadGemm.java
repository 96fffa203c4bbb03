package deepmath.sequential.engine;

import deepmath.nd.Blas;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * {@link Blas#sgemm} / {@link Blas#dgemm} for the chunk passes, which run on every training thread at once: when
 * OpenBLAS has more than one thread, a product is cut along its largest dimension into blocks of at most
 * {@link ConvKernel#SINGLE_THREAD_WORK} multiply-adds, the size OpenBLAS runs on the calling thread. A
 * multi-threaded product called from two training threads at once makes OpenBLAS's threads wait for each other:
 * the dense chunk pass's uncut products made a 2-thread epoch of {@code model-epoch-mnist-cnn32} three times slower
 * than the same epoch with {@code OPENBLAS_NUM_THREADS=1}. With one OpenBLAS thread a product is one call, its best
 * shape. Cutting m or n leaves every sum as it was; cutting k adds the blocks' partial sums in turn (beta = 1).
 * Matrices are row-major from their pointer's position, as in {@link Blas}.
 */
final class SingleThreadGemm {
    private SingleThreadGemm() {
    }

    /** The dimension to cut (0: none, 1: m, 2: n, 3: k) and the block size, packed as cut · 2³² + block. */
    private static long plan(int m, int n, int k) {
        if (Blas.threads() == 1 || (long) m * n * k <= ConvKernel.SINGLE_THREAD_WORK) {
            return 0;
        }
        int cut = m >= n && m >= k ? 1 : n >= k ? 2 : 3;
        long others = cut == 1 ? (long) n * k : cut == 2 ? (long) m * k : (long) m * n;
        int size = cut == 1 ? m : cut == 2 ? n : k;
        long block = Math.max(1, Math.min(size, ConvKernel.SINGLE_THREAD_WORK / others));
        return ((long) cut << 32) | block;
    }

    static void sgemm(boolean transA, boolean transB, int m, int n, int k, FloatPointer a, int lda, FloatPointer b,
                      int ldb, float beta, FloatPointer c, int ldc) {
        long plan = plan(m, n, k);
        int cut = (int) (plan >>> 32);
        if (cut == 0) {
            Blas.sgemm(transA, transB, m, n, k, 1, a, lda, b, ldb, beta, c, ldc);
            return;
        }
        int block = (int) plan;
        int size = cut == 1 ? m : cut == 2 ? n : k;
        for (int from = 0; from < size; from += block) {
            int len = Math.min(block, size - from);
            switch (cut) {
                case 1 -> Blas.sgemm(transA, transB, len, n, k, 1, at(a, transA ? from : (long) from * lda), lda, b,
                        ldb, beta, at(c, (long) from * ldc), ldc);
                case 2 -> Blas.sgemm(transA, transB, m, len, k, 1, a, lda, at(b, transB ? (long) from * ldb : from),
                        ldb, beta, at(c, from), ldc);
                default -> Blas.sgemm(transA, transB, m, n, len, 1, at(a, transA ? (long) from * lda : from), lda,
                        at(b, transB ? from : (long) from * ldb), ldb, from == 0 ? beta : 1, c, ldc);
            }
        }
    }

    static void dgemm(boolean transA, boolean transB, int m, int n, int k, DoublePointer a, int lda, DoublePointer b,
                      int ldb, double beta, DoublePointer c, int ldc) {
        long plan = plan(m, n, k);
        int cut = (int) (plan >>> 32);
        if (cut == 0) {
            Blas.dgemm(transA, transB, m, n, k, 1, a, lda, b, ldb, beta, c, ldc);
            return;
        }
        int block = (int) plan;
        int size = cut == 1 ? m : cut == 2 ? n : k;
        for (int from = 0; from < size; from += block) {
            int len = Math.min(block, size - from);
            switch (cut) {
                case 1 -> Blas.dgemm(transA, transB, len, n, k, 1, at(a, transA ? from : (long) from * lda), lda, b,
                        ldb, beta, at(c, (long) from * ldc), ldc);
                case 2 -> Blas.dgemm(transA, transB, m, len, k, 1, a, lda, at(b, transB ? (long) from * ldb : from),
                        ldb, beta, at(c, from), ldc);
                default -> Blas.dgemm(transA, transB, m, n, len, 1, at(a, transA ? (long) from * lda : from), lda,
                        at(b, transB ? from : (long) from * ldb), ldb, from == 0 ? beta : 1, c, ldc);
            }
        }
    }

    private static FloatPointer at(FloatPointer p, long offset) {
        return new FloatPointer(p).position(p.position() + offset);
    }

    private static DoublePointer at(DoublePointer p, long offset) {
        return new DoublePointer(p).position(p.position() + offset);
    }
}
