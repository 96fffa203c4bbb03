package deepmath.core;

/**
 * What long-running model code reports to whoever runs it (the GUI's status bar, the CLI, a test).
 * The model never knows which one: it only reports how far it got and asks whether to stop.
 */
public interface Progress {

    /** Progress that is never shown and never cancelled, for callers that do not care. */
    Progress NONE = new Progress() {
        @Override public void update(double done, double total) { }
        @Override public void message(String text) { }
        @Override public boolean isCancelled() { return false; }
    };

    /** Reports {@code done} units of work out of {@code total}; {@code total <= 0} means unknown. */
    void update(double done, double total);

    /** A short human-readable line about the current step, e.g. "epoch 3/10". */
    void message(String text);

    /** True when the user asked to stop; long loops check it and throw {@link CancelledException}. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if the user asked to stop: the one-liner for loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
