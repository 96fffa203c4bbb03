package deepmath.bench;

import deepmath.core.BadInputException;
import deepmath.grid.Grid2D;
import deepmath.nd.Nd4jRuntime;
import deepmath.nn.Activation;
import deepmath.nn.GridForward;
import deepmath.nn.Initialization;
import deepmath.nn.Layer;
import deepmath.nn.Network;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code net-grid-256}: a 2-8-8-1 tanh network over a 256 × 256 grid — the heat map redrawn while a weight
 * is dragged; goal ≤ 2 ms. {@code --param path=nd4j} times ND4J's batched pass instead of the fused kernel.
 */
public final class NetGridBenchmark implements Benchmark {
    private static final int N = 256;

    @Override
    public String name() {
        return "net-grid-256";
    }

    @Override
    public String description() {
        return "Forward pass of a 2-8-8-1 tanh network over a 256x256 grid (fused float kernel; goal <= 2 ms;"
                + " --param path=nd4j for ND4J).";
    }

    @Override
    public int warmups() {
        return 200;
    }

    @Override
    public int runs() {
        return 200;
    }

    @Override
    public Trial prepare(BenchContext context) {
        String path = context.option("path").orElse("fused");
        if (!path.equals("fused") && !path.equals("nd4j")) {
            throw new BadInputException("net-grid-256: path must be fused or nd4j, got " + path);
        }
        Network network = new Network(2, List.of(Layer.zeros(Activation.TANH, 2, 8), Layer.zeros(Activation.TANH, 8, 8),
                Layer.zeros(Activation.TANH, 8, 1)));
        Initialization.GLOROT.apply(network, 42);
        Grid2D grid = Grid2D.square(-6, 6, -6, 6, N);
        if (path.equals("nd4j")) {
            Nd4jRuntime.initialise();
        }
        return new Trial() {
            @Override
            public void run() {
                if (path.equals("fused")) {
                    GridForward.output(network, grid);
                } else {
                    Nd4jForward.outputOnGrid(network, grid);
                }
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("net", network.shape());
                p.put("activation", "tanh");
                p.put("grid", N + "x" + N);
                p.put("path", path);
                p.put("threads", String.valueOf(Runtime.getRuntime().availableProcessors()));
                return p;
            }

            @Override
            public Map<String, String> derived(double medianMillis) {
                return Map.of("mpoints_per_s", String.format(java.util.Locale.ROOT, "%.1f",
                        grid.size() / (medianMillis * 1e3)));
            }
        };
    }
}
