package deepmath.app.attention;

import deepmath.gpt.Gpt2Trace;
import deepmath.gpt.HeadRole;
import deepmath.viz.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** Every head's score for each {@link HeadRole} on the current text, sortable, double-click to open the head. */
final class HeadRolesTable extends BorderPane {
    /** One head's scores. */
    record Row(int layer, int head, double[] scores) {
    }

    private final AttentionState state;
    private final TableView<Row> table = new TableView<>();

    HeadRolesTable(AttentionState state, Messages messages, BiConsumer<Integer, Integer> open) {
        this.state = state;
        table.setId("head-roles");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(integer(messages, "roles.layer", Row::layer));
        table.getColumns().add(integer(messages, "roles.head", Row::head));
        String[] keys = {"roles.previous", "roles.self", "roles.first", "roles.spread", "roles.repeated"};
        for (HeadRole role : HeadRole.values()) {
            TableColumn<Row, Double> column = new TableColumn<>();
            column.textProperty().bind(messages.text(keys[role.ordinal()]));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().scores()[role.ordinal()]));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Double value, boolean empty) {
                    super.updateItem(value, empty);
                    setText(empty || value == null ? "" : Double.isNaN(value) ? "—"
                            : String.format(Locale.ROOT, "%.3f", value));
                }
            });
            column.setComparator((a, b) -> Double.compare(a.isNaN() ? -1 : a, b.isNaN() ? -1 : b));
            column.setPrefWidth(130);
            table.getColumns().add(column);
        }
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().layer(), row.getItem().head());
                }
            });
            return row;
        });
        Label caption = new Label();
        caption.textProperty().bind(messages.text("roles.caption"));
        caption.setWrapText(true);
        caption.getStyleClass().add("attention-caption");
        setTop(caption);
        setCenter(table);
        state.trace.addListener(o -> refresh());
    }

    private static TableColumn<Row, Integer> integer(Messages messages, String key, java.util.function.ToIntFunction<Row> f) {
        TableColumn<Row, Integer> column = new TableColumn<>();
        column.textProperty().bind(messages.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.applyAsInt(c.getValue())));
        column.setPrefWidth(70);
        return column;
    }

    TableView<Row> table() {
        return table;
    }

    private void refresh() {
        Gpt2Trace trace = state.currentTrace();
        List<Row> rows = new ArrayList<>();
        if (trace != null) {
            int[] ids = trace.ids();
            float[][][][] attention = trace.attention();
            for (int l = 0; l < attention.length; l++) {
                for (int h = 0; h < attention[l].length; h++) {
                    double[] scores = new double[HeadRole.values().length];
                    for (HeadRole role : HeadRole.values()) {
                        scores[role.ordinal()] = role.score(attention[l][h], ids);
                    }
                    rows.add(new Row(l, h, scores));
                }
            }
        }
        var sort = new ArrayList<>(table.getSortOrder());
        table.setItems(FXCollections.observableArrayList(rows));
        table.getSortOrder().setAll(sort);
    }
}
