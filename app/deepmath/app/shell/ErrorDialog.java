package deepmath.app.shell;

import deepmath.app.task.ErrorReporter;
import deepmath.app.task.ErrorText;
import deepmath.viz.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows failures: the one-line reason first (in the window's language), the full details (stack trace) behind "Details". */
public final class ErrorDialog implements ErrorReporter {
    private final Messages messages;
    private final ErrorText reasons;
    private final Supplier<Window> owner;

    /** {@code reasons} says the refusals in the window's language. */
    public ErrorDialog(Messages messages, ErrorText reasons, Supplier<Window> owner) {
        this.messages = messages;
        this.reasons = reasons;
        this.owner = owner;
    }

    @Override
    public void report(String title, Throwable error) {
        if (Platform.isFxApplicationThread()) {
            show(title, error);
        } else {
            Platform.runLater(() -> show(title, error));
        }
    }

    private void show(String title, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.NONE);
        alert.setDialogPane(new LabDialogPane(messages));
        alert.getDialogPane().getStyleClass().add("alert");
        alert.setAlertType(Alert.AlertType.ERROR);
        alert.getButtonTypes().setAll(LabDialogPane.button(messages, "dialog.close", ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("dialog.error.title"));
        alert.setHeaderText(messages.get("dialog.error.header", title));
        alert.setContentText(reasons.of(error));
        TextArea details = new TextArea(stackTrace(error));
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        details.getStyleClass().add("error-details");
        VBox.setVgrow(details, Priority.ALWAYS);
        alert.getDialogPane().setExpandableContent(new VBox(details));
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.show();
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
