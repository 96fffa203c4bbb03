package deepmath.app.shell;

import deepmath.viz.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;

/**
 * A dialog pane whose own texts come from the lab's bundles. JavaFX labels its stock buttons (Close, OK,
 * Cancel) and the "Show Details" link in the JVM's language when they are first used, not in the language
 * the lab shows: a French window got an English "Close".
 */
final class LabDialogPane extends DialogPane {
    private final Messages messages;

    LabDialogPane(Messages messages) {
        this.messages = messages;
    }

    /** A button labelled from the shell bundle, e.g. {@code button(m, "dialog.close", CANCEL_CLOSE)}. */
    static ButtonType button(Messages messages, String key, ButtonBar.ButtonData role) {
        return new ButtonType(messages.get(key), role);
    }

    @Override
    protected Node createDetailsButton() {
        Hyperlink details = new Hyperlink();
        details.getStyleClass().add("details-button");
        details.setId("dialog-details");
        Runnable relabel = () -> details.setText(messages.get(isExpanded()
                ? "dialog.details.hide" : "dialog.details.show"));
        relabel.run();
        expandedProperty().addListener((obs, was, now) -> relabel.run());
        details.setOnAction(e -> setExpanded(!isExpanded()));
        return details;
    }
}
