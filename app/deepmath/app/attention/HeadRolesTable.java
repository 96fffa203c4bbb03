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

    private static final String[] KEYS = {"roles.previous", "roles.self", "roles.first", "roles.spread", "roles.repeated"};
    private final AttentionState state;
    private final Messages messages;
    private final TableView<Row> table = new TableView<>();
    private final Label best = new Label();

    HeadRolesTable(AttentionState state, Messages messages, BiConsumer<Integer, Integer> open) {
        this.state = state;
        this.messages = messages;
        table.setId("head-roles");
        Label empty = new Label();
        empty.textProperty().bind(messages.text("roles.empty"));
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(integer(messages, "roles.layer", Row::layer));
        table.getColumns().add(integer(messages, "roles.head", Row::head));
        for (HeadRole role : HeadRole.values()) {
            TableColumn<Row, Double> column = new TableColumn<>();
            column.textProperty().bind(messages.text(KEYS[role.ordinal()]));
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
            fitHeader(column);
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
        best.setId("head-roles-best");
        best.setWrapText(true);
        best.getStyleClass().add("attention-caption");
        setTop(new javafx.scene.layout.VBox(4, caption, best));
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

    /** A column never narrower than its header's text (in the language of the moment). */
    private static void fitHeader(TableColumn<Row, ?> column) {
        Runnable fit = () -> {
            javafx.scene.text.Font font = javafx.scene.text.Font.getDefault();
            // Font of the header labels, plus their padding and the sort arrow.
            column.setMinWidth(Math.ceil(deepmath.viz.plot.TextMetrics.width(column.getText(), font) * 13.0
                    / font.getSize()) + 34);
        };
        column.textProperty().addListener(o -> fit.run());
        fit.run();
    }

    TableView<Row> table() {
        return table;
    }

    /** After a language switch: the sentence naming the best heads. */
    void relabel() {
        describeBest(table.getItems());
    }

    /** The text naming the loaded model's best head for each role (tests read it). */
    String bestText() {
        return best.getText();
    }

    /**
     * The loaded model's own best head for each role on this text, and, for GPT-2 small only, where the book
     * finds them: another model's heads are elsewhere (a 2-layer model has no layer 4).
     */
    private void describeBest(List<Row> rows) {
        deepmath.gpt.LoadedGpt2 model = state.model.get();
        if (model == null || rows.isEmpty()) {
            best.setText("");
            return;
        }
        List<String> parts = new ArrayList<>();
        for (HeadRole role : HeadRole.values()) {
            int r = role.ordinal();
            rows.stream().filter(row -> !Double.isNaN(row.scores()[r]))
                    .max(java.util.Comparator.comparingDouble(row -> row.scores()[r]))
                    .ifPresent(row -> parts.add(messages.get("roles.best.head", messages.get(KEYS[r]),
                            String.valueOf(row.layer()), String.valueOf(row.head()),
                            String.format(Locale.ROOT, "%.2f", row.scores()[r]))));
        }
        String text = messages.get("roles.best", model.name(), String.join(" · ", parts));
        deepmath.gpt.Gpt2Config c = model.model().config();
        if (c.nLayer() == 12 && c.nHead() == 12 && c.nEmbd() == 768) {
            text += "\n" + messages.get("roles.book");
        }
        best.setText(text);
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
        describeBest(rows);
    }
}
