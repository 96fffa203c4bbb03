package deepmath.app.models;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorText;
import deepmath.datasets.DataCache;
import deepmath.datasets.PulledSet;
import deepmath.hub.DataPull;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
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
 * there the set trains like any other. The cache is the command line's ({@code $DEEPMATH_DATA}, …).
 */
final class PulledDataRow {
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ErrorText errors;
    private final Supplier<DataCache> cache;
    private final Label status = new Label();
    private final Button download;
    private final Button cancel;
    private final ProgressBar bar = new ProgressBar(0);
    private final VBox root;
    private PulledSet set;
    private Task<Path> task;

    PulledDataRow(Messages messages, BackgroundTasks tasks, ErrorText errors, ObservableBooleanValue running,
                  Supplier<DataCache> cache) {
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
        this.cache = cache;
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
        show(Optional.empty());
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
        show(Optional.empty());
    }

    private void show(Optional<String> failure) {
        boolean pulling = task != null && !task.isDone();
        boolean pulled = set != null && cache.get().isPulled(set);
        status.textProperty().unbind();
        if (failure.isPresent()) {
            status.setText(failure.get());
        } else if (set == null) {
            status.setText("");
        } else if (pulled) {
            status.textProperty().bind(messages.text("data.pull.pulled", set.coordinates(),
                    cache.get().folder(set).toString()));
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

    private static String megabytes(PulledSet set) {
        return String.format(java.util.Locale.ROOT, "%.1f", set.bytes() / 1e6);
    }

    private void start() {
        PulledSet pulling = set;
        if (pulling == null || (task != null && !task.isDone())) {
            return;
        }
        DataCache where = cache.get();
        task = tasks.submit(messages.text("data.pull.task", pulling.coordinates()),
                progress -> new DataPull().pull(pulling, where, progress, status -> { }),
                folder -> show(Optional.empty()),
                error -> show(Optional.of(errors.of(error))));
        bar.progressProperty().bind(task.progressProperty());
        // not setOnCancelled: BackgroundTasks keeps its own handlers on the task
        Task<Path> started = task;
        started.stateProperty().addListener((o, was, now) -> {
            if (now == javafx.concurrent.Worker.State.CANCELLED && task == started) {
                show(Optional.empty());
            }
        });
        show(Optional.empty());
    }

    private void cancel() {
        if (task != null) {
            task.cancel();
        }
    }
}
