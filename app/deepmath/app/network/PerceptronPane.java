package deepmath.app.network;

import deepmath.core.BadInputException;
import deepmath.nn.PerceptronRule;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The perceptron rule (Hebb's rule, ch. 9, line 10650) one example at a time: each press presents the next
 * example to the neuron shown, the table says what the neuron answered and how its weights changed (nothing,
 * −2δX or +2δX), and the graph and the output map move with the weights.
 */
final class PerceptronPane {
    private final NetworkModel model;
    private final Messages messages;
    private final Consumer<RuntimeException> errors;
    private final Runnable beforeEdit;
    private final TableView<PerceptronRule.Presentation> table = new TableView<>();
    private final Label status = new Label();
    private final VBox root;
    private PerceptronRule rule;

    PerceptronPane(NetworkModel model, Messages messages, Runnable beforeEdit, Consumer<RuntimeException> errors) {
        this.model = model;
        this.messages = messages;
        this.errors = errors;
        this.beforeEdit = beforeEdit;
        Button next = Translated.button(messages, "hebb.next", () -> present(1));
        next.setId("network-hebb-next");
        Button round = Translated.button(messages, "hebb.round", this::presentRound);
        round.setId("network-hebb-round");
        for (Button b : java.util.List.of(next, round)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label ruleText = Translated.label(messages, "hebb.rule");
        ruleText.setWrapText(true);
        ruleText.setMinWidth(Region.USE_COMPUTED_SIZE); // wraps in the column instead
        ruleText.setMinHeight(Region.USE_PREF_SIZE);
        status.setId("network-hebb-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(8, new HBox(6, next, round), status, ruleText);

        table.setId("network-hebb");
        table.getColumns().add(column("hebb.k", p -> Integer.toString(p.k())));
        table.getColumns().add(column("hebb.example", p -> compact(withOne(p.input()))));
        table.getColumns().add(column("hebb.target", p -> number(p.target())));
        table.getColumns().add(column("hebb.predicted", p -> number(p.predicted())));
        table.getColumns().add(column("hebb.change", p -> compact(p.change())));
        table.getColumns().add(column("hebb.after", p -> compact(p.after())));
        table.setPlaceholder(TableHeaders.placeholder(messages.get("hebb.empty")));
        TableHeaders.fit(table);
        table.setPrefHeight(120);
        var scroll = TableHeaders.scrolling(table);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox row = new HBox(12, LearningViews.column(left), scroll);
        row.setPadding(new Insets(6));
        row.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(row, Priority.ALWAYS);
        root = new VBox(row);
        model.networkProperty().addListener(o -> restart());
        model.dataProperty().addListener(o -> restart());
        model.trainingProperty().addListener(o -> rule = null); // another δ: the next press starts a new rule
        showStatus();
    }

    Node node() {
        return root;
    }

    TableView<PerceptronRule.Presentation> table() {
        return table;
    }

    void relabel() {
        table.setPlaceholder(TableHeaders.placeholder(messages.get("hebb.empty")));
        TableHeaders.fit(table);
        showStatus();
    }

    private void restart() {
        rule = null;
        table.getItems().clear();
        showStatus();
    }

    private void presentRound() {
        present(Math.max(1, model.data().size()));
    }

    private void present(int count) {
        try {
            beforeEdit.run();
            if (rule == null) {
                rule = new PerceptronRule(model.network(), model.data(), model.trainingProperty().get().learningRate());
            }
            for (int i = 0; i < count; i++) {
                table.getItems().add(rule.next());
            }
            if (table.getItems().size() > IterateTable.MAX_ROWS) {
                table.getItems().remove(0, table.getItems().size() - IterateTable.MAX_ROWS);
            }
            TableHeaders.fitCells(table);
            table.scrollTo(table.getItems().size() - 1);
            model.valuesChanged();
        } catch (BadInputException e) {
            rule = null;
            errors.accept(e);
        }
        showStatus();
    }

    private void showStatus() {
        if (rule == null || rule.presented() == 0) {
            status.setText(messages.get("hebb.start", delta()));
        } else if (rule.converged()) {
            status.setText(messages.get("hebb.converged", rule.presented()));
        } else {
            status.setText(messages.get("hebb.presented", rule.presented()));
        }
    }

    private String delta() {
        return number(model.trainingProperty().get().learningRate());
    }

    /** X = (x, y, 1): the example as the rule sees it, the bias's constant input last. */
    private static double[] withOne(double[] x) {
        double[] v = java.util.Arrays.copyOf(x, x.length + 1);
        v[x.length] = 1;
        return v;
    }

    /** "(1, 0.5, −1)": the shortest decimals (the rule's weights are often whole numbers). */
    static String compact(double[] v) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            b.append(i > 0 ? ", " : "").append(number(v[i]));
        }
        return b.append(')').toString();
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    private TableColumn<PerceptronRule.Presentation, String> column(String key,
            java.util.function.Function<PerceptronRule.Presentation, String> value) {
        TableColumn<PerceptronRule.Presentation, String> c = new TableColumn<>();
        c.textProperty().bind(messages.text(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }
}
