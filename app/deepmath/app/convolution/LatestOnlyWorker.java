package deepmath.app.convolution;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs live previews off the FX thread, keeping only the newest request: while one computation runs, later
 * requests replace each other and only the last one is computed next. Typing in a kernel cell therefore
 * never queues up stale convolutions, and the FX thread only ever receives fresh results.
 */
final class LatestOnlyWorker {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "deepmath-convolution-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Throwable> onError;
    private Runnable pending;
    private boolean running;

    LatestOnlyWorker(Consumer<Throwable> onError) {
        this.onError = onError;
    }

    /** Call on the FX thread: computes {@code work} off it, then hands the result to {@code done} on it. */
    <T> void submit(Supplier<T> work, Consumer<T> done) {
        Runnable job = () -> {
            try {
                T result = work.get();
                Platform.runLater(() -> {
                    done.accept(result);
                    finished();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    onError.accept(e);
                    finished();
                });
            }
        };
        if (running) {
            pending = job;
        } else {
            running = true;
            executor.execute(job);
        }
    }

    /** True while a computation runs or waits (tests wait for it to settle). */
    boolean busy() {
        return running;
    }

    private void finished() {
        if (pending != null) {
            Runnable next = pending;
            pending = null;
            executor.execute(next);
        } else {
            running = false;
        }
    }
}
