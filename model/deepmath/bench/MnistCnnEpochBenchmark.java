package deepmath.bench;

import deepmath.core.Progress;
import deepmath.digits.DigitSet;
import deepmath.digits.DigitTrainer;
import deepmath.digits.ModelKind;
import deepmath.digits.TrainingPlan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code mnist-cnn-epoch}: one training epoch of the digit CNN (conv 8 – pool – conv 16 – pool – dropout –
 * dense 10, Adam, batch 32, shifted digits) on the 8 000 training digits, as the digits lab trains it: the
 * sequential engine's {@link deepmath.sequential.Training}, with the threads the lab uses.
 */
public final class MnistCnnEpochBenchmark implements Benchmark {

    @Override
    public String name() {
        return "mnist-cnn-epoch";
    }

    @Override
    public String description() {
        return "One training epoch of the digit CNN on 8000 MNIST digits (batch 32, Adam, the sequential engine).";
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public int runs() {
        return 3;
    }

    @Override
    public Trial prepare(BenchContext context) {
        DigitSet train = DigitSet.shippedSplit().train();
        TrainingPlan plan = TrainingPlan.defaults(ModelKind.CNN).withEpochs(1);
        DigitTrainer trainer = new DigitTrainer(ModelKind.CNN.create(1), train, plan);
        return new Trial() {
            @Override
            public void run() {
                trainer.epoch(Progress.NONE, (e, b, n, l) -> { });
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("digits", String.valueOf(train.size()));
                p.put("batch", String.valueOf(plan.batch()));
                p.put("threads", String.valueOf(plan.threads()));
                p.put("engine", "sequential");
                p.put("blas_core", deepmath.nd.BlasCoreType.reported());
                return p;
            }

            @Override
            public void close() {
                trainer.close();
            }
        };
    }
}
