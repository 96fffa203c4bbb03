package deepmath.hub;

import java.io.IOException;

/**
 * The Hub could not be reached or sent something wrong: not the user's mistake (exit status 1 on the command line),
 * one line saying what happened and what to do.
 */
public final class HubException extends IOException {
    HubException(String message) {
        super(message);
    }

    /**
     * The low-level exception is kept as a suppressed one, not as the cause: {@code Errors.oneLine} shows the
     * innermost cause's message ("EOF reached while reading"), and this message is the one written for the user.
     */
    HubException(String message, Throwable cause) {
        super(message);
        if (cause != null) {
            addSuppressed(cause);
        }
    }
}
