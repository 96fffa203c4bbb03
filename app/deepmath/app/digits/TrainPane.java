package deepmath.app.digits;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.DoneNotifier;
import deepmath.app.task.ErrorReporter;
import deepmath.digits.DigitEvaluation;
import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.DigitTrainer;
import deepmath.digits.ModelKind;
import deepmath.digits.TrainingPlan;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Training from scratch in the background: epochs, Adam's step, mini-batch and random shifts; live curves of
 * the loss (every few batches) and of the held-out accuracy (every epoch); Stop (or Cancel in the status bar)
 * keeps the weights of the last finished epoch. Save and Load are in the lab's toolbar.
 */
final class TrainPane {
    private static final int CURVE_EVERY = 10;
    private final DigitsState state;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final DoneNotifier done;
    private final ComboBox<ModelKind> model = new ComboBox<>(FXCollections.observableArrayList(ModelKind.values()));
    private final ComboBox<Integer> epochs = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 5, 10, 12, 15, 20));
    private final ComboBox<Double> learningRate = new ComboBox<>(FXCollections.observableArrayList(0.0003, 0.001, 0.002, 0.003, 0.01));
    private final ComboBox<Integer> batch = new ComboBox<>(FXCollections.observableArrayList(8, 16, 32, 64, 128));
    private final ComboBox<Integer> shift = new ComboBox<>(FXCollections.observableArrayList(0, 1, 2, 3));
    private final PlotCanvas lossChart = new PlotCanvas();
    private final PlotCanvas accuracyChart = new PlotCanvas();
    private final Label status = new Label();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final List<double[]> losses = new ArrayList<>();
    private final List<double[]> accuracies = new ArrayList<>();
    private final HBox root;
    private String statusKey = "train.idle";
    private Object[] statusArgs = {};
    private Task<DigitNetwork> task;
    /** True while the menus are set from the state: they must not write back half-set settings. */
    private boolean showingState;
    /** Seed of the next run: runs are reproducible (1, 2, 3, … in a session), yet each differs from the last. */
    private long nextSeed = 1;

    TrainPane(DigitsState state, Messages messages, BackgroundTasks tasks, ErrorReporter errors, DoneNotifier done) {
        this.state = state;
        this.done = done;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
        model.setId("digits-train-model");
        epochs.setId("digits-train-epochs");
        learningRate.setId("digits-train-rate");
        batch.setId("digits-train-batch");
        shift.setId("digits-train-shift");
        DigitsLab.names(model, messages);
        model.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.valueProperty().addListener((o, a, k) -> {
            if (k != null && !showingState) {
                applyDefaults(k);
            }
        });
        show(state.trainingProperty().get());
        for (ComboBox<?> box : List.of(model, epochs, learningRate, batch, shift)) {
            box.valueProperty().addListener(o -> {
                if (!showingState && model.getValue() != null && epochs.getValue() != null
                        && learningRate.getValue() != null && batch.getValue() != null && shift.getValue() != null) {
                    state.trainingProperty().set(new DigitsState.Training(model.getValue(), epochs.getValue(),
                            learningRate.getValue(), batch.getValue(), shift.getValue()));
                }
            });
        }
        state.trainingProperty().addListener((o, was, now) -> show(now));
        Button train = new Button();
        train.setId("digits-train");
        train.textProperty().bind(javafx.beans.binding.Bindings.when(running)
                .then(messages.text("train.stop")).otherwise(messages.text("train.start")));
        train.setOnAction(e -> toggle());
        train.setDefaultButton(false);
        for (ComboBox<?> box : List.of(model, epochs, learningRate, batch, shift)) {
            box.disableProperty().bind(running);
            box.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane settings = new GridPane();
        settings.setHgap(8);
        settings.setVgap(6);
        row(settings, 0, "train.model", model);
        row(settings, 1, "train.epochs", epochs);
        row(settings, 2, "train.learningRate", learningRate);
        row(settings, 3, "train.batch", batch);
        row(settings, 4, "train.shift", shift);
        status.setId("digits-train-status");
        status.setWrapText(true);
        Label hint = new Label();
        hint.textProperty().bind(messages.text("train.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("digits-hint");
        VBox controls = new VBox(10, settings, train, status, hint);
        // as wide as the settings need (menus never cut); the texts wrap to that width
        controls.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setPrefWidth(0);
        hint.setPrefWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        hint.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        lossChart.setId("digits-loss-chart");
        accuracyChart.setId("digits-accuracy-chart");
        lossChart.xAxis().labelProperty().bind(messages.text("train.epochAxis"));
        lossChart.yAxis().labelProperty().bind(messages.text("train.lossAxis"));
        accuracyChart.xAxis().labelProperty().bind(messages.text("train.epochAxis"));
        accuracyChart.yAxis().labelProperty().bind(messages.text("train.accuracyAxis"));
        for (PlotCanvas chart : List.of(lossChart, accuracyChart)) {
            chart.xAxis().wholeNumbersProperty().set(true);   // epochs: no tick at epoch 1.5
            chart.setPrefSize(420, 320);
            VBox.setVgrow(chart, Priority.ALWAYS);
        }
        VBox charts = new VBox(8, lossChart, accuracyChart);
        HBox.setHgrow(charts, Priority.ALWAYS);
        root = new HBox(16, controls, charts);
        root.setPadding(new Insets(12));
        status("train.idle");
        redraw();
    }

    Node node() {
        return root;
    }

    BooleanProperty runningProperty() {
        return running;
    }

    ComboBox<ModelKind> model() {
        return model;
    }

    ComboBox<Integer> epochs() {
        return epochs;
    }

    int lossPoints() {
        return losses.size();
    }

    int accuracyPoints() {
        return accuracies.size();
    }

    /** A new model proposes its own settings. */
    private void applyDefaults(ModelKind kind) {
        state.trainingProperty().set(DigitsState.Training.defaults(kind));
    }

    /** The menus show {@code t} (the state's settings: chosen here, the defaults, or a session's). */
    private void show(DigitsState.Training t) {
        showingState = true;
        try {
            model.setValue(t.model());
            epochs.setValue(t.epochs());
            learningRate.setValue(t.learningRate());
            batch.setValue(t.batch());
            shift.setValue(t.shift());
        } finally {
            showingState = false;
        }
    }

    private void toggle() {
        if (running.get()) {
            stop();
        } else {
            start();
        }
    }

    void stop() {
        if (task != null) {
            task.cancel();
        }
    }

    private void start() {
        DigitSet.Split data = state.dataProperty().get();
        if (data == null) {
            return;
        }
        ModelKind kind = model.getValue();
        TrainingPlan plan;
        try {
            // the engine sums the threads' partial gradients in a fixed order: the cores change the speed only
            plan = new TrainingPlan(epochs.getValue(), batch.getValue(), learningRate.getValue(),
                    nextSeed++, deepmath.sequential.TrainingConfig.cores(), shift.getValue());
        } catch (RuntimeException e) {
            errors.report(messages.get("train.task"), e);
            return;
        }
        losses.clear();
        accuracies.clear();
        redraw();
        running.set(true);
        status("train.starting");
        task = tasks.submit(messages.get("train.task"), progress -> train(kind, plan, data, progress),
                network -> finished(),
                e -> {
                    running.set(false);
                    errors.report(messages.get("train.task"), e);
                });
        Task<DigitNetwork> started = task;
        started.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> {
            if (task == started) {
                running.set(false);
                status("train.stopped", accuracies.size());
            }
        });
    }

    /** Runs in the background: every finished epoch is evaluated and handed to the other tabs. */
    private DigitNetwork train(ModelKind kind, TrainingPlan plan, DigitSet.Split data, deepmath.core.Progress progress) {
        DigitNetwork network = kind.create(plan.seed());
        double[] window = new double[2];
        try (DigitTrainer trainer = new DigitTrainer(network, data.train(), plan)) {
            for (int e = 1; e <= plan.epochs(); e++) {
                int epoch = e;
                progress.message(messages.get("train.progress", e, plan.epochs()));
                trainer.epoch(new deepmath.core.Progress() {
                    @Override
                    public void update(double done, double total) {
                        progress.update((epoch - 1) + done / total, plan.epochs());
                    }

                    @Override
                    public void message(String text) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                }, (ep, b, n, loss) -> {
                    window[0] += loss;
                    window[1]++;
                    if (window[1] == CURVE_EVERY || b == n - 1) {
                        double point = ep - 1 + (b + 1.0) / n;
                        double mean = window[0] / window[1];
                        window[0] = 0;
                        window[1] = 0;
                        Platform.runLater(() -> addLoss(point, mean));
                    }
                });
                DigitNetwork snapshot = kind.withParameters(network.parameters().clone());
                double accuracy = DigitEvaluation.of(snapshot, data.test()).accuracy();
                Platform.runLater(() -> epochDone(epoch, plan.epochs(), accuracy, snapshot));
            }
        }
        return network;
    }

    private void addLoss(double epoch, double loss) {
        if (!running.get()) {
            return;
        }
        losses.add(new double[] {epoch, loss});
        redraw();
    }

    private void epochDone(int epoch, int total, double accuracy, DigitNetwork snapshot) {
        accuracies.add(new double[] {epoch, 100 * accuracy});
        state.setNetwork(snapshot);
        status("train.epochDone", epoch, total, String.format(Locale.ROOT, "%.2f", 100 * accuracy));
        redraw();
    }

    private void finished() {
        running.set(false);
        Object[] args = {accuracies.size(),
                accuracies.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", accuracies.get(accuracies.size() - 1)[1])};
        status("train.done", args);
        // Training takes minutes: say it is over even when the user is on another tab or lab.
        done.finished(messages.text("train.notify.title"), messages.text("train.done", args));
    }

    /** The status line, kept as a key and its arguments so that a language switch can write it again. */
    private void status(String key, Object... args) {
        statusKey = key;
        statusArgs = args;
        status.setText(messages.get(key, args));
    }

    /** After a language switch: the status and the curves' legends (the model menu follows by itself). */
    void relabel() {
        status.setText(messages.get(statusKey, statusArgs));
        redraw();
    }

    private void redraw() {
        plot(lossChart, losses, Color.web("#2166ac"), messages.get("train.lossLegend"), 0, 1);
        plot(accuracyChart, accuracies, Color.web("#d6604d"), messages.get("train.accuracyLegend"), 90, 100);
    }

    private static void plot(PlotCanvas chart, List<double[]> points, Color color, String legend, double yMin, double yMax) {
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        if (points.isEmpty()) {
            chart.layers().clear();
            chart.setView(0, 1, yMin, yMax);
            return;
        }
        chart.layers().setAll(new LineLayer(x, y, color, 2, null, legend));
        chart.fitToData(0.08);
    }

    private void row(GridPane grid, int r, String key, Node control) {
        grid.add(Translated.label(messages, key), 0, r);
        grid.add(control, 1, r);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }
}
