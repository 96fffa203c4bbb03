package deepmath.app.task;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Recomputes a view off the FX thread while the user drags a slider: at most one computation runs, and of
 * the requests made meanwhile only the newest is kept (older ones are stale). Results are applied on the FX
 * thread in request order; failures go to {@code onError}. Every live preview (surfaces, level sets, curves,
 * descent, the convolution of an image) uses it, so typing in a kernel cell never queues stale work.
 */
public final class LatestOnlyWorker {
    /** How long an idle worker thread waits for the next request before it ends. */
    private static final long IDLE_SECONDS = 2;

    private final AtomicReference<Runnable> pending = new AtomicReference<>();
    /** True while a drain of the pending request is queued or running on the executor. */
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ThreadPoolExecutor executor;
    private final Consumer<Throwable> onError;
    /** Requests made, and the newest request whose result has been handed over (older ones are dropped). */
    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();

    public LatestOnlyWorker(String name, Consumer<Throwable> onError) {
        this.onError = onError;
        // At most one thread, which ends when idle: a thread that waited for ever was a GC root holding the
        // worker, its callbacks and so the whole lab and window after the window had closed (the test suite,
        // which opens hundreds of windows in one JVM, ran out of heap).
        executor = new ThreadPoolExecutor(0, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Computes {@code work} on the worker thread, then hands its result to {@code apply} on the FX thread. */
    public <T> void submit(Supplier<T> work, Consumer<T> apply) {
        long request = requested.incrementAndGet();
        pending.set(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> settle(request, () -> apply.accept(result)));
            } catch (RuntimeException e) {
                Platform.runLater(() -> settle(request, () -> onError.accept(e)));
            }
        });
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** Runs the newest pending request until none is left; only one drain runs at a time. */
    private void drain() {
        while (true) {
            Runnable job = pending.getAndSet(null);
            if (job == null) {
                draining.set(false);
                // A request made after getAndSet saw draining still true and queued nothing: take it here.
                if (pending.get() != null && draining.compareAndSet(false, true)) {
                    continue;
                }
                return;
            }
            job.run();
        }
    }

    /** True from a request until the result (or failure) of the newest one has been handed over on the FX thread. */
    public boolean busy() {
        return settled.get() < requested.get();
    }

    private void settle(long request, Runnable handOver) {
        try {
            handOver.run();
        } finally {
            settled.accumulateAndGet(request, Math::max);
        }
    }
}
