package deepmath.app.task;

import deepmath.core.CancelledException;
import deepmath.core.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long work (loading a model, training, big convolutions) on worker threads, never on the FX thread.
 * Running tasks are listed in {@link #running()} for the status bar (progress bar, Cancel); results are
 * handed back on the FX thread; failures go to the {@link ErrorReporter} unless the caller handles them.
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ExecutorService executor;
    private final ErrorReporter errors;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    public BackgroundTasks(ErrorReporter errors) {
        this.errors = errors;
        this.executor = Executors.newCachedThreadPool(new WorkerThreads());
    }

    /** Tasks started and not finished yet, oldest first; read and observe on the FX thread. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    /** Runs {@code work}; on success {@code onSuccess} gets its result on the FX thread; failures are reported. */
    public <T> Task<T> submit(String title, Work<T> work, Consumer<? super T> onSuccess) {
        return submit(title, work, onSuccess, error -> errors.report(title, error));
    }

    /** As {@link #submit(String, Work, Consumer)}, with the caller handling failures (not cancellation). */
    public <T> Task<T> submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                              Consumer<Throwable> onFailure) {
        Task<T> task = new WorkTask<>(title, work);
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                return;
            }
            if (error instanceof deepmath.core.BadInputException) {
                LOG.info("{} refused: {}", title, error.getMessage());
            } else {
                LOG.warn("{} failed", title, error);
            }
            onFailure.accept(error);
        });
        task.setOnCancelled(e -> running.remove(task));
        runOnFxThread(() -> {
            running.add(task);
            executor.execute(task);
        });
        return task;
    }

    /**
     * As {@link #submit(String, Work, Consumer)} with a title that follows the language (a {@code Messages.text}
     * binding): the status bar then names a running task in the language of the moment.
     */
    public <T> Task<T> submit(javafx.beans.value.ObservableStringValue title, Work<T> work,
                              Consumer<? super T> onSuccess) {
        return submit(title, work, onSuccess, error -> errors.report(title.get(), error));
    }

    /** As {@link #submit(javafx.beans.value.ObservableStringValue, Work, Consumer)}, the caller handling failures. */
    public <T> Task<T> submit(javafx.beans.value.ObservableStringValue title, Work<T> work,
                              Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = submit(title.get(), work, onSuccess, onFailure);
        WorkTask<T> own = (WorkTask<T>) task;
        javafx.beans.value.ChangeListener<String> retitle = (obs, old, now) -> own.retitle(now);
        title.addListener(retitle);
        // The binding outlives the task: stop following it once the task is over.
        task.stateProperty().addListener((obs, old, now) -> {
            if (now == javafx.concurrent.Worker.State.SUCCEEDED || now == javafx.concurrent.Worker.State.FAILED
                    || now == javafx.concurrent.Worker.State.CANCELLED) {
                title.removeListener(retitle);
            }
        });
        return task;
    }

    /** Asks every running task to stop. */
    public void cancelAll() {
        // A copy: a task cancelled on the FX thread leaves the list at once.
        runOnFxThread(() -> java.util.List.copyOf(running).forEach(Task::cancel));
    }

    @Override
    public void close() {
        cancelAll();
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runOnFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** A JavaFX task whose {@link Progress} is its own progress, message and cancel flag. */
    private static final class WorkTask<T> extends Task<T> {
        private final Work<T> work;

        WorkTask(String title, Work<T> work) {
            this.work = work;
            updateTitle(title);
        }

        /** On the FX thread (where bindings fire): the title in the new language. */
        void retitle(String title) {
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(new Progress() {
                @Override
                public void update(double done, double total) {
                    if (total > 0) {
                        updateProgress(done, total);
                    } else {
                        updateProgress(-1, -1);
                    }
                }

                @Override
                public void message(String text) {
                    updateMessage(text);
                }

                @Override
                public boolean isCancelled() {
                    // FutureTask's flag: safe from the worker thread (getState() is FX-thread only).
                    return WorkTask.this.isCancelled();
                }
            });
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "deepmath-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
