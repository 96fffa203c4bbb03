package deepmath.app.models;

import deepmath.core.Progress;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.EpochReport;
import deepmath.sequential.ModelSpec;
import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.Training;
import deepmath.sequential.TrainingConfig;
import deepmath.sequential.TrainingListener;
import deepmath.sequential.data.Examples;
import deepmath.sequential.data.TrainTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One training run of the builder, off the FX thread: reads the data set, makes the network from the model with the
 * run's seed, and trains it epoch after epoch with the engine ({@code Training}). After every epoch {@code epochDone}
 * gets a snapshot of the network (so that a Stop keeps the last finished epoch) and the reports so far.
 */
final class ModelTraining {
    private ModelTraining() {
    }

    /** {@code pulled} says where a downloaded set (IMDB, CIFAR-10) is read from. */
    static TrainedModel run(ModelSpec spec, DataChoice data, PulledData pulled, TrainingSettings settings,
                            Progress progress, Consumer<TrainedModel> epochDone) {
        TrainTest read = pulled.source().read(data.description());
        Examples train = read.train();
        SequentialNetwork network = SequentialNetwork.initialised(spec, settings.seed());
        int batch = Math.min(settings.batch(), train.count());
        TrainingConfig config = new TrainingConfig(settings.engineLoss(), OptimizerKind.fromKey(settings.optimizer()),
                settings.learningRate(), Math.max(1, batch), settings.validationSplit(), settings.seed(),
                TrainingConfig.cores());
        Examples held = read.held().orElseGet(() -> tail(train, settings.validationSplit()));
        List<EpochReport> history = new ArrayList<>();
        try (Training training = new Training(network, train, config)) {
            training.fit(settings.epochs(), new TrainingListener() {
                @Override
                public void epochDone(EpochReport report) {
                    history.add(report);
                    epochDone.accept(new TrainedModel(SequentialNetwork.withParameters(spec,
                            network.parameters().clone()), train, held, settings, history));
                }
            }, progress);
        }
        return new TrainedModel(network, train, held, settings, history);
    }

    /** The validation share keras's validation_split holds out: the last examples, before shuffling. */
    static Examples tail(Examples all, double share) {
        int n = (int) Math.floor(all.count() * share);
        if (n == 0) {
            return null;
        }
        int from = all.count() - n;
        return new Examples(all.name(), all.shape(), java.util.Arrays.copyOfRange(all.inputs(), from, all.count()),
                java.util.Arrays.copyOfRange(all.targets(), from, all.count()), all.classes());
    }
}
