package deepmath.core;

/** Thrown by long work that stopped because the user cancelled it; not an error to report. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
