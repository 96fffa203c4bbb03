package deepmath.bench;

import deepmath.nd.Nd4jRuntime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@code nd4j-mmul-1024}: a float32 1024×1024 matrix product on ND4J's BLAS (≈ 2.1 GFLOP). */
public final class Nd4jMmulBenchmark implements Benchmark {
    private static final int N = 1024;

    @Override
    public String name() {
        return "nd4j-mmul-1024";
    }

    @Override
    public String description() {
        return "ND4J float32 matrix product 1024x1024 by 1024x1024 (BLAS sgemm).";
    }

    @Override
    public Trial prepare(BenchContext context) {
        Nd4jRuntime.initialise();
        Nd4j.getRandom().setSeed(42);
        INDArray a = Nd4j.rand(DataType.FLOAT, N, N);
        INDArray b = Nd4j.rand(DataType.FLOAT, N, N);
        INDArray c = Nd4j.create(DataType.FLOAT, N, N);
        return new Trial() {
            @Override
            public void run() {
                a.mmuli(b, c);
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("n", String.valueOf(N));
                p.put("dtype", "float32");
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
