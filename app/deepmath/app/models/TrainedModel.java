package deepmath.app.models;

import deepmath.sequential.EpochReport;
import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.data.Examples;
import java.util.List;

/**
 * A network as the last finished epoch left it, with what it was trained on: the training examples and the
 * held-out ones (the data set's own test part, else the validation share), the settings and the epochs so far.
 * What the "what the network sees" tab looks at.
 */
public record TrainedModel(SequentialNetwork network, Examples train, Examples held, TrainingSettings settings,
                           List<EpochReport> history) {
    public TrainedModel {
        history = List.copyOf(history);
    }

    /** The examples to judge the network on: the held-out ones when there are, else the training ones. */
    public Examples judged() {
        return held != null && held.count() > 0 ? held : train;
    }
}
