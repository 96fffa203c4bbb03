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

    HubException(String message, Throwable cause) {
        super(message, cause);
    }
}
