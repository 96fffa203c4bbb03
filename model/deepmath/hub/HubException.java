package deepmath.hub;

import deepmath.core.SaidProblem;
import java.io.IOException;
import java.util.Arrays;

/**
 * The Hub could not be reached or sent something wrong: not the user's mistake (exit status 1 on the command line),
 * one line saying what happened and what to do. It carries its {@link HubFailure} and particulars, so the window
 * says it in the user's language; the message is the English sentence the command line prints.
 */
public final class HubException extends IOException implements SaidProblem {
    private final Said said;

    HubException(HubFailure problem, Object... arguments) {
        this(null, problem, arguments);
    }

    /**
     * The low-level exception is kept as a suppressed one, not as the cause: {@code Errors.oneLine} shows the
     * innermost cause's message ("EOF reached while reading"), and this message is the one written for the user.
     */
    HubException(Throwable cause, HubFailure problem, Object... arguments) {
        super(problem.english(Arrays.asList(arguments)));
        this.said = Said.of(problem, arguments);
        if (cause != null) {
            addSuppressed(cause);
        }
    }

    @Override
    public Said said() {
        return said;
    }
}
