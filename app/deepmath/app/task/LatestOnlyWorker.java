package deepmath.app.task;

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
    private final AtomicReference<Runnable> pending = new AtomicReference<>();
    private final Thread thread;
    private final Consumer<Throwable> onError;
    private final Object lock = new Object();
    /** Requests made, and the newest request whose result has been handed over (older ones are dropped). */
    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();

    public LatestOnlyWorker(String name, Consumer<Throwable> onError) {
        this.onError = onError;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
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
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    private void loop() {
        while (true) {
            Runnable job = pending.getAndSet(null);
            if (job == null) {
                synchronized (lock) {
                    try {
                        if (pending.get() == null) {
                            lock.wait();
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
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
