package deepmath.nn;

import deepmath.core.InputProblem;

/**
 * Refusals of a network, its file (JSON), its edits and its training settings.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum NetworkProblem implements InputProblem {
    NOT_AN_OBJECT("error.network.notAnObject",
            "{0}: expected a JSON object '{'\"inputs\": …, \"layers\": […]'}'"),
    INPUTS_FIELD("error.network.inputsField",
            "{0}: field ''inputs''"),
    NO_LAYERS("error.network.noLayers",
            "{0}: field ''layers'' must be a non-empty array"),
    LAYER_NOT_OBJECT("error.network.layerNotObject",
            "{0}: layers[{1}] must be an object"),
    ACTIVATION_NAME("error.network.activationName",
            "{0}: layers[{1}].activation must be a name such as \"tanh\""),
    ACTIVATION("error.network.activation",
            "{0}: layers[{1}].activation: {2}"),
    NO_WEIGHTS("error.network.noWeights",
            "{0}: layers[{1}].weights must be a non-empty array of arrays"),
    WEIGHT_COUNT_INPUTS("error.network.weightCountInputs",
            "{0}: layers[{1}].weights[{2}] has {3} numbers, expected {4} (the network''s inputs)"),
    WEIGHT_COUNT("error.network.weightCount",
            "{0}: layers[{1}].weights[{2}] has {3} numbers, expected {4} (the neurons of layers[{5}])"),
    BIAS_COUNT("error.network.biasCount",
            "{0}: layers[{1}].biases has {2} numbers, expected {3} (one per neuron)"),
    SOFTMAX_FIELD("error.network.softmaxField",
            "{0}: layers[{1}].activation: softmax is for the output layer only"),
    NOT_NUMBERS("error.network.notNumbers",
            "{0} must be an array of numbers"),
    NOT_FINITE("error.network.notFinite",
            "{0}[{1}] must be a finite number, got {2}"),
    NO_NEURON("error.network.noNeuron",
            "a layer needs at least one neuron"),
    BIASES_PER_LAYER("error.network.biasesPerLayer",
            "a layer of {0} neurons needs {0} biases, got {1}"),
    NO_INPUT("error.network.noInput",
            "a neuron needs at least one input"),
    NEURON_WEIGHTS("error.network.neuronWeights",
            "neuron {0} has {1} weights, neuron 1 has {2}"),
    UNKNOWN_ACTIVATION("error.network.unknownActivation",
            "unknown activation ''{0}'' (known: {1})"),
    INPUTS("error.network.inputs",
            "a network needs at least one input, got {0}"),
    NO_LAYER("error.network.noLayer",
            "a network needs at least one layer"),
    LAYER_INPUTS_FIRST("error.network.layerInputsFirst",
            "layer {0} has {1} inputs per neuron, the network has {2} inputs"),
    LAYER_INPUTS("error.network.layerInputs",
            "layer {0} has {1} inputs per neuron, layer {2} has {3} neurons"),
    LAYER_ABSENT("error.network.layerAbsent",
            "layer {0} does not exist: the network has {1} layers"),
    SOFTMAX_OUTPUT("error.network.softmaxOutput",
            "softmax is for the output layer only (layer {0})"),
    EVAL_INPUTS("error.network.evalInputs",
            "the network has {0} input{1}, got {2} value{3}"),
    UNKNOWN_INITIALISATION("error.network.unknownInitialisation",
            "unknown initialisation ''{0}'' (known: glorot, he, zeros)"),
    UNKNOWN_LOSS("error.network.unknownLoss",
            "unknown loss ''{0}'' (known: {1})"),
    UNKNOWN_REGULARISATION("error.network.unknownRegularisation",
            "unknown regularisation ''{0}'' (known: none, l1, l2)"),
    UNKNOWN_PRESET("error.network.unknownPreset",
            "unknown preset ''{0}'' (known: {1})"),
    DATA_INPUTS("error.network.dataInputs",
            "the {0} has {1} input column{2}, the network {3} input{4}"),
    DATA_TARGETS("error.network.dataTargets",
            "the {0} has {1} target column{2}, the network {3} output{4}"),
    DATA("error.network.data",
            "data"),
    TRAINING_DATA("error.network.trainingData",
            "training data"),
    TEST_DATA("error.network.testData",
            "test data"),
    KEEP_ONE_NEURON("error.network.keepOneNeuron",
            "a layer keeps at least one neuron: remove the layer instead"),
    NOT_HIDDEN("error.network.notHidden",
            "layer {0} is not a hidden layer"),
    LEARNING_RATE("error.network.learningRate",
            "the learning rate must be a positive number, got {0}"),
    BATCH_SIZE("error.network.batchSize",
            "the batch size must be at least 1, got {0}"),
    LAMBDA("error.network.lambda",
            "the regularisation rate must be ≥ 0, got {0}"),
    MOMENTUM("error.network.momentum",
            "the momentum must lie in [0, 1), got {0}"),
    STEP_DECAY("error.network.stepDecay",
            "the step decay must be a number of epochs ≥ 0 (0: constant step), got {0}"),
    NO_TRAINING_DATA("error.network.noTrainingData",
            "there is no training data");

    private final Text text;

    NetworkProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
