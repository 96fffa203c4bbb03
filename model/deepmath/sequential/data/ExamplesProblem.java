package deepmath.sequential.data;

import deepmath.core.InputProblem;

/**
 * Refusals of the model builder's data sets ({@link DataSource}): a data description that does not parse, a folder
 * or file that does not hold what its kind needs. Each says its particulars in the order of its placeholders; the
 * window says it from the {@code errors} bundle.
 */
public enum ExamplesProblem implements InputProblem {
    UNKNOWN_KIND("error.examples.unknownKind",
            "unknown data ''{0}'' (known: {1})"),
    NO_ARGUMENT("error.examples.noArgument",
            "{0}: what to read is missing after the colon, e.g. {1}"),
    NO_ARGUMENT_TAKEN("error.examples.noArgumentTaken",
            "{0} is shipped with the lab and reads nothing more, got ''{1}''"),
    PULLED_ARGUMENT("error.examples.pulledArgument",
            "{0} is the set downloaded by ''deepmath-lab data pull'' and reads nothing more, got ''{1}''"),
    UNKNOWN_OPTION("error.examples.unknownOption",
            "{0}: unknown option ''{1}'' (known: {2})"),
    OPTION_VALUE("error.examples.optionValue",
            "{0}: option ''{1}'' must be an integer from {2} to {3}, got ''{4}''"),
    FUNCTION_SYNTAX("error.examples.functionSyntax",
            "a function is written function:FORMULA:RANGE, e.g. function:x*cos(y):-4,4,-4,4,25, got ''{0}''"),
    RANGE("error.examples.range",
            "the range ''{0}'' must be a,b,n (x from a to b, n points) or xmin,xmax,ymin,ymax,n (an n × n grid), n from 2 to {1}"),
    RANGE_ORDER("error.examples.rangeOrder",
            "the range ''{0}'': each minimum must be below its maximum"),
    VARIABLES("error.examples.variables",
            "the formula {0} uses {1}; with this range it may use only {2}"),
    UNDEFINED_AT("error.examples.undefinedAt",
            "the formula {0} is not defined at {1}"),
    NO_FOLDER("error.examples.noFolder",
            "no such folder: {0}"),
    NO_CLASSES("error.examples.noClasses",
            "{0}: no class sub-folders holding {1} files (e.g. {0}/cats and {0}/dogs)"),
    ONE_CLASS("error.examples.oneClass",
            "{0}: only one class ({1}); a classification needs at least two"),
    CIFAR_NO_BATCHES("error.examples.cifarNoBatches",
            "{0}: no CIFAR-10 batches (data_batch_1.bin … data_batch_5.bin, test_batch.bin)"),
    CIFAR_SIZE("error.examples.cifarSize",
            "{0}: {1} bytes is not a whole number of CIFAR-10 records (3073 bytes each: a label and 32 × 32 × 3 pixels)"),
    CIFAR_LABEL("error.examples.cifarLabel",
            "{0} record {1}: label {2}, but there are {3} classes"),
    CIFAR_META("error.examples.cifarMeta",
            "{0}: {1} class names, expected 10 (one per line)"),
    SPRITE_SIZE("error.examples.spriteSize",
            "{0} is {1} × {2} pixels: a CIFAR-10 sprite is 1024 pixels wide, one 32 × 32 picture a row"),
    SPRITE_LABELS("error.examples.spriteLabels", "{0} holds {1} labels for {2} pictures"),
    REVIEWS_LAYOUT("error.examples.reviewsLayout",
            "{0}: review {1} has sentiment {2}, but it lies in the quarter of the {3} reviews"),
    REVIEWS_COUNT("error.examples.reviewsCount",
            "{0} holds {1} reviews: the package''s four quarters (test/neg, train/neg, test/pos, train/pos) need a"
                    + " multiple of 4"),
    REVIEWS_FORMAT("error.examples.reviewsFormat",
            "{0} is not an array of '{'\"t\": text, \"s\": 0 or 1'}' reviews ({1})"),
    CSV_TARGETS("error.examples.csvTargets",
            "{0}: {1} target columns leave no input column (lines have {2} values)"),
    CSV_LABELS("error.examples.csvLabels",
            "{0} line {1}: ''{2}'' is not a number; only a single target column may hold class names"),
    NPY_MAGIC("error.examples.npyMagic",
            "{0} is not a NumPy .npy file"),
    NPY_HEADER("error.examples.npyHeader",
            "{0}: unreadable .npy header ({1})"),
    NPY_TYPE("error.examples.npyType",
            "{0}: element type ''{1}'' is not read (known: float64, float32, uint8, int32, int64)"),
    NPY_SIZE("error.examples.npySize",
            "{0}: the header announces {1} values, the file holds {2}"),
    NO_TEXTS("error.examples.noTexts",
            "{0}: no words in the training texts");

    private final Text text;

    ExamplesProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
