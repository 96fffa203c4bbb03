package deepmath.core;

import java.util.List;

/**
 * An exception that says what went wrong as data, an {@link InputProblem} and its particulars, so the window words
 * it in the user's language from its {@code errors} bundle while the command line prints the English message:
 * {@link BadInputException} (the user's to fix) and failures on the way that are not (the Hub client's).
 */
public interface SaidProblem {
    /** What went wrong, or null when the message was written as a plain text. */
    InputProblem inputProblem();

    /** The particulars of {@link #inputProblem()}, in its placeholders' order. */
    List<Object> arguments();
}
