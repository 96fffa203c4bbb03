package deepmath.sequential;

import deepmath.core.InputProblem;

/** What the sequential engine refuses: a model it cannot run, weights or data that do not fit the model. */
public enum EngineProblem implements InputProblem {
    SOFTMAX_CONV("error.engine.softmaxConv",
            "layer {0} (conv2d): softmax belongs to a dense output layer; use relu, sigmoid, tanh or linear here"),
    PARAMETER_COUNT("error.engine.parameterCount", "the weights hold {0} parameters, the model needs {1}"),
    INPUT_SHAPE("error.engine.inputShape", "the data ''{0}'' has examples of shape {1}, the model takes {2}"),
    OUTPUTS("error.engine.outputs", "the data ''{0}'' has {1} values per target, the model gives {2}"),
    EMPTY_DATA("error.engine.emptyData", "the data ''{0}'' has no examples"),
    EPOCHS("error.engine.epochs", "the number of epochs must be from 1 to 100000, got {0}"),
    BATCH("error.engine.batch", "the batch size must be at least 1, got {0}"),
    VALIDATION("error.engine.validation", "the validation fraction must lie in [0, 1), got {0}"),
    TOO_FEW_FOR_VALIDATION("error.engine.tooFewForValidation",
            "a validation fraction of {0} leaves no training example out of {1}"),
    THREADS("error.engine.threads", "the number of threads must be from 1 to 64, got {0}"),
    NOT_A_CHECKPOINT("error.engine.notACheckpoint", "{0} is not a model weights file: {1}"),
    CHECKPOINT_PARTS("error.engine.checkpointParts", "{0} lacks the entry {1}"),
    CHECKPOINT_VALUE("error.engine.checkpointValue", "{0}: stored value number {1} is not a finite number"),
    NO_CHECKPOINT("error.engine.noCheckpoint", "no weights file {0}"),
    OTHER_MODEL("error.engine.otherModel", "{0} holds weights of another model than the given --spec");

    private final Text text;

    EngineProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
