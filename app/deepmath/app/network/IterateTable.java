package deepmath.app.network;

import deepmath.nn.StepReport;
import deepmath.viz.i18n.Messages;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The iterates as the book tabulates them (ch. 9, line 10397): one line per step k with the weights Pₖ, the
 * gradient grad E(Pₖ) and the error E(Pₖ) — each Step adds a line (Play adds one per refresh of the view). The
 * error is the batch's; with a batch of every point, as the book's presets take it, it is E(Pₖ).
 */
final class IterateTable {
    /** One line of the table: the step k, then Pₖ, grad E(Pₖ) and E(Pₖ). */
    record Row(int k, double[] weights, double[] gradient, double error) {
    }

    /** Lines kept: the first ones and the latest (the middle is dropped, as the book's "· · ·"). */
    static final int MAX_ROWS = 400;

    private final Messages messages;
    private final TableView<Row> table = new TableView<>();
    private final Label caption = new Label();
    private final VBox root;

    IterateTable(Messages messages) {
        this.messages = messages;
        table.setId("network-iterates");
        table.getColumns().add(column("iterates.k", r -> Integer.toString(r.k())));
        table.getColumns().add(column("iterates.weights", r -> vector(r.weights())));
        table.getColumns().add(column("iterates.gradient", r -> vector(r.gradient())));
        table.getColumns().add(column("iterates.error", r -> String.format(Locale.ROOT, "%.4f", r.error())));
        table.setPrefHeight(220);
        table.setPlaceholder(TableHeaders.placeholder(messages.get("iterates.empty")));
        TableHeaders.fit(table);
        caption.setWrapText(true);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        caption.getStyleClass().add("network-explain-caption");
        caption.textProperty().bind(messages.text("iterates.caption"));
        var scroll = TableHeaders.scrolling(table);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(4, caption, scroll);
    }

    Node node() {
        return root;
    }

    TableView<Row> table() {
        return table;
    }

    void relabel() {
        table.setPlaceholder(TableHeaders.placeholder(messages.get("iterates.empty")));
        TableHeaders.fit(table);
    }

    void clear() {
        table.getItems().clear();
    }

    /** A step was made: {@code k} steps came before it, {@code report} says from where and how it went. */
    void add(int k, StepReport report) {
        var rows = table.getItems();
        if (!rows.isEmpty() && rows.get(rows.size() - 1).k() >= k) {
            return; // the same step shown twice (a snapshot republished)
        }
        if (rows.size() >= MAX_ROWS) {
            rows.remove(MAX_ROWS / 2);
        }
        rows.add(new Row(k, report.before().clone(), report.gradient().clone(), report.batchLoss()));
        TableHeaders.fitCells(table);
        table.scrollTo(rows.size() - 1);
    }

    /** The numbers of a vector shown in a cell; a larger network's line ends with "…" (see Explain this step). */
    static final int SHOWN = 12;

    /** "(0.0770, 0.8070, −2.0050)", the book's way of writing a vector, four decimals. */
    static String vector(double[] v) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            if (i == SHOWN) {
                b.append(", …");
                break;
            }
            if (i > 0) {
                b.append(", ");
            }
            String text = String.format(Locale.ROOT, "%.4f", v[i]);
            b.append(text.equals("-0.0000") ? "0.0000" : text);
        }
        return b.append(')').toString();
    }

    private TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>();
        c.textProperty().bind(messages.text(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setSortable(false);
        c.getStyleClass().add("data-text");
        return c;
    }
}
