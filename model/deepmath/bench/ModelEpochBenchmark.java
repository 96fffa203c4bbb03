package deepmath.bench;

import deepmath.nn.Loss;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.ModelSpec;
import deepmath.sequential.ModelSpecJson;
import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.Training;
import deepmath.sequential.TrainingConfig;
import deepmath.sequential.TrainingListener;
import deepmath.sequential.data.Examples;
import deepmath.sequential.data.MnistSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code model-epoch-mnist-cnn32}: one training epoch of the book's chapter 14 MNIST CNN (line 15640: conv 32
 * 3×3 same ReLU – conv 16 3×3 same ReLU – flatten – dense 10 softmax, 130 394 parameters) in the sequential engine,
 * Adam δ = 0.001, batch 32, on the 8 000 shipped training digits, with the lab's threads. Its PyTorch anchor is
 * {@code docs/tools/mnist_torch_cnn32_anchor.py}.
 */
public final class ModelEpochBenchmark implements Benchmark {
    static final String BOOK_CNN = "{\"input\": [28, 28, 1], \"layers\": ["
            + "{\"type\": \"conv2d\", \"filters\": 32, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
            + "{\"type\": \"conv2d\", \"filters\": 16, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
            + "{\"type\": \"flatten\"}, {\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}]}";

    @Override
    public String name() {
        return "model-epoch-mnist-cnn32";
    }

    @Override
    public String description() {
        return "One epoch of the book's chapter-14 MNIST CNN (conv 32 - conv 16 - dense 10) on 8000 digits, batch 32, Adam.";
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
        ModelSpec spec = ModelSpecJson.parse(BOOK_CNN, name());
        Examples train = new MnistSource().load("train");
        TrainingConfig config = new TrainingConfig(Loss.CATEGORICAL_CROSS_ENTROPY, OptimizerKind.ADAM, 1e-3, 32, 0, 1,
                TrainingConfig.cores());
        Training training = new Training(SequentialNetwork.initialised(spec, 1), train, config);
        return new Trial() {
            @Override
            public void run() {
                training.fit(1, TrainingListener.NONE);
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("digits", String.valueOf(train.count()));
                p.put("batch", String.valueOf(config.batch()));
                p.put("threads", String.valueOf(config.threads()));
                p.put("blas_core", deepmath.nd.BlasCoreType.reported());
                p.put("params", String.valueOf(spec.parameters()));
                return p;
            }

            @Override
            public void close() {
                training.close();
            }
        };
    }
}
