package deepmath.app.models;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorText;
import deepmath.core.SaidProblem;
import deepmath.datasets.PulledSet;
import deepmath.hub.HubFailure;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * For a set the lab downloads on request (IMDB, CIFAR-10): whether it is in the data cache, and if not a
 * Download… button that pulls it off the FX thread ({@link BackgroundTasks}) with a progress bar and Cancel; once
 * there the set trains like any other. Registry, cache and catalogue are the lab's {@link PulledData} (by default the
 * command line's: npm, {@code $DEEPMATH_DATA}, …). A failure stays in the status line, in the language of the moment,
 * until the next try or another set.
 */
final class PulledDataRow {
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ErrorText errors;
    private final PulledData data;
    private final Label status = new Label();
    private final Button download;
    private final Button cancel;
    private final ProgressBar bar = new ProgressBar(0);
    private final VBox root;
    private PulledSet set;
    private Task<Path> task;
    /** The last try's failure, shown until the next try or another set. */
    private Throwable failure;

    PulledDataRow(Messages messages, BackgroundTasks tasks, ErrorText errors, ObservableBooleanValue running,
                  PulledData data) {
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
        this.data = data;
        download = Translated.button(messages, "data.pull.download", this::start);
        download.setId("models-data-download");
        cancel = Translated.button(messages, "data.pull.cancel", this::cancel);
        cancel.setId("models-data-cancel");
        download.disableProperty().bind(running);
        status.setId("models-data-pulled");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        bar.setId("models-data-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        root = new VBox(6, status, new HBox(6, download, bar, cancel));
        // a refusal from the errors bundle is a plain text once said: say it again in the new language
        messages.language().addListener(o -> {
            if (failure != null) {
                show();
            }
        });
        show();
    }

    Node node() {
        return root;
    }

    /** Shows {@code set}'s state (a new kind was chosen). */
    void set(PulledSet set) {
        if (this.set != set && task != null) {
            task.cancel();
        }
        this.set = set;
        failure = null;
        show();
    }

    private void show() {
        boolean pulling = task != null && !finished(task);
        boolean pulled = set != null && data.cache().get().isPulled(set);
        status.textProperty().unbind();
        if (failure != null && set != null && !pulled && !pulling) {
            Optional<String> own = ownLine(failure);
            if (own.isPresent()) {
                status.textProperty().bind(messages.text(own.get(), set.coordinates()));
            } else {
                status.setText(errors.of(failure));
            }
        } else if (set == null) {
            status.setText("");
        } else if (pulled) {
            status.textProperty().bind(messages.text("data.pull.pulled", set.coordinates(),
                    data.cache().get().folder(set).toString()));
        } else if (pulling) {
            status.textProperty().bind(messages.text("data.pull.pulling", set.coordinates(), megabytes(set)));
        } else {
            status.textProperty().bind(messages.text("data.pull.absent", set.coordinates(), megabytes(set),
                    set.licence()));
        }
        download.setVisible(!pulled && !pulling);
        download.setManaged(!pulled && !pulling);
        bar.setVisible(pulling);
        bar.setManaged(pulling);
        cancel.setVisible(pulling);
        cancel.setManaged(pulling);
    }

    /**
     * The row's own line for a failed transfer: the Hub client's says "run the same command again", which is the
     * command line's remedy, not the window's (here it is the Download… button next to it).
     */
    private static Optional<String> ownLine(Throwable error) {
        if (error instanceof SaidProblem said) {
            if (said.inputProblem() == HubFailure.INTEGRITY) {
                return Optional.of("data.pull.damaged");
            }
            if (said.inputProblem() == HubFailure.DOWNLOAD_CUT) {
                return Optional.of("data.pull.cut");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the task is over as the FX thread sees it: its state, not {@code isDone()}, which the worker sets only
     * after posting the success the row is shown from (a quick download then left Cancel on screen).
     */
    private static boolean finished(Task<?> task) {
        return switch (task.getState()) {
            case SUCCEEDED, FAILED, CANCELLED -> true;
            case READY, SCHEDULED, RUNNING -> false;
        };
    }

    private static String megabytes(PulledSet set) {
        return String.format(java.util.Locale.ROOT, "%.1f", set.bytes() / 1e6);
    }

    private void start() {
        PulledSet pulling = set;
        if (pulling == null || (task != null && !finished(task))) {
            return;
        }
        deepmath.datasets.DataCache where = data.cache().get();
        deepmath.hub.DataPull client = data.client();
        failure = null;
        task = tasks.submit(messages.text("data.pull.task", pulling.coordinates()),
                progress -> client.pull(pulling, where, progress, status -> { }),
                folder -> show(),
                error -> {
                    if (set == pulling) {   // not a late failure of a set no longer chosen
                        failure = error;
                    }
                    show();
                });
        bar.progressProperty().bind(task.progressProperty());
        // not setOnCancelled: BackgroundTasks keeps its own handlers on the task
        Task<Path> started = task;
        started.stateProperty().addListener((o, was, now) -> {
            if (now == javafx.concurrent.Worker.State.CANCELLED && task == started) {
                show();
            }
        });
        show();
    }

    private void cancel() {
        if (task != null) {
            task.cancel();
        }
    }
}
