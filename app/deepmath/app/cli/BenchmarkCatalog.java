package deepmath.app.cli;

import deepmath.bench.Benchmark;
import deepmath.bench.ConvolutionBenchmark;
import deepmath.bench.ContoursBenchmark;
import deepmath.bench.DescentStepsBenchmark;
import deepmath.bench.EvalGridBenchmark;
import deepmath.bench.Gpt2SmallBenchmark;
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
                new deepmath.app.bench.SurfaceUpdateBenchmark(),
                new deepmath.app.bench.StartupWindowBenchmark(),
                new DescentStepsBenchmark(),
                new NetGridBenchmark(),
                new NetEpochBenchmark(),
                new Gpt2SmallBenchmark(),
                new deepmath.bench.Gpt2GenerateBenchmark(),
                new deepmath.bench.Gpt2TrainStepBenchmark(),
                new ConvolutionBenchmark(3, 1, false),
                new ConvolutionBenchmark(5, 1, false),
                new ConvolutionBenchmark(7, 1, false),
                new ConvolutionBenchmark(3, 3, false),
                new ConvolutionBenchmark(5, 3, false),
                new ConvolutionBenchmark(7, 3, false),
                new ConvolutionBenchmark(3, 1, true),
                new MnistDenseEpochBenchmark(),
                new MnistCnnEpochBenchmark(),
                new deepmath.bench.ModelEpochBenchmark());
    }
}
