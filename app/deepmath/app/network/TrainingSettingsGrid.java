package deepmath.app.network;

import deepmath.nn.Loss;
import deepmath.nn.Regularization;
import deepmath.optim.OptimizerKind;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The training settings' menus (step δ, batch, optimiser, loss, regularisation, λ, test share, lowered step)
 * in two columns. They show the model's {@link TrainingChoices} and write the user's choice into it; training
 * reads the model, never the menus.
 */
final class TrainingSettingsGrid {
    private final NetworkModel model;
    private final Messages messages;
    /** The book's steps among them: δ = 1 (ch. 9), 1/2 for Hebb's rule, 0.02 for E(a); batches of 20 and 30 (all the points). */
    private final ComboBox<Double> learningRate = combo(0.001, 0.003, 0.01, 0.02, 0.03, 0.1, 0.3, 0.5, 1.0, 3.0);
    private final ComboBox<Integer> batchSize = combo(1, 2, 4, 5, 10, 20, 30, 50, 100);
    private final ComboBox<OptimizerKind> optimizer = combo(OptimizerKind.values());
    private final ComboBox<Loss> loss = combo(Loss.values());
    private final ComboBox<Regularization> regularization = combo(Regularization.values());
    private final ComboBox<Double> lambda = combo(0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1);
    private final ComboBox<Double> testFraction = combo(0.0, 0.1, 0.2, 0.3, 0.5);
    /** τ of δₑ = δ/(1 + e/τ), in epochs; 0: a constant step. */
    private final ComboBox<Double> stepDecay = combo(0.0, 10.0, 20.0, 50.0, 100.0, 300.0, 1000.0);
    private final GridPane grid = new GridPane();
    /** True while the menus show the model's settings: their listeners then write nothing. */
    private boolean quiet;

    TrainingSettingsGrid(NetworkModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        push(model.trainingProperty().get());
        stepDecay.setId("network-step-decay");
        learningRate.setId("network-learning-rate");
        batchSize.setId("network-batch");
        optimizer.setId("network-optimizer");
        loss.setId("network-loss");
        regularization.setId("network-regularization");
        lambda.setId("network-lambda");
        testFraction.setId("network-test-fraction");
        Translated.cells(stepDecay, v -> v == 0 ? messages.text("training.decayNone")
                : messages.text("training.decayEpochs", v.intValue()));
        Translated.cells(optimizer, messages, k -> "optimizer." + k.key());
        Translated.cells(loss, messages, k -> "loss." + k.key());
        Translated.cells(regularization, messages, k -> "regularization." + k.key());
        for (ComboBox<Double> box : List.of(learningRate, lambda, testFraction)) {
            // numbers, not words: the same in both languages
            Translated.cells(box, v -> new SimpleStringProperty(deepmath.nn.NetworkJson.number(v)));
        }
        choose(learningRate, TrainingChoices::withLearningRate);
        choose(batchSize, TrainingChoices::withBatchSize);
        choose(optimizer, TrainingChoices::withOptimizer);
        choose(loss, TrainingChoices::withLoss);
        choose(regularization, TrainingChoices::withRegularization);
        choose(lambda, TrainingChoices::withLambda);
        choose(testFraction, TrainingChoices::withTestFraction);
        choose(stepDecay, TrainingChoices::withStepDecay);
        model.trainingProperty().addListener((o, was, now) -> push(now));

        // two columns of settings: the pane stays low, the graph and the output keep their height
        grid.setHgap(8);
        grid.setVgap(4);
        row(0, 0, "training.learningRate", learningRate);
        row(1, 0, "training.batchSize", batchSize);
        row(2, 0, "training.optimizer", optimizer);
        row(3, 0, "training.loss", loss);
        row(0, 2, "training.regularization", regularization);
        row(1, 2, "training.lambda", lambda);
        row(2, 2, "training.testFraction", testFraction);
        row(3, 2, "training.stepDecay", stepDecay);
    }

    GridPane node() {
        return grid;
    }

    private <T> void choose(ComboBox<T> box, BiFunction<TrainingChoices, T, TrainingChoices> with) {
        box.valueProperty().addListener((o, was, now) -> {
            if (!quiet && now != null) {
                model.trainingProperty().set(with.apply(model.trainingProperty().get(), now));
            }
        });
    }

    /** Shows the model's settings in the menus. */
    private void push(TrainingChoices c) {
        quiet = true;
        try {
            loss.setValue(c.loss());
            optimizer.setValue(c.optimizer());
            show(learningRate, c.learningRate());
            show(batchSize, c.batchSize());
            regularization.setValue(c.regularization());
            show(lambda, c.lambda());
            show(testFraction, c.testFraction());
            show(stepDecay, c.stepDecay());
        } finally {
            quiet = false;
        }
    }

    /**
     * Selects {@code value}, first adding it in its place among the menu's numbers when a preset or a session brings
     * one the menu lacks (a value off the list shows an empty menu, and could not be chosen back after another).
     */
    private static <T extends Comparable<T>> void show(ComboBox<T> box, T value) {
        if (!box.getItems().contains(value)) {
            int at = 0;
            while (at < box.getItems().size() && box.getItems().get(at).compareTo(value) < 0) {
                at++;
            }
            box.getItems().add(at, value);
        }
        box.setValue(value);
    }

    private void row(int r, int c, String key, Control control) {
        Label label = Translated.label(messages, key);
        control.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, c, r);
        grid.add(control, c + 1, r);
    }

    @SafeVarargs
    private static <T> ComboBox<T> combo(T... values) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
