package deepmath.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An exception that says what went wrong as data, an {@link InputProblem} and its particulars, so the window words
 * it in the user's language from its {@code errors} bundle while the command line prints the English message:
 * {@link BadInputException} (the user's to fix) and failures on the way that are not (the Hub client's).
 */
public interface SaidProblem {
    /** The problem and its particulars, as the exception was made with them. */
    Said said();

    /** What went wrong, or null when the message was written as a plain text. */
    default InputProblem inputProblem() {
        return said().problem();
    }

    /** The particulars of {@link #inputProblem()}, in its placeholders' order. */
    default List<Object> arguments() {
        return said().arguments();
    }

    /**
     * What an exception says: its problem (null for a plain text) and the particulars, kept as given (a missing
     * particular stays null and shows as "null", as concatenation did; {@code List.copyOf} would refuse it).
     */
    record Said(InputProblem problem, List<Object> arguments) {
        /** A message written as a plain text: no problem, no particulars. */
        public static final Said TEXT = new Said(null, List.of());

        public static Said of(InputProblem problem, Object... arguments) {
            return new Said(problem, Collections.unmodifiableList(Arrays.asList(arguments.clone())));
        }
    }
}
