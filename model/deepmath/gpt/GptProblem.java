package deepmath.gpt;

import deepmath.core.InputProblem;

/**
 * Refusals of a GPT-2 model folder (config, weights, tokenizer) and of the text and sampling settings given to it.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum GptProblem implements InputProblem {
    NOT_A_FOLDER("error.gpt.notAFolder",
            "''{0}'' is not a folder (a GPT-2 model is a folder with {1} and {2})"),
    NO_WEIGHTS("error.gpt.noWeights",
            "no {0} in ''{1}''"),
    MISSING_TENSOR("error.gpt.missingTensor",
            "''{0}'' has no tensor ''{1}'': not a GPT-2 checkpoint, or a different architecture"),
    TENSOR_SHAPE("error.gpt.tensorShape",
            "tensor ''{0}'' has shape {1}, config.json implies {2}"),
    SIZES("error.gpt.sizes",
            "GPT-2 sizes must be positive (n_layer {0}, n_head {1}, n_embd {2}, n_positions {3}, vocab_size {4})"),
    HEADS("error.gpt.heads",
            "n_embd {0} is not a multiple of n_head {1}"),
    EPSILON("error.gpt.epsilon",
            "layer_norm_epsilon must be positive"),
    NO_CONFIG("error.gpt.noConfig",
            "no ''{0}'' in {1}"),
    CONFIG_NOT_OBJECT("error.gpt.configNotObject",
            "''{0}'' is not a JSON object"),
    ACTIVATION("error.gpt.activation",
            "''{0}'': activation {1} is not GPT-2''s tanh GELU (gelu_new)"),
    NO_INTEGER("error.gpt.noInteger",
            "''{0}'' has no integer ''{1}''"),
    NO_TOKENS("error.gpt.noTokens",
            "no tokens: type some text first"),
    TOO_MANY_TOKENS("error.gpt.tooManyTokens",
            "{0} tokens is more than this model''s {1} positions"),
    ID_OUTSIDE_MODEL("error.gpt.idOutsideModel",
            "token id {0} is outside this model''s vocabulary (0..{1})"),
    TOKENIZER_MISSING("error.gpt.tokenizerMissing",
            "''{0}'' has no {1}: a GPT-2 tokenizer needs both files"),
    TOKENIZER_MISSING_BOTH("error.gpt.tokenizerMissingBoth",
            "''{0}'' has no {1} and no {2}: a GPT-2 tokenizer needs both files"),
    FOREIGN_VOCABULARY("error.gpt.foreignVocabulary",
            "''{0}'' has no {1} and no {2}, and its vocabulary ({3} tokens) is not GPT-2''s ({4}): copy the model''s tokenizer files into the folder"),
    VOCABULARY_SIZE("error.gpt.vocabularySize",
            "''{0}'': {1} has {2} tokens, config.json says vocab_size {3}"),
    NOT_VOCABULARY("error.gpt.notVocabulary",
            "''{0}'' is not a GPT-2 vocabulary (a JSON object token → id)"),
    BAD_ID("error.gpt.badId",
            "''{0}'': token ''{1}'' has no valid id (an integer from 0 to {2})"),
    ID_TWICE("error.gpt.idTwice",
            "''{0}'': id {1} is given to two tokens"),
    MERGE_RULE("error.gpt.mergeRule",
            "merge rule {0} is not ''left right'': ''{1}''"),
    ID_NOT_IN_VOCABULARY("error.gpt.idNotInVocabulary",
            "token id {0} is not in the vocabulary"),
    ID_OUTSIDE("error.gpt.idOutside",
            "token id {0} is outside the vocabulary (0..{1})"),
    TEMPERATURE("error.gpt.temperature",
            "the temperature must be a positive number, not {0}"),
    TOP_K("error.gpt.topK",
            "top-k needs k ≥ 1, not {0}"),
    TOP_P("error.gpt.topP",
            "top-p needs 0 < p ≤ 1, not {0}"),
    NEW_TOKENS("error.gpt.newTokens",
            "the number of new tokens must be 0 or more, not {0}"),
    NO_FILE("error.gpt.noFile",
            "no file ''{0}''"),
    TOO_SHORT("error.gpt.tooShort",
            "''{0}'' is not a safetensors file (only {1} bytes)"),
    HEADER_LENGTH("error.gpt.headerLength",
            "''{0}'' is not a safetensors file or is truncated (header length {1}, file {2} bytes)"),
    HEADER_DAMAGED("error.gpt.headerDamaged",
            "''{0}'' has a damaged header (not a JSON object)"),
    TOO_MANY_ELEMENTS("error.gpt.tooManyElements",
            "{0} has more elements than the file has bytes"),
    ENTRY_INCOMPLETE("error.gpt.entryIncomplete",
            "''{0}'': entry ''{1}'' lacks dtype, shape or data_offsets"),
    BYTE_RANGE("error.gpt.byteRange",
            "''{0}'': tensor ''{1}'' has byte range [{2}, {3}) that does not match its shape {4} of {5}"),
    TENSOR_TRUNCATED("error.gpt.tensorTruncated",
            "''{0}'' is truncated: tensor ''{1}'' ends at byte {2} of the data, the file holds {3}"),
    UNREADABLE_TYPE("error.gpt.unreadableType",
            "''{0}'': tensor ''{1}'' is {2}, which this lab does not read ({3})"),
    NO_TENSOR("error.gpt.noTensor",
            "''{0}'' has no tensor ''{1}''"),
    TENSOR_TOO_LARGE("error.gpt.tensorTooLarge",
            "tensor ''{0}'' is too large for one Java array"),
    UNREADABLE_DTYPE("error.gpt.unreadableDtype",
            "''{0}'': tensor ''{1}'' has type {2}, which this lab does not read ({3})");

    private final Text text;

    GptProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
