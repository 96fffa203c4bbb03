package deepmath.app.cli;

import deepmath.bench.Benchmark;
import deepmath.bench.ContoursBenchmark;
import deepmath.bench.EvalGridBenchmark;
import deepmath.bench.MnistCnnEpochBenchmark;
import deepmath.bench.MnistDenseEpochBenchmark;
import deepmath.bench.Nd4jMmulBenchmark;
import deepmath.bench.NetEpochBenchmark;
import deepmath.bench.NetGridBenchmark;
import deepmath.bench.StartupBenchmark;
import java.util.List;

/** Every benchmark {@code deepmath-lab bench} knows, in the order it runs them; each lab adds its own. */
public final class BenchmarkCatalog {
    private BenchmarkCatalog() {
    }

    public static List<Benchmark> all() {
        return List.of(
                new StartupBenchmark(),
                new Nd4jMmulBenchmark(),
                new EvalGridBenchmark(),
                new ContoursBenchmark(),
                new NetGridBenchmark(),
                new NetEpochBenchmark(),
                new MnistDenseEpochBenchmark(),
                new MnistCnnEpochBenchmark());
    }
}
