package deepmath.app.network;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Each column of a table at least as wide as its header in the current language, the placeholder wrapped:
 * the table scrolls sideways rather than cut a header. Called again after a language switch.
 *
 * <p>A table shows its own horizontal scroll bar only once it has rows: empty, with its placeholder, it cut the
 * headers at its right edge where the columns added up to more than its width. So the table is at least as wide
 * as its columns' headers ({@link #fit}) and sits in a {@link #scrolling} pane that scrolls sideways only below
 * that width; wider cells (filled rows) still scroll inside the table.
 */
final class TableHeaders {
    private TableHeaders() {
    }

    static <S> void fit(TableView<S> table) {
        Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize() + 1);
        double total = 0;
        for (TableColumn<S, ?> c : table.getColumns()) {
            c.setMinWidth(Math.ceil(deepmath.viz.plot.TextMetrics.width(c.getText(), font)) + 30);
            double width = Math.max(c.getMinWidth(), c.getPrefWidth()); // laid out at its preferred width when wider
            if (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY && c.getWidth() > width) {
                // a column widened for a longer header (French) keeps that width when its minimum drops again
                table.resizeColumn(c, width - c.getWidth());
            }
            total += width;
        }
        table.setMinWidth(total + TABLE_BORDERS);
    }

    /** The table's border and padding on both sides, with room for rounding. */
    private static final double TABLE_BORDERS = 6;

    /**
     * The table in a pane as wide as the space it is given, scrolling sideways only when that is narrower than the
     * table's minimum (its headers, see {@link #fit}); the table fills the pane's height and scrolls down itself.
     */
    static ScrollPane scrolling(TableView<?> table) {
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // the table scrolls down itself
        // the table's minimum is what the pane scrolls to, not what it asks of the layout around: neither its minimum
        // nor its preferred width (a region's preferred width is at least its minimum) widen the panes above it
        scroll.setMinSize(0, 0);
        scroll.setPrefViewportWidth(200);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
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
