package deepmath.core;

import java.io.IOException;

/**
 * A user's file could not be written: the message is one line for the user, {@code cannot write <file>: <reason>}
 * (for instance {@code cannot write out.png: no space left on device}). The command line prints it and exits with
 * status 1; the GUI shows it in its error dialog. The cause keeps the file system's own exception for the log.
 */
public class FileWriteException extends IOException {
    private final String file;
    private final String reason;

    public FileWriteException(String file, String reason, Throwable cause) {
        super("cannot write " + file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** Why, in words ("no space left on device", "permission denied", "folder does not exist"). */
    public String reason() {
        return reason;
    }
}
