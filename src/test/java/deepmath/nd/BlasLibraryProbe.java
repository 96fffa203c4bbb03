package deepmath.nd;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Run in a fresh JVM by {@link BlasLibraryTest} (which library loads is decided once per process): loads the engine,
 * multiplies two seeded matrices through both OpenBLAS copies the process has — ND4J's own {@code mmul} and
 * {@link Blas#gemm} — and prints which library ran and both products' entries, one line each.
 */
public final class BlasLibraryProbe {
    static final int M = 37;
    static final int K = 53;
    static final int N = 29;

    private BlasLibraryProbe() {
    }

    static float[][] operands() {
        Random random = new Random(11);
        float[] a = new float[M * K];
        float[] b = new float[K * N];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) random.nextGaussian();
        }
        return new float[][] {a, b};
    }

    public static void main(String[] args) {
        Nd4jRuntime.initialise();
        float[][] ab = operands();
        INDArray a = Nd4j.create(ab[0], new long[] {M, K}, 'c');
        INDArray b = Nd4j.create(ab[1], new long[] {K, N}, 'c');
        INDArray viaNd4j = a.mmul(b);
        INDArray viaBlas = Blas.gemm(a, false, b, false, Nd4j.zeros(DataType.FLOAT, M, N), 1f, 0f);
        System.out.println("library=" + BlasCoreType.library());
        System.out.println("nd4j=" + join(viaNd4j.castTo(DataType.FLOAT).data().asFloat()));
        System.out.println("blas=" + join(viaBlas.data().asFloat()));
    }

    private static String join(float[] values) {
        StringBuilder out = new StringBuilder();
        for (float v : values) {
            out.append(out.length() == 0 ? "" : " ").append(v);
        }
        return out.toString();
    }
}
