package deepmath.bench;

import deepmath.core.Progress;
import deepmath.data.ClassicSets;
import deepmath.data.Dataset;
import deepmath.nn.Activation;
import deepmath.nn.Initialization;
import deepmath.nn.Layer;
import deepmath.nn.Loss;
import deepmath.nn.Network;
import deepmath.nn.Regularization;
import deepmath.nn.Trainer;
import deepmath.nn.TrainingSettings;
import deepmath.optim.OptimizerKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code net-epoch-1000}: one training epoch (backpropagation + Adam) of a 2-8-8-1 tanh/σ network on 1 000
 * points of the spirals in mini-batches of 10, i.e. 100 steps; goal ≤ 20 ms.
 */
public final class NetEpochBenchmark implements Benchmark {

    @Override
    public String name() {
        return "net-epoch-1000";
    }

    @Override
    public String description() {
        return "One training epoch of a 2-8-8-1 network on 1000 points, batch 10 (100 backprop + Adam steps;"
                + " goal <= 20 ms).";
    }

    @Override
    public int warmups() {
        return 20;
    }

    @Override
    public int runs() {
        return 30;
    }

    @Override
    public Trial prepare(BenchContext context) {
        Network network = new Network(2, List.of(Layer.zeros(Activation.TANH, 2, 8), Layer.zeros(Activation.TANH, 8, 8),
                Layer.zeros(Activation.SIGMOID, 8, 1)));
        Initialization.GLOROT.apply(network, 42);
        Dataset data = ClassicSets.SPIRALS.generate(1000, 0.1, 1);
        TrainingSettings settings = new TrainingSettings(Loss.BINARY_CROSS_ENTROPY, OptimizerKind.ADAM, 0.01, 0.9,
                10, Regularization.L2, 1e-4, 1);
        Trainer trainer = new Trainer(network, data, Dataset.empty(2, 1), settings);
        return new Trial() {
            @Override
            public void run() {
                trainer.epoch(Progress.NONE);
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("net", network.shape());
                p.put("points", "1000");
                p.put("batch", "10");
                p.put("optimizer", "adam");
                return p;
            }
        };
    }
}
