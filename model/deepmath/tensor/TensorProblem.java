package deepmath.tensor;

import deepmath.core.InputProblem;

/**
 * Refusals of a tensor typed by the user and of an operation its shape does not allow.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum TensorProblem implements InputProblem {
    EMPTY("error.tensor.empty",
            "no tensor: write numbers in brackets, e.g. [[1, 2], [3, 4]]"),
    EMPTY_LIST("error.tensor.emptyList",
            "an empty list [] before column {0}: every axis has at least one element"),
    CHARACTER("error.tensor.character",
            "unexpected ''{0}'' at column {1}"),
    UNCLOSED("error.tensor.unclosed",
            "a bracket is not closed"),
    RAGGED("error.tensor.ragged",
            "the lists at depth {0} do not all have the same length: a tensor is a full table"),
    NUMBER("error.tensor.number",
            "''{0}'' is not a number"),
    RANK("error.tensor.rank",
            "a tensor of rank {0}: the lab shows ranks 1 to {1}"),
    TOO_LARGE("error.tensor.tooLarge",
            "{0} elements: the blocks show at most {1}"),
    RANGE("error.tensor.range",
            "range({0}, {1}, {2}) is empty: the end must be above the start and the step positive"),
    RANGE_TEXT("error.tensor.rangeText",
            "range({0}): write range(start, end, step)"),
    INTEGERS("error.tensor.integers",
            "''{0}'' is not a list of whole numbers such as 2, 9 (at most 4 of them)"),
    RESHAPE_SIZE("error.tensor.reshapeSize",
            "cannot reshape {0} elements into the shape {1}"),
    RESHAPE_UNKNOWN("error.tensor.reshapeUnknown",
            "{0}: only one length can be -1 (the one numpy works out)"),
    LENGTH("error.tensor.length",
            "{0}: a length is a positive whole number (or -1 once)"),
    AXIS("error.tensor.axis",
            "axis {0} does not exist in a tensor of rank {1} (axes 0 to {2})"),
    PERMUTATION("error.tensor.permutation",
            "{0} is not an order of the axes 0 to {1}, each once"),
    CONCATENATE("error.tensor.concatenate",
            "shapes {0} and {1} differ outside axis {2}: they cannot be concatenated along it"),
    STACK("error.tensor.stack",
            "shapes {0} and {1} differ: only tensors of the same shape can be stacked"),
    BROADCAST("error.tensor.broadcast",
            "shapes {0} and {1} cannot be broadcast together: lengths {2} and {3} differ and neither is 1"),
    MATMUL_RANK("error.tensor.matmulRank",
            "shapes {0} and {1}: the matrix product A @ B takes two matrices (rank 2)"),
    MATMUL("error.tensor.matmul",
            "shapes {0} and {1} cannot be multiplied as matrices: A has {2} columns and B {3} rows"),
    OPERATION("error.tensor.operation",
            "no operation ''{0}'' (known: {1})"),
    PRESET("error.tensor.preset",
            "no tensor preset ''{0}'' (known: {1})"),
    VARIABLES("error.tensor.variables",
            "the function of a tensor uses {0}: the lab gives values to x and y only"),
    GRADIENT_SHAPES("error.tensor.gradientShapes",
            "x has the shape {0} and y the shape {1}: give them the same shape, or make one a single number");

    private final Text text;

    TensorProblem(String key, String english) {
        this.text = new Text(key, english);
    }

    @Override
    public Text text() {
        return text;
    }
}
