package deepmath.core;

import java.io.IOException;
import java.util.List;

/**
 * A user's file could not be written: the message is one line for the user, {@code cannot write <file>: <reason>}
 * (for instance {@code cannot write out.png: no space left on device}). The command line prints it and exits with
 * status 1; the GUI shows it in its error dialog, in the user's language from {@link #reasonProblem()} and
 * {@link #reasonArguments()}. The cause keeps the file system's own exception for the log.
 */
public class FileWriteException extends IOException {
    private final String file;
    private final WriteProblem reasonProblem;
    private final List<Object> reasonArguments;

    /** A reason in the file system's own words ({@link WriteProblem#OTHER}). */
    public FileWriteException(String file, String reason, Throwable cause) {
        this(file, cause, WriteProblem.OTHER, reason);
    }

    /** A reason the lab names, with its particulars. */
    public FileWriteException(String file, Throwable cause, WriteProblem reason, Object... arguments) {
        super("cannot write " + file + ": " + reason.english(List.of(arguments)), cause);
        this.file = file;
        this.reasonProblem = reason;
        this.reasonArguments = List.of(arguments);
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** Why, in English words ("no space left on device", "permission denied", "folder does not exist"). */
    public String reason() {
        return reasonProblem.english(reasonArguments);
    }

    /** Why, as data: one of the reasons the lab names, or {@link WriteProblem#OTHER} with the system's words. */
    public WriteProblem reasonProblem() {
        return reasonProblem;
    }

    public List<Object> reasonArguments() {
        return reasonArguments;
    }
}
