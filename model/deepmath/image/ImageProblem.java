package deepmath.image;

import deepmath.core.InputProblem;

/**
 * Refusals of a picture or a kernel file the user opens.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum ImageProblem implements InputProblem {
    NO_FILE("error.image.noFile",
            "no image file ''{0}''"),
    UNREADABLE("error.image.unreadable",
            "cannot read ''{0}'': {1}"),
    NOT_AN_IMAGE("error.image.notAnImage",
            "''{0}'' is not an image this lab reads (PNG, JPEG, BMP or GIF)"),
    FORMAT("error.image.format",
            "''{0}'' is a {1} image; the lab reads PNG, JPEG, BMP and GIF"),
    NO_MEMORY("error.image.noMemory",
            "''{0}'': not enough memory to open it (start Java with a larger -Xmx)"),
    NO_MEMORY_SIZE("error.image.noMemorySize",
            "''{0}'' is {1}x{2}: not enough memory to open it (start Java with a larger -Xmx)"),
    DAMAGED_SIZE("error.image.damagedSize",
            "''{0}'' declares {1}x{2} pixels: it is damaged"),
    TOO_LARGE("error.image.tooLarge",
            "''{0}'' is {1}x{2}: too large (at most {3} megapixels)"),
    TOO_MUCH_MEMORY("error.image.tooMuchMemory",
            "''{0}'' is {1}x{2}: opening it needs about {3} MB, more than the {4} MB this lab can give one picture (start Java with a larger -Xmx)"),
    CMYK("error.image.cmyk",
            "''{0}'' is a CMYK JPEG (a file made for printing): the lab reads grey and RGB JPEGs; save it as RGB"),
    TRUNCATED("error.image.truncated",
            "''{0}'' is truncated: the file ends before its image does"),
    DAMAGED("error.image.damaged",
            "''{0}'' is damaged: {1}"),
    KERNEL_UNREADABLE("error.image.kernelUnreadable",
            "cannot read kernel file ''{0}'': {1}"),
    KERNEL_NO_NUMBERS("error.image.kernelNoNumbers",
            "kernel file ''{0}'' has no numbers"),
    KERNEL_NO_ROWS("error.image.kernelNoRows",
            "kernel file ''{0}'' has no \"rows\" array"),
    KERNEL_ROW("error.image.kernelRow",
            "kernel file ''{0}'': row {1} is not a list of numbers"),
    KERNEL_ENTRY("error.image.kernelEntry",
            "kernel file ''{0}'': entry ({1}, {2}) is not a number"),
    NOTHING_LEFT("error.image.nothingLeft",
            "nothing left of the image after this filter"),
    NO_SAMPLE("error.image.noSample",
            "no sample image ''{0}'' (one of {1})");

    private final Text text;

    ImageProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
