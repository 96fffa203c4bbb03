package deepmath.digits;

import deepmath.core.InputProblem;

/**
 * Refusals of the digits lab: weights files, digit sets, training plans, pictures of a digit.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum DigitsProblem implements InputProblem {
    NO_WEIGHTS("error.digits.noWeights",
            "no weights file at {0}"),
    NOT_WEIGHTS("error.digits.notWeights",
            "{0} is not a digits weights file: {1}"),
    WEIGHTS_PARTS("error.digits.weightsParts",
            "{0} is not a digits weights file (it needs {1} and {2})"),
    PARAMETER("error.digits.parameter",
            "{0}: parameter {1} is not a finite number"),
    UNKNOWN_MODEL("error.digits.unknownModel",
            "unknown model ''{0}'': expected {1}"),
    DENSE_PARAMETERS("error.digits.denseParameters",
            "{0} parameters do not make a 784-H-10 dense network"),
    CNN_PARAMETERS("error.digits.cnnParameters",
            "{0} parameters do not make the {1}-parameter CNN"),
    LABEL_COUNT("error.digits.labelCount",
            "{0} labels for {1} images"),
    LABEL("error.digits.label",
            "digit {0} has label {1}, expected 0 to 9"),
    IMAGE_SIZE("error.digits.imageSize",
            "the images are {0} × {1} pixels, expected MNIST''s 28 × 28"),
    IMAGES_LABELS("error.digits.imagesLabels",
            "{0} images but {1} labels"),
    HOLD_OUT("error.digits.holdOut",
            "cannot hold out {0} of {1} digits"),
    EMPTY_IMAGE("error.digits.emptyImage",
            "the image is empty"),
    EPOCHS("error.digits.epochs",
            "the number of epochs must be at least 1, got {0}"),
    BATCH("error.digits.batch",
            "the mini-batch size must be at least 1, got {0}"),
    LEARNING_RATE("error.digits.learningRate",
            "the learning rate must be a positive number, got {0}"),
    SHIFT("error.digits.shift",
            "the random shift must be between 0 and 4 pixels, got {0}"),
    THREADS("error.digits.threads",
            "at least one thread is needed, got {0}"),
    NOT_IDX_IMAGES("error.digits.notIdxImages",
            "{0} is not an IDX image file (magic number {1}, expected {2})"),
    IDX_SIZES("error.digits.idxSizes",
            "{0}: impossible image sizes {1} × {2} × {3}"),
    IDX_PIXELS_TRUNCATED("error.digits.idxPixelsTruncated",
            "{0} is truncated: fewer pixels than its header announces"),
    NOT_IDX_LABELS("error.digits.notIdxLabels",
            "{0} is not an IDX label file (magic number {1}, expected {2})"),
    IDX_LABEL_COUNT("error.digits.idxLabelCount",
            "{0}: negative label count {1}"),
    IDX_LABELS_TRUNCATED("error.digits.idxLabelsTruncated",
            "{0} is truncated: fewer labels than its header announces");

    private final Text text;

    DigitsProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
