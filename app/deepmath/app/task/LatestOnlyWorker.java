package deepmath.app.task;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Recomputes a view off the FX thread while the user drags a slider: at most one computation runs, and of
 * the requests made meanwhile only the newest is kept (older ones are stale). Results are applied on the FX
 * thread in request order; failures go to {@code onError}.
 */
public final class LatestOnlyWorker {
    private final AtomicReference<Runnable> pending = new AtomicReference<>();
    private final Thread thread;
    private final Consumer<Throwable> onError;
    private final Object lock = new Object();

    public LatestOnlyWorker(String name, Consumer<Throwable> onError) {
        this.onError = onError;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Computes {@code work} on the worker thread, then hands its result to {@code apply} on the FX thread. */
    public <T> void submit(Supplier<T> work, Consumer<T> apply) {
        pending.set(() -> {
            T result = work.get();
            Platform.runLater(() -> apply.accept(result));
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
            try {
                job.run();
            } catch (RuntimeException e) {
                Platform.runLater(() -> onError.accept(e));
            }
        }
    }
}
