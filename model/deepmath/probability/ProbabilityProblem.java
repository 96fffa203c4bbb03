package deepmath.probability;

import deepmath.core.InputProblem;

/**
 * Refusals of the probability computations (chapter 16): a vector of scores, a temperature, a loss's targets
 * and predictions, a data set to normalise, a normal law, a dropout rate.
 */
public enum ProbabilityProblem implements InputProblem {
    NO_VALUES("error.probability.noValues",
            "{0}: give at least one number"),
    NOT_A_NUMBER("error.probability.notANumber",
            "{0}: ''{1}'' is not a number"),
    TOO_MANY("error.probability.tooMany",
            "{0}: at most {1} numbers, got {2}"),
    TEMPERATURE("error.probability.temperature",
            "the temperature must be a finite number above 0, got {0}"),
    LENGTHS("error.probability.lengths",
            "{0} targets for {1} predictions: give as many of each"),
    ROW_LENGTHS("error.probability.rowLengths",
            "row {0}: {1} targets for {2} predictions"),
    LOG_TARGET("error.probability.logTarget",
            "mean squared log error: the target {0} is not above -1 (ln(1 + y) needs y > -1)"),
    LOG_PREDICTION("error.probability.logPrediction",
            "mean squared log error: the prediction {0} is not above -1 (ln(1 + y) needs y > -1)"),
    TARGET_NOT_A_PROBABILITY("error.probability.targetNotAProbability",
            "{0}: the target {1} is not a probability between 0 and 1"),
    PREDICTION_NOT_A_PROBABILITY("error.probability.predictionNotAProbability",
            "{0}: the prediction {1} is not a probability between 0 and 1"),
    UNKNOWN_LOSS("error.probability.unknownLoss",
            "unknown loss ''{0}'' (one of: {1})"),
    UNKNOWN_METHOD("error.probability.unknownMethod",
            "unknown normalisation ''{0}'' (one of: {1})"),
    CONSTANT_DATA("error.probability.constantData",
            "{0}: all the values are equal, so there is nothing to rescale"),
    SIGMA("error.probability.sigma",
            "the standard deviation σ must be above 0, got {0}"),
    KEEP("error.probability.keep",
            "the probability p of keeping a neuron must be in (0, 1], got {0}");

    private final Text text;

    ProbabilityProblem(String key, String english) {
        this.text = new Text(key, english);
    }

    @Override
    public Text text() {
        return text;
    }
}
