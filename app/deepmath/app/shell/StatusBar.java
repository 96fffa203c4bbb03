package deepmath.app.shell;

import deepmath.app.task.BackgroundTasks;
import deepmath.viz.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/**
 * The bottom bar: a status message, the numeric engine's state, and the newest running task with its
 * progress bar and a Cancel button (hidden when nothing runs).
 */
public final class StatusBar extends HBox {
    private final Messages messages;
    private final Label message = new Label();
    private final Label taskLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final HBox taskBox;
    private Task<?> shown;

    public StatusBar(Messages messages, BackgroundTasks tasks, EngineStatus engine) {
        this.messages = messages;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);

        message.getStyleClass().add("status-message");
        message.setId("status-message");
        show(messages.text("status.ready"));

        taskLabel.getStyleClass().add("status-task");
        taskLabel.setId("status-task");
        progress.setPrefWidth(180);
        progress.setId("status-progress");
        cancel.textProperty().bind(messages.text("status.cancel"));
        cancel.getStyleClass().addAll("status-cancel", "small");
        cancel.setId("status-cancel");
        cancel.setOnAction(e -> cancelShownTask());
        taskBox = new HBox(8, taskLabel, progress, cancel);
        taskBox.setAlignment(Pos.CENTER_RIGHT);
        taskBox.managedProperty().bind(taskBox.visibleProperty());
        taskBox.setVisible(false);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, taskBox, engineIndicator(engine));

        tasks.running().addListener((ListChangeListener<Task<?>>) change -> showNewest(tasks));
    }

    /** Shows a message that follows the language (bind it from a {@link Messages#text} binding). */
    public void show(ObservableStringValue text) {
        message.textProperty().bind(text);
    }

    private HBox engineIndicator(EngineStatus engine) {
        Circle dot = new Circle(4);
        dot.getStyleClass().add("engine-dot");
        Label label = new Label();
        label.setId("engine-status");
        label.getStyleClass().add("engine-label");
        Runnable refresh = () -> {
            EngineStatus.State state = engine.stateProperty().get();
            String key = switch (state) {
                case LOADING -> "status.engine.short.loading";
                case READY -> "status.engine.short.ready";
                case FAILED -> "status.engine.short.failed";
            };
            label.textProperty().bind(messages.text(key));
            dot.getStyleClass().removeAll("loading", "ready", "failed");
            dot.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
        };
        engine.stateProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        HBox box = new HBox(6, dot, label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("engine-indicator");
        return box;
    }

    private void showNewest(BackgroundTasks tasks) {
        int count = tasks.running().size();
        if (count == 0) {
            shown = null;
            taskBox.setVisible(false);
            taskLabel.textProperty().unbind();
            progress.progressProperty().unbind();
            return;
        }
        shown = tasks.running().get(count - 1);
        Task<?> task = shown;
        // "(+2 more)" follows the language like every other text of the bar.
        ObservableStringValue more = messages.text("status.tasks.more", count - 1);
        taskLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = task.getTitle();
            String detail = task.getMessage();
            if (detail != null && !detail.isBlank()) {
                text += " — " + detail;
            }
            if (count > 1) {
                text += " " + more.get();
            }
            return text;
        }, task.titleProperty(), task.messageProperty(), more));
        progress.progressProperty().bind(task.progressProperty());
        cancel.setDisable(false);
        taskBox.setVisible(true);
    }

    private void cancelShownTask() {
        if (shown != null) {
            cancel.setDisable(true);
            taskLabel.textProperty().unbind();
            taskLabel.setText(messages.get("status.cancelling"));
            shown.cancel();
        }
    }
}
