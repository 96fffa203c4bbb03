package deepmath.app.task;

/** Shows a failure to the user: a one-line reason, with the details available on demand. */
@FunctionalInterface
public interface ErrorReporter {
    /** {@code title} says what was being done ("Open image"), {@code error} what went wrong. */
    void report(String title, Throwable error);
}
