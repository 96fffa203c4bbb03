package deepmath.conv;

import deepmath.core.InputProblem;

/**
 * Refusals of convolution inputs: matrices, kernels, signals, pooling and the convolution's settings.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum ConvProblem implements InputProblem {
    KERNEL("error.conv.kernel",
            "kernel"),
    MATRIX("error.conv.matrix",
            "matrix"),
    POLYNOMIAL("error.conv.polynomial",
            "polynomial"),
    GRID("error.conv.grid",
            "grid"),
    SIGNAL("error.conv.signal",
            "signal"),
    EMPTY("error.conv.empty",
            "the {0} is empty (rows separated by '';'', entries by '','')"),
    EMPTY_ROW("error.conv.emptyRow",
            "the {0} has an empty row {1}"),
    ROW_LENGTH("error.conv.rowLength",
            "the {0}''s row {1} has {2} entries, row 1 has {3}"),
    NOT_A_NUMBER("error.conv.notANumber",
            "the {0}''s entry ''{1}'' (row {2}, column {3}) is not a number"),
    KERNEL_SIZE("error.conv.kernelSize",
            "a kernel is 1x1 to {0}x{0}, not {1}x{2}"),
    KERNEL_WEIGHT("error.conv.kernelWeight",
            "a kernel weight is not a finite number: {0}"),
    KERNEL_ROW("error.conv.kernelRow",
            "kernel row {0} has {1} entries, not {2}"),
    UNKNOWN_KERNEL("error.conv.unknownKernel",
            "unknown kernel ''{0}'' (one of: {1})"),
    STRIDE("error.conv.stride",
            "the stride must be between 1 and {0}, not {1}"),
    DILATION("error.conv.dilation",
            "the dilation must be between 1 and {0}, not {1}"),
    NO_OUTPUT("error.conv.noOutput",
            "the kernel is larger than the input: 'valid' leaves no output"),
    POOL_SIZE("error.conv.poolSize",
            "the pooling size must be between 1 and 64, not {0}"),
    POOL_STRIDE("error.conv.poolStride",
            "the pooling stride must be between 1 and 64, not {0}"),
    POOL_SYNTAX("error.conv.poolSyntax",
            "pooling is max:SIZE or avg:SIZE (optionally :STRIDE), not ''{0}''"),
    POOL_WHOLE("error.conv.poolWhole",
            "pooling size and stride must be whole numbers: ''{0}''"),
    POOL_TOO_LARGE("error.conv.poolTooLarge",
            "the pooling window ({0}) is larger than the input ({1}x{2})"),
    SIGNAL_EMPTY("error.conv.signalEmpty",
            "the signal and the kernel need at least one value each"),
    SIGNAL_TOO_SHORT("error.conv.signalTooShort",
            "the kernel is longer than the signal: 'valid' leaves no output"),
    UNKNOWN_MODE("error.conv.unknownMode",
            "unknown mode ''{0}'' (same, valid or full)"),
    UNKNOWN_PADDING("error.conv.unknownPadding",
            "unknown padding ''{0}'' (zero, reflect, replicate or wrap)"),
    TARGET_SHAPE("error.conv.targetShape",
            "the target is {0}x{1}, the neuron''s output {2}x{3}"),
    SAME_SIZE("error.conv.sameSize",
            "the two kernels must have the same size: {0}x{1} and {2}x{3}"),
    NOTHING_TO_DO("error.conv.nothingToDo",
            "give --kernel, --pool or both");

    private final Text text;

    ConvProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
