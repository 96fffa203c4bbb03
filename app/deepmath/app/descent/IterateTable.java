package deepmath.app.descent;

import deepmath.descent.Iterate;
import deepmath.expr.Numbers;
import deepmath.viz.i18n.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The book's table of iterates: k, P(k), grad f(P(k)), f(P(k)); full precision when copied or exported. */
final class IterateTable extends TableView<Iterate> {
    /** Room for the cell's padding and the column's borders around the text (px). */
    private static final double PADDING = 20;
    private final Messages messages;
    private final List<java.util.function.Function<Iterate, String>> texts = new java.util.ArrayList<>();
    private final javafx.collections.ObservableList<Iterate> rows = javafx.collections.FXCollections.observableArrayList();
    private double[] widths = new double[0];

    IterateTable(Messages messages) {
        this.messages = messages;
        setId("iterate-table");
        setItems(rows);
        // Widths are set from the texts (see fitRows); a constrained policy would squeeze them back to "…".
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        widthProperty().addListener(o -> spread());
        setPlaceholder(new javafx.scene.control.Label());
        ((javafx.scene.control.Label) getPlaceholder()).textProperty().bind(messages.text("table.empty"));
        ((javafx.scene.control.Label) getPlaceholder()).setWrapText(true);
    }

    /**
     * The book's columns: k, (a_k, b_k), grad f(a_k, b_k), f(a_k, b_k) for parameters a, b; for one variable a, its
     * table of line 8971: k, a_k, f′(a_k), f(a_k), numbers without parentheses.
     */
    void setParameters(List<String> names) {
        getColumns().clear();
        texts.clear();
        if (names.size() == 1) {
            String a = names.get(0) + "_k";
            getColumns().add(column(messages.text("table.k"), it -> String.valueOf(it.k())));
            getColumns().add(column(new javafx.beans.property.SimpleStringProperty(a), it -> Numbers.format(it.point()[0], 8)));
            getColumns().add(column(new javafx.beans.property.SimpleStringProperty("f′(" + a + ")"),
                    it -> Numbers.format(it.gradient()[0], 8)));
            getColumns().add(column(new javafx.beans.property.SimpleStringProperty("f(" + a + ")"),
                    it -> Numbers.format(it.value(), 8)));
            fitColumns();
            return;
        }
        String point = String.join(", ", names.stream().map(n -> n + "_k").toList());
        getColumns().add(column(messages.text("table.k"), it -> String.valueOf(it.k())));
        getColumns().add(column(messages.text("table.point", point), it -> vector(it.point())));
        getColumns().add(column(messages.text("table.gradient", point), it -> vector(it.gradient())));
        getColumns().add(column(messages.text("table.value", point), it -> Numbers.format(it.value(), 8)));
        fitColumns();
    }

    /**
     * Shows exactly {@code all}, a run's iterates (the same list as the readout and the plots): the rows of the run
     * already shown stay and the new ones are appended (the table scrolls to the last); another run replaces them.
     */
    void follow(List<Iterate> all) {
        boolean sameRun = rows.size() <= all.size() && (rows.isEmpty() || rows.get(rows.size() - 1) == all.get(rows.size() - 1));
        if (!sameRun) {
            rows.setAll(all);
            fitColumns();
        } else if (all.size() > rows.size()) {
            List<Iterate> added = List.copyOf(all.subList(rows.size(), all.size()));
            rows.addAll(added);
            fitRows(added);
        } else {
            return;
        }
        scrollTo(rows.size() - 1);
        // Fresh cells each time: after the lab was opened by navigation, the window kept painting the first row
        // only although the cells held every step (a repaint JavaFX 21 missed; DescentNavigationPaintGlTest).
        refresh();
    }

    /** No rows until the next {@link #follow} (a run started again). */
    void clearRows() {
        rows.clear();
    }

    private TableColumn<Iterate, String> column(javafx.beans.value.ObservableValue<String> title,
                                                java.util.function.Function<Iterate, String> text) {
        TableColumn<Iterate, String> column = new TableColumn<>();
        column.textProperty().bind(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        texts.add(text);
        title.addListener(o -> fitColumns());
        return column;
    }

    /**
     * Gives every column at least the width of its header and of its widest cell, so that nothing is cut with
     * "…"; the columns share what is left of the table's width, and a scroll bar appears when even that is short.
     */
    void fitColumns() {
        widths = new double[getColumns().size()];
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(javafx.scene.text.Font.font(font().getFamily(), javafx.scene.text.FontWeight.BOLD,
                font().getSize()));
        for (int c = 0; c < widths.length; c++) {
            probe.setText(getColumns().get(c).getText());
            widths[c] = probe.getLayoutBounds().getWidth();
        }
        fitRows(getItems());
    }

    /** Widens the columns for {@code added} rows only (a long run adds one row per step). */
    void fitRows(List<Iterate> added) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font());
        for (int c = 0; c < widths.length && c < texts.size(); c++) {
            for (Iterate it : added) {
                probe.setText(texts.get(c).apply(it));
                widths[c] = Math.max(widths[c], probe.getLayoutBounds().getWidth());
            }
        }
        spread();
    }

    /**
     * Each column gets the width of its widest text (5 % more than measured: the skin's text layout rounds up);
     * the room left in the table goes to the vector columns. When the texts need more than the table's width,
     * a horizontal scroll bar appears rather than a cut text.
     */
    private void spread() {
        int n = Math.min(widths.length, getColumns().size());
        double[] needed = new double[n];
        double total = 0;
        for (int c = 0; c < n; c++) {
            needed[c] = Math.ceil(widths[c] * 1.05 + PADDING);
            total += needed[c];
        }
        // Borders and a vertical scroll bar's width.
        double room = getWidth() - 20 - total;
        for (int c = 0; c < n; c++) {
            double extra = room > 0 && c > 0 ? Math.floor(room / (n - 1)) : 0;
            TableColumn<Iterate, ?> column = getColumns().get(c);
            column.setMinWidth(needed[c]);
            column.setPrefWidth(needed[c] + extra);
        }
    }

    private javafx.scene.text.Font font() {
        return lookup(".table-cell") instanceof javafx.scene.control.Labeled cell ? cell.getFont()
                : javafx.scene.text.Font.getDefault();
    }

    static String vector(double[] v) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ", ").append(Numbers.format(v[i], 6));
        }
        return s.append(')').toString();
    }

    /** CSV with a header k,<names>,grad_<names>,f — the same layout as the descent command. */
    static String csv(List<Iterate> iterates, List<String> names) {
        StringBuilder out = new StringBuilder("k");
        names.forEach(n -> out.append(',').append(n));
        names.forEach(n -> out.append(",grad_").append(n));
        out.append(",f\n");
        for (Iterate it : iterates) {
            out.append(it.k());
            for (double x : it.point()) {
                out.append(',').append(x);
            }
            for (double g : it.gradient()) {
                out.append(',').append(g);
            }
            out.append(',').append(it.value()).append('\n');
        }
        return out.toString();
    }
}
