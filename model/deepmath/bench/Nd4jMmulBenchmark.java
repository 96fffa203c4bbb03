package deepmath.bench;

import deepmath.nd.Blas;
import deepmath.nd.Nd4jRuntime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code nd4j-mmul-1024}: a float32 1024×1024 matrix product of ND4J arrays (≈ 2.1 GFLOP), the way the lab's
 * models multiply: {@link Blas#gemm}, one OpenBLAS sgemm on the arrays' memory. {@code --param path=mmuli} times
 * ND4J's own {@code a.mmuli(b, c)} instead (a column-major temporary and a transposing copy around the same sgemm:
 * see {@link Blas}); {@code --param threads=N} sets OpenBLAS's threads (default: the lab's choice,
 * {@link Nd4jRuntime#blasThreads()}).
 */
public final class Nd4jMmulBenchmark implements Benchmark {
    private static final int N = 1024;

    @Override
    public String name() {
        return "nd4j-mmul-1024";
    }

    @Override
    public String description() {
        return "float32 matrix product 1024x1024 by 1024x1024 of ND4J arrays (one OpenBLAS sgemm;"
                + " --param path=mmuli for ND4J's mmuli, --param threads=N).";
    }

    @Override
    public Trial prepare(BenchContext context) {
        Nd4jRuntime.initialise();
        String path = context.option("path").orElse("blas");
        if (!path.equals("blas") && !path.equals("mmuli")) {
            throw new IllegalArgumentException("path is blas or mmuli, not " + path);
        }
        context.option("threads").map(Integer::parseInt).ifPresent(Blas::useThreads);
        Nd4j.getRandom().setSeed(42);
        INDArray a = Nd4j.rand(DataType.FLOAT, N, N);
        INDArray b = Nd4j.rand(DataType.FLOAT, N, N);
        INDArray c = Nd4j.create(DataType.FLOAT, N, N);
        boolean blas = path.equals("blas");
        return new Trial() {
            @Override
            public void run() {
                if (blas) {
                    Blas.gemm(a, false, b, false, c, 1f, 0f);
                } else {
                    a.mmuli(b, c);
                }
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("n", String.valueOf(N));
                p.put("dtype", "float32");
                p.put("path", path);
                p.put("threads", String.valueOf(Blas.threads()));
                p.put("blas_core", deepmath.nd.BlasCoreType.reported());
                p.put("blas_lib", deepmath.nd.BlasCoreType.library());
                return p;
            }

            @Override
            public Map<String, String> derived(double medianMillis) {
                double flops = 2.0 * N * N * N;
                return Map.of("gflops", String.format(Locale.ROOT, "%.1f", flops / (medianMillis * 1e6)));
            }
        };
    }
}
