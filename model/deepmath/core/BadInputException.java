package deepmath.core;

import java.util.List;

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
    private final InputProblem problem;
    private final List<Object> arguments;

    public BadInputException(String message) {
        super(oneLine(message));
        this.problem = null;
        this.arguments = List.of();
    }

    public BadInputException(String message, Throwable cause) {
        super(oneLine(message), cause);
        this.problem = null;
        this.arguments = List.of();
    }

    /** {@code problem} with its particulars (numbers, file names, line numbers, or a nested refusal). */
    public BadInputException(InputProblem problem, Object... arguments) {
        this(null, problem, arguments);
    }

    /** The same, with the exception that revealed it (kept for the details and the log). */
    public BadInputException(Throwable cause, InputProblem problem, Object... arguments) {
        super(oneLine(problem.english(listOf(arguments))), cause);
        assert arguments.length == InputProblem.arity(problem.english())
                : problem + " takes " + InputProblem.arity(problem.english()) + " arguments, got " + arguments.length;
        this.problem = problem;
        this.arguments = listOf(arguments);
    }

    /** What is wrong, or null when the refusal was written as a plain text. */
    @Override
    public InputProblem inputProblem() {
        return problem;
    }

    /** The particulars of {@link #inputProblem()}, in its placeholders' order. */
    @Override
    public List<Object> arguments() {
        return arguments;
    }

    /** {@code List.copyOf} refuses nulls; a missing particular shows as "null" as concatenation did. */
    private static List<Object> listOf(Object[] arguments) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
    }

    private static String oneLine(String message) {
        return message == null ? null : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
