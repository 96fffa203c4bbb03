package deepmath.app.network;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorReporter;
import deepmath.nn.BlackSquares;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Training against test (ch. 9, line 10900, and over-fitting, line 11135): the height of three black squares among
 * 20, learned by 20-p-p-1 on half of the 1140 configurations; each run adds a line to the book's table — p, neurons,
 * weights, the share of right answers on the training half and on the test half, and both errors side by side.
 */
final class SquaresPane {
    /** Epochs of each run: enough for p ≥ 10 to learn its training half almost entirely. */
    static final int EPOCHS = 1000;

    private final NetworkModel model;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final ComboBox<Integer> p = new ComboBox<>();
    private final Button train;
    private final TableView<BlackSquares.Score> table = new TableView<>();
    private final VBox root;
    private Task<BlackSquares.Score> task;
    private long seed = 1;

    SquaresPane(NetworkModel model, Messages messages, BackgroundTasks tasks, ErrorReporter errors) {
        this.model = model;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
        p.setId("network-squares-p");
        p.setItems(FXCollections.observableArrayList(BlackSquares.BOOK_P));
        p.setValue(model.learningProperty().get().squaresP());
        p.setMinWidth(Region.USE_PREF_SIZE);
        p.setOnAction(e -> {
            Integer value = p.getValue();
            if (value != null && value != model.learningProperty().get().squaresP()) {
                model.learningProperty().set(model.learningProperty().get().withSquaresP(value));
            }
        });
        model.learningProperty().addListener((o, was, now) -> {
            if (!Integer.valueOf(now.squaresP()).equals(p.getValue())) {
                if (!p.getItems().contains(now.squaresP())) {
                    p.getItems().add(now.squaresP());
                }
                p.setValue(now.squaresP());
            }
        });
        Label pLabel = Translated.label(messages, "squares.p");
        pLabel.setMinWidth(Region.USE_PREF_SIZE);
        train = Translated.button(messages, "squares.train", this::train);
        train.setId("network-squares-train");
        train.setMinWidth(Region.USE_PREF_SIZE);
        Label explain = Translated.label(messages, "squares.explain", BlackSquares.SQUARES, EPOCHS);
        explain.setWrapText(true);
        explain.setMinWidth(Region.USE_COMPUTED_SIZE); // wraps in the column instead
        explain.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(8, new HBox(6, pLabel, p, train), explain);

        table.setId("network-squares");
        table.getColumns().add(column("squares.colP", s -> Integer.toString(s.p())));
        table.getColumns().add(column("squares.neurons", s -> Integer.toString(s.neurons())));
        table.getColumns().add(column("squares.weights", s -> Integer.toString(s.weights())));
        table.getColumns().add(column("squares.trainShare", s -> messages.get("squares.share", s.trainRight(),
                s.trainTotal(), percent(s.trainShare()))));
        table.getColumns().add(column("squares.testShare", s -> messages.get("squares.share", s.testRight(),
                s.testTotal(), percent(s.testShare()))));
        table.getColumns().add(column("squares.trainError", s -> String.format(Locale.ROOT, "%.3f", s.trainError())));
        table.getColumns().add(column("squares.testError", s -> String.format(Locale.ROOT, "%.3f", s.testError())));
        table.setPlaceholder(TableHeaders.placeholder(messages.get("squares.empty")));
        TableHeaders.fit(table);
        table.setPrefHeight(120);
        var scroll = TableHeaders.scrolling(table);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox row = new HBox(12, LearningViews.column(left), scroll);
        row.setPadding(new Insets(6));
        VBox.setVgrow(row, Priority.ALWAYS);
        root = new VBox(row);
    }

    Node node() {
        return root;
    }

    TableView<BlackSquares.Score> table() {
        return table;
    }

    void relabel() {
        table.setPlaceholder(TableHeaders.placeholder(messages.get("squares.empty")));
        TableHeaders.fit(table);
        table.refresh();
    }

    private void train() {
        if (task != null) {
            return;
        }
        int chosen = model.learningProperty().get().squaresP();
        long run = seed++;
        train.setDisable(true);
        String title = messages.get("squares.task", chosen);
        task = tasks.submit(title, progress -> BlackSquares.trainAndScore(chosen, EPOCHS,
                run, progress), score -> {
                    table.getItems().add(score);
                    TableHeaders.fitCells(table);
                    done();
                }, e -> {
                    done();
                    errors.report(title, e);
                });
        task.setOnCancelled(e -> done());
    }

    private void done() {
        task = null;
        train.setDisable(false);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f", 100 * share);
    }

    private TableColumn<BlackSquares.Score, String> column(String key,
            java.util.function.Function<BlackSquares.Score, String> value) {
        TableColumn<BlackSquares.Score, String> c = new TableColumn<>();
        c.textProperty().bind(messages.text(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }
}
