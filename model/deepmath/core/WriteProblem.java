package deepmath.core;

/**
 * Why a user's file could not be written ({@link FileWriteException}): the reasons the lab names.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum WriteProblem implements InputProblem {
    CANNOT_WRITE("error.write",
            "cannot write {0}: {1}"),
    NO_SPACE("error.write.noSpace",
            "no space left on device"),
    NO_SPACE_FOR("error.write.noSpaceFor",
            "no space left on device ({0} needed, {1} free)"),
    QUOTA("error.write.quota",
            "disk quota exceeded"),
    READ_ONLY("error.write.readOnly",
            "read-only file system"),
    IS_FOLDER("error.write.isFolder",
            "it is a folder"),
    PERMISSION("error.write.permission",
            "permission denied"),
    NO_FOLDER("error.write.noFolder",
            "folder does not exist"),
    PATH_NOT_FOLDER("error.write.pathNotFolder",
            "a part of the path is not a folder"),
    NOT_A_FOLDER("error.write.notAFolder",
            "''{0}'' is not a folder"),
    IN_THE_WAY("error.write.inTheWay",
            "a file of that name is in the way"),
    NO_WRITER("error.write.noWriter",
            "no {0} writer available"),
    OTHER("error.write.other",
            "{0}");

    private final Text text;

    WriteProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
