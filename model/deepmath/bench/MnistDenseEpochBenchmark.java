package deepmath.bench;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.DigitTrainer;
import deepmath.digits.ModelKind;
import deepmath.digits.TrainingPlan;
import deepmath.core.Progress;
import deepmath.nd.Nd4jRuntime;
import deepmath.optim.OptimizerKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code mnist-dense-epoch}: one epoch of the dense 784-128-10 digit network (ReLU, softmax, cross-entropy,
 * plain gradient descent δ = 0.1, batch 32) on the 8 000 training digits, to be no slower than numpy doing the
 * same products (docs/benchmarks.md, "Digits", gives both). Engines ({@code --param engine=...}):
 * {@code sparse} (default) the fused float32 kernel {@link SparseDenseSgd} that skips blank pixels;
 * {@code nd4j} the same products as numpy on ND4J's BLAS; {@code loops} the generic trainer (the digits lab's
 * network in the sequential engine, {@link deepmath.sequential.Training} with plain gradient descent).
 */
public final class MnistDenseEpochBenchmark implements Benchmark {
    private static final int BATCH = 32;
    private static final double STEP = 0.1;

    @Override
    public String name() {
        return "mnist-dense-epoch";
    }

    @Override
    public String description() {
        return "One epoch of the dense 784-128-10 digit network on 8000 MNIST digits, batch 32, SGD"
                + " (--param engine=sparse|nd4j|loops); goal: no slower than numpy on the same epoch.";
    }

    @Override
    public int warmups() {
        return 3;
    }

    @Override
    public int runs() {
        return 10;
    }

    @Override
    public Trial prepare(BenchContext context) {
        String engine = context.option("engine").orElse("sparse");
        DigitSet train = DigitSet.shippedSplit().train();
        DigitNetwork start = ModelKind.DENSE.create(1);
        Runnable epoch;
        if (engine.equals("loops")) {
            DigitTrainer trainer = new DigitTrainer(start, train, new TrainingPlan(1, BATCH, STEP, 1, 1, 0),
                    OptimizerKind.SGD);
            epoch = () -> trainer.epoch(Progress.NONE, (e, b, n, l) -> { });
        } else if (engine.equals("sparse")) {
            SparseDenseSgd sgd = new SparseDenseSgd(start, BATCH, STEP);
            int[] order = java.util.stream.IntStream.range(0, train.size()).toArray();
            epoch = () -> sgd.epoch(train, order);
        } else if (engine.equals("nd4j")) {
            Nd4jRuntime.initialise();
            int[] order = java.util.stream.IntStream.range(0, train.size()).toArray();
            Nd4jDenseEpoch nd4j = new Nd4jDenseEpoch(start, train, order, BATCH, STEP);
            epoch = nd4j::epoch;
        } else {
            throw new deepmath.core.BadInputException("engine must be sparse, nd4j or loops, got " + engine);
        }
        return new Trial() {
            @Override
            public void run() {
                epoch.run();
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("net", "784-128-10");
                p.put("digits", String.valueOf(train.size()));
                p.put("batch", String.valueOf(BATCH));
                p.put("optimizer", "sgd");
                p.put("engine", engine);
                return p;
            }
        };
    }
}
