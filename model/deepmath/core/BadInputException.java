package deepmath.core;

/**
 * Input the user can fix (a formula that does not parse, a malformed file, a shape that does not match).
 * The message is written for the user, in one line, and names what is wrong and where.
 * The command line prints it and exits with status 2. A refusal built from an {@link InputProblem} also carries
 * that problem and its arguments, so the window says it in the user's language from its {@code errors} bundle
 * (the message stays the English sentence); one built from a plain text is shown as is.
 * A message that quotes the user's own text may hold line breaks (a session's "tab": "x\ny"): they are
 * turned into spaces here, so the message is one line wherever it is shown.
 */
public class BadInputException extends RuntimeException implements SaidProblem {
    private final Said said;

    public BadInputException(String message) {
        super(oneLine(message));
        this.said = Said.TEXT;
    }

    public BadInputException(String message, Throwable cause) {
        super(oneLine(message), cause);
        this.said = Said.TEXT;
    }

    /** {@code problem} with its particulars (numbers, file names, line numbers, or a nested refusal). */
    public BadInputException(InputProblem problem, Object... arguments) {
        this(null, problem, arguments);
    }

    /** The same, with the exception that revealed it (kept for the details and the log). */
    public BadInputException(Throwable cause, InputProblem problem, Object... arguments) {
        this(cause, Said.of(problem, arguments));
        assert arguments.length == InputProblem.arity(problem.english())
                : problem + " takes " + InputProblem.arity(problem.english()) + " arguments, got " + arguments.length;
    }

    private BadInputException(Throwable cause, Said said) {
        super(oneLine(said.problem().english(said.arguments())), cause);
        this.said = said;
    }

    @Override
    public Said said() {
        return said;
    }

    private static String oneLine(String message) {
        return message == null ? null : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
