package deepmath.app.models;

import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.sequential.KerasSummary;
import deepmath.sequential.LayerSummary;
import deepmath.sequential.ModelSpec;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * keras's {@code model.summary()} for the model being edited, kept up to date after every edit: each layer's
 * keras name and class, output shape (the batch as None) and parameter count, then the total. When the layers do
 * not make a model, the table empties and one line says which layer and which field are wrong.
 */
final class SummaryPane {
    private final ModelsState state;
    private final Messages messages;
    private final ErrorText errors;
    private final TableView<LayerSummary> table = new TableView<>();
    private final Label total = new Label();
    private final Label problem = new Label();
    private final VBox root;

    SummaryPane(ModelsState state, Messages messages, I18n i18n) {
        this.state = state;
        this.messages = messages;
        this.errors = new ErrorText(i18n);
        table.setId("models-summary");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("summary.layer", r -> r.name() + " (" + KerasSummary.kerasClass(r.type()) + ")", 190));
        table.getColumns().add(column("summary.shape", r -> KerasSummary.shape(r.outputShape()), 150));
        table.getColumns().add(column("summary.params", r -> String.valueOf(r.parameters()), 90));
        table.setPlaceholder(Translated.label(messages, "summary.empty"));
        table.setPrefHeight(260);
        total.setId("models-total");
        total.setWrapText(true);
        total.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setId("models-problem");
        problem.getStyleClass().add("formula-error");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.specProperty().addListener(o -> refresh());
        state.problemProperty().addListener(o -> refresh());
        messages.language().addListener(o -> refresh());
        root = new VBox(8, Translated.heading(messages, "summary.title"), table, total, problem);
        VBox.setVgrow(table, Priority.ALWAYS);
        refresh();
    }

    Node node() {
        return root;
    }

    private TableColumn<LayerSummary, String> column(String key, java.util.function.Function<LayerSummary, String> text,
                                                     double width) {
        TableColumn<LayerSummary, String> c = new TableColumn<>();
        c.textProperty().bind(messages.text(key));
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(text.apply(row.getValue())));
        c.setCellFactory(col -> {
            javafx.scene.control.TableCell<LayerSummary, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.getStyleClass().add("data-text");   // keras's names and numbers: the same in both languages
            return cell;
        });
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private void refresh() {
        ModelSpec spec = state.specProperty().get();
        if (spec == null) {
            table.setItems(FXCollections.observableArrayList());
            total.setText("");
            BadInputException refusal = state.problemProperty().get();
            problem.setText(refusal == null ? "" : errors.of(refusal));
            return;
        }
        table.setItems(FXCollections.observableArrayList(spec.summary()));
        total.setText(messages.get("summary.total", spec.parameters(), KerasSummary.shape(spec.input())));
        problem.setText("");
    }
}
