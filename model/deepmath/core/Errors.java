package deepmath.core;

/** Turns any throwable into the one line a user reads first (details stay in the stack trace). */
public final class Errors {
    private Errors() {
    }

    /**
     * The message of the first {@link BadInputException} or {@link FileWriteException} in the cause chain if there
     * is one (it was written for the user); otherwise the innermost cause's type and message.
     */
    public static String oneLine(Throwable error) {
        Throwable innermost = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BadInputException || t instanceof FileWriteException) {
                return flatten(t.getMessage());
            }
            innermost = t;
            if (t.getCause() == t) {
                break;
            }
        }
        String message = innermost.getMessage();
        String type = innermost.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        return innermost instanceof java.io.IOException || innermost instanceof IllegalArgumentException
                ? flatten(message)
                : type + ": " + flatten(message);
    }

    private static String flatten(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
