package deepmath.hub;

import deepmath.core.InputProblem;
import deepmath.core.SaidProblem;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The Hub could not be reached or sent something wrong: not the user's mistake (exit status 1 on the command line),
 * one line saying what happened and what to do. It carries its {@link HubFailure} and particulars, so the window
 * says it in the user's language; the message is the English sentence the command line prints.
 */
public final class HubException extends IOException implements SaidProblem {
    private final HubFailure problem;
    private final List<Object> arguments;

    HubException(HubFailure problem, Object... arguments) {
        this(null, problem, arguments);
    }

    /**
     * The low-level exception is kept as a suppressed one, not as the cause: {@code Errors.oneLine} shows the
     * innermost cause's message ("EOF reached while reading"), and this message is the one written for the user.
     */
    HubException(Throwable cause, HubFailure problem, Object... arguments) {
        super(problem.english(Arrays.asList(arguments)));
        this.problem = problem;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
        if (cause != null) {
            addSuppressed(cause);
        }
    }

    @Override
    public InputProblem inputProblem() {
        return problem;
    }

    @Override
    public List<Object> arguments() {
        return arguments;
    }
}
