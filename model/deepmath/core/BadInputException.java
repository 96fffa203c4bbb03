package deepmath.core;

/**
 * Input the user can fix (a formula that does not parse, a malformed file, a shape that does not match).
 * The message is written for the user, in one line, and names what is wrong and where.
 * The GUI shows it as is; the command line prints it and exits with status 2.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
