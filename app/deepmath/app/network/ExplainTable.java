package deepmath.app.network;

import deepmath.nn.Network;
import deepmath.nn.StepReport;
import deepmath.viz.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Explain this step": for the last mini-batch, each weight and bias with its value before the step, its
 * gradient ∂E/∂w from backpropagation, and the update the optimiser applied (−δ·gradient for plain descent).
 */
final class ExplainTable {
    /** One parameter's line. */
    record Row(String parameter, double before, double gradient, double update) {
    }

    private final Messages messages;
    private final TableView<Row> table = new TableView<>();
    private final Label caption = new Label();
    private final VBox root;
    private Network network;
    private StepReport step;

    ExplainTable(Messages messages) {
        this.messages = messages;
        table.setId("network-explain");
        table.getColumns().add(column("explain.parameter", r -> r.parameter()));
        table.getColumns().add(column("explain.before", r -> number(r.before())));
        table.getColumns().add(column("explain.gradient", r -> number(r.gradient())));
        table.getColumns().add(column("explain.update", r -> number(r.update())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(messages.get("explain.empty")));
        caption.getStyleClass().add("network-explain-caption");
        caption.setWrapText(true);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var scroll = TableHeaders.scrolling(table);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(4, caption, scroll);
        fitHeaders();
        show(null, null);
    }

    Node node() {
        return root;
    }

    /** After a language switch: the placeholder and the caption (set by hand, not bound). */
    void relabel() {
        fitHeaders();
        table.setPlaceholder(new Label(messages.get("explain.empty")));
        show(network, step);
    }

    void show(Network network, StepReport step) {
        this.network = network;
        this.step = step;
        if (network == null || step == null) {
            caption.setText(messages.get("explain.title"));
            table.getItems().clear();
            return;
        }
        caption.setText(messages.get("explain.caption", step.batchSize(), String.format(Locale.ROOT, "%.4g", step.batchLoss())));
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < step.before().length && k < network.parameterCount(); k++) {
            rows.add(new Row(name(network, network.parameterAt(k)), step.before()[k], step.gradient()[k], step.update(k)));
        }
        table.setItems(FXCollections.observableArrayList(rows));
    }

    /** w(layer) neuron ← source, or b(layer) neuron: short, language-neutral names. */
    static String name(Network network, int[] at) {
        int layer = at[0] + 1;
        int neuron = at[1] + 1;
        if (at[2] < 0) {
            return "b" + layer + "." + neuron;
        }
        String source = at[0] == 0 ? (network.inputs() == 1 ? "x" : new String[] {"x", "y", "z"}[Math.min(2, at[2])])
                : "n" + (at[2] + 1);
        return "w" + layer + "." + neuron + " ← " + source;
    }

    /**
     * Each column at least as wide as its header in the current language (the table scrolls sideways
     * rather than cut a header): the constrained policy shares out only what is left.
     */
    private void fitHeaders() {
        TableHeaders.fit(table);
    }

    private TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>();
        c.textProperty().bind(messages.text(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%+.5f", v);
    }
}
