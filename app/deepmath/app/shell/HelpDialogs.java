package deepmath.app.shell;

import deepmath.app.cli.VersionInfo;
import deepmath.viz.i18n.Messages;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts and Help ▸ About. */
final class HelpDialogs {
    private final Messages messages;
    private final int labCount;

    HelpDialogs(Messages messages, int labCount) {
        this.messages = messages;
        this.labCount = labCount;
    }

    private ButtonType close() {
        return LabDialogPane.button(messages, "dialog.close", ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    void shortcuts(Window owner) {
        GridPane table = new GridPane();
        table.getStyleClass().add("shortcut-table");
        table.setHgap(24);
        table.setVgap(6);
        table.getColumnConstraints().addAll(new ColumnConstraints(150), new ColumnConstraints(300));
        Label keysHeader = new Label(messages.get("shortcuts.column.keys"));
        Label actionHeader = new Label(messages.get("shortcuts.column.action"));
        keysHeader.getStyleClass().add("shortcut-header");
        actionHeader.getStyleClass().add("shortcut-header");
        table.addRow(0, keysHeader, actionHeader);
        int last = Math.min(9, labCount);
        String labs = AppMenus.labShortcut(1).getDisplayText() + " … " + AppMenus.labShortcut(last).getDisplayText();
        List<String[]> rows = List.of(
                new String[] {labs, messages.get("shortcuts.labs", last)},
                row(AppMenus.OPEN, "shortcuts.open"),
                row(AppMenus.OPEN_SESSION, "shortcuts.openSession"),
                row(AppMenus.SAVE_SESSION, "shortcuts.saveSession"),
                row(AppMenus.EXPORT, "shortcuts.export"),
                row(AppMenus.NAVIGATION, "shortcuts.navigation"),
                row(AppMenus.FULL_SCREEN, "shortcuts.fullScreen"),
                row(AppMenus.HELP, "shortcuts.help"),
                row(AppMenus.QUIT, "shortcuts.quit"));
        int r = 1;
        for (String[] row : rows) {
            Label keys = new Label(row[0]);
            keys.getStyleClass().add("shortcut-keys");
            table.addRow(r++, keys, new Label(row[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", close());
        alert.initOwner(owner);
        alert.setTitle(messages.get("shortcuts.title"));
        alert.setHeaderText(messages.get("shortcuts.header"));
        alert.getDialogPane().setContent(table);
        alert.show();
    }

    private String[] row(KeyCombination keys, String key) {
        return new String[] {keys.getDisplayText(), messages.get(key)};
    }

    void about(Window owner, String engine) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", close());
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("about.header", VersionInfo.version()));
        Label content = new Label(messages.get("about.content", engine, System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?")));
        content.setWrapText(true);
        content.setMaxWidth(460);
        alert.getDialogPane().setContent(content);
        alert.show();
    }
}
