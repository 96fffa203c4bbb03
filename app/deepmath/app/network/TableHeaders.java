package deepmath.app.network;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Each column of a table at least as wide as its header in the current language, the placeholder wrapped:
 * the table scrolls sideways rather than cut a header. Called again after a language switch.
 */
final class TableHeaders {
    private TableHeaders() {
    }

    static void fit(TableView<?> table) {
        Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize() + 1);
        for (TableColumn<?, ?> c : table.getColumns()) {
            c.setMinWidth(Math.ceil(deepmath.viz.plot.TextMetrics.width(c.getText(), font)) + 30);
        }
    }

    /**
     * Each column at least as wide as the cells of the last row (numbers and vectors are never cut either), after
     * a row was added: one row measured, so a table filled 25 times a second stays cheap.
     */
    static <S> void fitCells(TableView<S> table) {
        Font font = Font.getDefault();
        var items = table.getItems();
        int from = Math.max(0, items.size() - 1);
        for (TableColumn<S, ?> c : table.getColumns()) {
            double widest = c.getPrefWidth();
            for (int r = from; r < items.size(); r++) {
                Object value = c.getCellData(items.get(r));
                if (value != null) {
                    widest = Math.max(widest, Math.ceil(deepmath.viz.plot.TextMetrics.width(value.toString(), font)) + 24);
                }
            }
            c.setPrefWidth(widest);
        }
    }

    /** The text shown while the table is empty, wrapped to the table's width. */
    static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setPadding(new javafx.geometry.Insets(0, 8, 0, 8));
        return label;
    }
}
