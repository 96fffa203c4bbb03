package deepmath.sequential;

import deepmath.core.InputProblem;

/** What a sequential model description can get wrong; each names the layer (from 1) and the field. */
public enum ModelSpecProblem implements InputProblem {
    NOT_AN_OBJECT("error.model.notAnObject", "the model description must be a JSON object with \"input\" and \"layers\""),
    BAD_INPUT("error.model.input",
            "\"input\" must be a shape of 1 to 3 sizes from 1 to 65536, like [784] or [28, 28, 1], got {0}"),
    TOP_UNKNOWN_FIELD("error.model.topUnknownField", "the model description: unknown field ''{0}'' (known: input, layers)"),
    NO_LAYERS("error.model.noLayers", "\"layers\" must be a non-empty list of layers"),
    UNKNOWN_FIELD("error.model.unknownField", "layer {0} ({1}): unknown field ''{2}'' (known: {3})"),
    UNKNOWN_TYPE("error.model.unknownType", "layer {0}: unknown type ''{1}'' (known: {2})"),
    MISSING_FIELD("error.model.missingField", "layer {0} ({1}): ''{2}'' is missing"),
    NOT_A_TEXT("error.model.notAText", "layer {0} ({1}): ''{2}'' must be a text"),
    BAD_PADDING("error.model.padding", "layer {0} (conv2d): padding must be ''same'' or ''valid'', got ''{1}''"),
    DENSE_NEEDS_VECTOR("error.model.denseNeedsVector",
            "layer {0} (dense) needs a vector, got the shape {1}: add a flatten layer before it"),
    NEEDS_IMAGE("error.model.needsImage", "layer {0} ({1}) needs an image [height, width, channels], got the shape {2}"),
    KERNEL_TOO_LARGE("error.model.kernelTooLarge",
            "layer {0} (conv2d): a {1}×{1} kernel does not fit in the shape {2} with padding ''valid''"),
    POOL_TOO_LARGE("error.model.poolTooLarge", "layer {0}: a pool of {1}×{1} is larger than its input {2}"),
    SOFTMAX_NOT_LAST("error.model.softmaxNotLast",
            "layer {0} (dense): softmax turns the output into probabilities; only the last layer may use it"),
    TOO_MANY_PARAMETERS("error.model.tooLarge", "the model has {0} parameters: at most {1} are allowed");

    private final Text text;

    ModelSpecProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
