package deepmath.nd;

/**
 * OpenBLAS at one thread while at least one scope is open, back to its count when the last one closes. A
 * {@link WorkSplit} runs its own products on several Java threads at once: each must run on its caller alone, or
 * OpenBLAS 0.3.21 would hand both to its one pool of threads, one after the other. OpenBLAS's count is one
 * setting for the whole process, so the scopes are counted here, across threads. A product elsewhere in the process
 * while a scope is open runs on one thread (slower, same result).
 */
public final class OneBlasThread implements AutoCloseable {
    private static final Object LOCK = new Object();
    private static int open;
    private static int saved;

    private boolean closed;

    private OneBlasThread() {
    }

    /** Opens a scope: OpenBLAS runs on one thread until every open scope is closed. */
    public static OneBlasThread open() {
        synchronized (LOCK) {
            if (open++ == 0) {
                // Before anything has set it, OpenBLAS answers -1 (its pool not yet sized): what it would then use
                // is one thread a core, so that is what the last scope gives back.
                int now = Blas.threads();
                saved = now >= 1 ? now : Runtime.getRuntime().availableProcessors();
                Blas.useThreads(1);
            }
        }
        return new OneBlasThread();
    }

    /** OpenBLAS's thread count outside the scopes (the lab's setting, whether a scope is open or not). */
    public static int configured() {
        synchronized (LOCK) {
            return open > 0 ? saved : Blas.threads();
        }
    }

    @Override
    public void close() {
        synchronized (LOCK) {
            if (closed) {
                return;
            }
            closed = true;
            if (--open == 0) {
                Blas.useThreads(saved);
            }
        }
    }
}
