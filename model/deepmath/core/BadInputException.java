package deepmath.core;

/**
 * Input the user can fix (a formula that does not parse, a malformed file, a shape that does not match).
 * The message is written for the user, in one line, and names what is wrong and where.
 * The GUI shows it as is; the command line prints it and exits with status 2.
 * A message that quotes the user's own text may hold line breaks (a session's "tab": "x\ny"): they are
 * turned into spaces here, so the message is one line wherever it is shown.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(oneLine(message));
    }

    public BadInputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message == null ? null : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
