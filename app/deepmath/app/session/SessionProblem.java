package deepmath.app.session;

import deepmath.core.InputProblem;

/**
 * Refusals of a session file and of the labs' parts of it (a damaged or hand-edited file).
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum SessionProblem implements InputProblem {
    MISSING("error.session.missing",
            "''{0}'' does not exist"),
    EMPTY("error.session.empty",
            "''{0}'' is empty, not a DeepMath Lab session"),
    TOO_LARGE("error.session.tooLarge",
            "''{0}'' is too large ({1} MB) to be a DeepMath Lab session"),
    DAMAGED_JSON("error.session.damagedJson",
            "''{0}'' is damaged: {1}{2}{3}"),
    DAMAGED_TRAILING("error.session.damagedTrailing",
            "''{0}'' is damaged: text after the end of the JSON value{1}"),
    FOREIGN("error.session.foreign",
            "''{0}'' is not a DeepMath Lab session (it has no \"format\": \"{1}\")"),
    NO_VERSION("error.session.noVersion",
            "''{0}'' has no valid session \"version\""),
    NEWER("error.session.newer",
            "''{0}'' was saved by a newer DeepMath Lab (session version {1}; this version reads up to {2})"),
    LABS_NOT_OBJECT("error.session.labsNotObject",
            "''{0}'' is damaged: \"labs\" must be an object"),
    LAB_NOT_OBJECT("error.session.labNotObject",
            "''{0}'' is damaged: \"labs.{1}\" must be an object"),
    NOT_A_STRING("error.session.notAString",
            "''{0}'' is damaged: \"{1}\" must be a string"),
    UNKNOWN_LAB("error.session.unknownLab",
            "the session names an unknown lab \"{0}\""),
    IN_LAB("error.session.inLab",
            "lab \"{0}\": {1}"),
    DESCENT_PRESET("error.session.descentPreset",
            "descent: ''preset'' must be a preset''s name"),
    DESCENT_UNKNOWN_PRESET("error.session.descentUnknownPreset",
            "descent: unknown preset ''{0}''"),
    DESCENT_PRESET_NEEDED("error.session.descentPresetNeeded",
            "descent: ''preset'' must name a preset when ''problem'' is not given"),
    DESCENT_PROBLEM("error.session.descentProblem",
            "descent: ''problem'' must be function, regression or circle, got {0}"),
    DESCENT_NO_FORMULA("error.session.descentNoFormula",
            "descent: a {0} problem has no ''formula''"),
    DESCENT_FORMULA_TEXT("error.session.descentFormulaText",
            "descent: ''formula'' must be a formula''s text, got {0}"),
    DESCENT_FORMULA("error.session.descentFormula",
            "descent: ''formula'': {0}"),
    DESCENT_FORMULA_VARIABLES("error.session.descentFormulaVariables",
            "descent: ''formula'' has more than two variables: {0}"),
    DESCENT_DATA("error.session.descentData",
            "descent: ''data'' must be '{'\"x\": [...], \"y\": [...]'}'"),
    DESCENT_DATA_SIZE("error.session.descentDataSize",
            "descent: ''data'' must have as many x as y, from 2 to {0} points"),
    DESCENT_WINDOW("error.session.descentWindow",
            "descent: ''window'' must be [xMin, xMax, yMin, yMax] with min < max"),
    DESCENT_START("error.session.descentStart",
            "descent: ''start'' must be a point of {0} numbers"),
    DESCENT_RACE("error.session.descentRace",
            "descent: ''race'' must be a list of method names"),
    DESCENT_RACE_ENTRY("error.session.descentRaceEntry",
            "descent: ''race'' must be a list of method names, got {0}"),
    DESCENT_NAME("error.session.descentName",
            "descent: ''{0}'' must be a name, got {1}"),
    CONV_TAB("error.session.convTab",
            "convolution: unknown tab ''{0}''"),
    CONV_SIGNAL_PRESET("error.session.convSignalPreset",
            "convolution.signal.preset: unknown ''{0}''"),
    CONV_MATRIX_SIZE("error.session.convMatrixSize",
            "convolution.matrix: at most 10x10 input and 7x7 kernel"),
    CONV_SAMPLE("error.session.convSample",
            "convolution.image.sample: unknown ''{0}''"),
    CONV_CHAIN("error.session.convChain",
            "convolution.image.chain must be a list of filter steps"),
    CONV_POOLING("error.session.convPooling",
            "convolution.image.pooling: unknown ''{0}''"),
    CONV_CHOICE("error.session.convChoice",
            "convolution: ''{0}'' must be one of {1}, got {2}"),
    ATTENTION_HEADS("error.session.attentionHeads",
            "attention.heads must be a list of head numbers"),
    ATTENTION_MATRIX("error.session.attentionMatrix",
            "attention.matrix must be probabilities, scores or mask"),
    ATTENTION_TEXT("error.session.attentionText",
            "attention.text must be a string"),
    ATTENTION_MODEL("error.session.attentionModel",
            "attention.model must be a folder name"),
    ATTENTION_MODEL_PATH("error.session.attentionModelPath",
            "attention.model is not a valid folder name: {0}"),
    DIGITS_MODEL("error.session.digitsModel",
            "digits.model must be dense or cnn, got {0}"),
    DIGITS_STROKES("error.session.digitsStrokes",
            "digits.strokes must be a list of strokes"),
    DIGITS_POINTS("error.session.digitsPoints",
            "digits.strokes: each stroke needs \"points\": [x0, y0, x1, y1, ...]"),
    DIGITS_PIXELS("error.session.digitsPixels",
            "digits.digit must hold 784 values (28 × 28)"),
    NETWORK_DATA("error.session.networkData",
            "network: field ''data'' must be CSV text"),
    NETWORK_DATA_INPUTS("error.session.networkDataInputs",
            "network: the data has {0} input{1} per sample, the network takes {2}"),
    NETWORK_DOMAIN("error.session.networkDomain",
            "network: field ''domain'' must hold 4 numbers"),
    NETWORK_PRESET("error.session.networkPreset",
            "network: field ''preset'' must be a preset''s name"),
    NETWORK_UNKNOWN_PRESET("error.session.networkUnknownPreset",
            "network: unknown preset ''{0}''"),
    NETWORK_SOURCE("error.session.networkSource",
            "network: field ''dataSource'' must be a text"),
    SURFACES_NO_FORMULA("error.session.surfacesNoFormula",
            "surfaces: 'formula' is missing"),
    SURFACES_FORMULA("error.session.surfacesFormula",
            "surfaces: ''formula'' must be a text, got {0}"),
    SURFACES_MODE("error.session.surfacesMode",
            "surfaces: ''mode'' must be surface or curve, got {0}"),
    SURFACES_WINDOW("error.session.surfacesWindow",
            "surfaces: 'window' must be [xMin, xMax, yMin, yMax] with min < max"),
    SURFACES_PARAMETERS("error.session.surfacesParameters",
            "surfaces: 'parameters' must be an object {\"a\": 1, ...}"),
    SURFACES_PICKED("error.session.surfacesPicked",
            "surfaces: 'picked' must be a point [x, y]");

    private final String key;
    private final String english;

    SessionProblem(String key, String english) {
        this.key = key;
        this.english = english;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String english() {
        return english;
    }
}
