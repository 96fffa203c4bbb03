package deepmath.app.network;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorReporter;
import deepmath.nn.GradientFlow;
import deepmath.nn.Initialization;
import deepmath.nn.Network;
import deepmath.nn.StepReport;
import deepmath.nn.TrainingSettings;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Training controls: Play/Pause (continuous epochs in the background, Cancel in the status bar too), Step
 * (one mini-batch, then "explain this step" lists it), Reset (new random weights); the settings'
 * menus ({@link TrainingSettingsGrid}); the epoch counter and loss curves.
 */
final class TrainingPane {
    private final NetworkModel model;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StepActivationNotice notice;
    private final Label epochLabel = new Label();
    private final Label lossLabel = new Label();
    private final PlotCanvas chart = new PlotCanvas();
    private final ExplainTable explain;
    private final javafx.scene.control.TabPane views = new javafx.scene.control.TabPane();
    private final Tab explainTab = new Tab();
    private final Tab iteratesTab = new Tab();
    private final IterateTable iterates;
    private final TrainingSettingsGrid settings;
    private final List<double[]> history = new ArrayList<>(); // {epoch, train, test}
    private final VBox root;
    private final VBox controls;
    private TrainingRun run;
    private Task<Void> task;
    private int epoch;
    private int steps;
    private TrainingRun.Snapshot last;
    private long seed = 1;

    TrainingPane(NetworkModel model, Messages messages, BackgroundTasks tasks, ErrorReporter errors) {
        this.model = model;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
        this.explain = new ExplainTable(messages);
        this.iterates = new IterateTable(messages);
        this.notice = new StepActivationNotice(messages);
        this.settings = new TrainingSettingsGrid(model, messages);
        model.trainingProperty().addListener((o, was, now) -> invalidate());

        Button play = new Button();
        play.setId("network-play");
        play.textProperty().bind(javafx.beans.binding.Bindings.when(running)
                .then(messages.text("training.pause")).otherwise(messages.text("training.play")));
        play.setOnAction(e -> togglePlay());
        play.setDefaultButton(false);
        Button step = new Button();
        step.setId("network-step");
        step.textProperty().bind(messages.text("training.step"));
        step.disableProperty().bind(running);
        step.setOnAction(e -> step());
        Button reset = new Button();
        reset.textProperty().bind(messages.text("training.reset"));
        reset.setOnAction(e -> reset());
        for (Button b : List.of(play, step, reset)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(6, play, step, reset);
        buttons.setAlignment(Pos.CENTER_LEFT);

        epochLabel.setId("network-epoch");
        epochLabel.getStyleClass().add("network-epoch");
        epochLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lossLabel.setId("network-losses");
        lossLabel.setWrapText(true);
        lossLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox readout = new HBox(12, epochLabel, lossLabel);
        readout.setAlignment(Pos.CENTER_LEFT);
        controls = new VBox(8, buttons, readout, settings.node());
        controls.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        controls.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        chart.setId("network-loss-chart");
        chart.xAxis().labelProperty().bind(messages.text("training.epochAxis"));
        chart.yAxis().labelProperty().bind(messages.text("training.lossAxis"));
        chart.setPrefHeight(200);
        // the curves and the explanation of the last step share one place; Step shows the explanation
        Tab curves = new Tab();
        curves.textProperty().bind(messages.text("training.curvesTab"));
        curves.setContent(chart);
        curves.setClosable(false);
        curves.setId("network-curves-tab");
        explainTab.textProperty().bind(messages.text("training.explainTab"));
        explainTab.setContent(explain.node());
        explainTab.setClosable(false);
        explainTab.setId("network-explain-tab");
        iteratesTab.textProperty().bind(messages.text("training.iteratesTab"));
        iteratesTab.setContent(iterates.node());
        iteratesTab.setClosable(false);
        iteratesTab.setId("network-iterates-tab");
        views.getTabs().setAll(curves, explainTab, iteratesTab);
        views.setId("network-training-views");
        views.setMinWidth(200);
        // the Heaviside notice covers the (then empty) curves rather than push the settings down
        javafx.scene.layout.StackPane right = new javafx.scene.layout.StackPane(views, notice.node());
        javafx.scene.layout.StackPane.setAlignment(notice.node(), Pos.TOP_CENTER);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(12, controls, right);
        row.setPadding(new Insets(6));
        VBox.setVgrow(row, Priority.ALWAYS);
        root = new VBox(row);
        root.getStyleClass().add("network-training");
        model.networkProperty().addListener(o -> clearHistory());
        model.dataProperty().addListener(o -> dataChanged());
        model.networkProperty().addListener(o -> notice.hide());
        model.valuesVersionProperty().addListener(o -> {
            if (notice.isShowing() && GradientFlow.canLearn(model.network())) {
                notice.hide(); // the user chose another activation by hand
            }
        });
        showEpoch();
    }

    Node node() {
        return root;
    }

    /** The height the buttons, the readout and the settings need (the curves take what they are given). */
    double controlsHeight() {
        return controls.prefHeight(-1) + 12;
    }

    IterateTable iterates() {
        return iterates;
    }

    /** Shows the book's table of iterates (the σ neuron and XOR presets open on it). */
    void showIterates() {
        views.getSelectionModel().select(iteratesTab);
    }

    BooleanProperty runningProperty() {
        return running;
    }

    /** The settings a preset suggests (loss, optimiser, step, batch). */
    void apply(TrainingSettings suggested) {
        model.trainingProperty().set(model.trainingProperty().get().suggested(suggested));
    }

    /** Stops training (before the user edits the network by hand). */
    void pause() {
        if (task != null) {
            task.cancel();
            task = null;
        }
        running.set(false);
    }

    /** The next step starts from the network as it is now (weights edited, settings changed). */
    void invalidate() {
        run = null;
    }

    /**
     * A point added or removed by hand keeps the epoch count and the curves (training goes on, with the new
     * point, from where it was); other new data (a preset, a file, a generated set) starts training afresh.
     */
    private void dataChanged() {
        if (!model.isDataEdit()) {
            clearHistory();
            return;
        }
        boolean wasRunning = running.get();
        pause();
        invalidate();
        if (wasRunning && !model.data().isEmpty()) {
            togglePlay();
        }
    }

    private void clearHistory() {
        pause();
        invalidate();
        history.clear();
        epoch = 0;
        steps = 0;
        last = null;
        explain.show(null, null);
        iterates.clear();
        showEpoch();
        redrawChart();
    }

    private TrainingRun run() {
        if (run == null) {
            TrainingChoices choices = model.trainingProperty().get();
            run = new TrainingRun(model.network(), model.data(), choices.settings(seed), choices.testFraction(), epoch,
                    steps, e -> messages.get("training.epoch", e));
        }
        return run;
    }

    /** True (and the notice shown) when the network has a Heaviside layer: its gradient would be 0. */
    private boolean cannotLearn(Runnable afterSwitch) {
        if (model.data().isEmpty()) {
            errors.report(messages.get("training.task"), new deepmath.core.BadInputException(messages.get("training.noData")));
            return true;
        }
        if (model.data().inputCount() != model.network().inputs()) {
            errors.report(messages.get("training.task"), new deepmath.core.BadInputException(
                    messages.get("training.shapeMismatch", model.data().inputCount(), model.network().inputs())));
            return true;
        }
        return notice.check(model.network(), () -> {
            model.networkProperty().set(GradientFlow.withSigmoidForSteps(model.network()));
            afterSwitch.run();
        });
    }

    private void step() {
        if (cannotLearn(this::step)) {
            return;
        }
        try {
            show(run().step());
            if (views.getSelectionModel().getSelectedItem() != iteratesTab) {
                views.getSelectionModel().select(explainTab);
            }
        } catch (RuntimeException e) {
            invalidate();
            errors.report(messages.get("training.task"), e);
        }
    }

    private void togglePlay() {
        if (running.get()) {
            pause();
            return;
        }
        if (cannotLearn(this::togglePlay)) {
            return;
        }
        TrainingRun current;
        try {
            current = run();
        } catch (RuntimeException e) {
            invalidate();
            errors.report(messages.get("training.task"), e);
            return;
        }
        running.set(true);
        // one snapshot waits for the FX thread at a time, the newest: when drawing a frame takes longer than the
        // trainer's 40 ms between snapshots (a large network, a loaded machine), frames are dropped instead of
        // queueing up behind each other and the window lagging further and further behind the training
        java.util.concurrent.atomic.AtomicReference<TrainingRun.Snapshot> pending =
                new java.util.concurrent.atomic.AtomicReference<>();
        Task<Void> started = tasks.submit(messages.get("training.task"),
                progress -> current.run(progress, s -> {
                    if (pending.getAndSet(s) == null) {
                        Platform.runLater(() -> {
                            TrainingRun.Snapshot newest = pending.getAndSet(null);
                            if (run == current && newest != null) {
                                show(newest);
                            }
                        });
                    }
                }),
                r -> running.set(false),
                e -> {
                    running.set(false);
                    errors.report(messages.get("training.task"), e);
                });
        started.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> {
            if (task == started) {
                task = null;
                running.set(false);
            }
        });
        task = started;
    }

    private void reset() {
        pause();
        Network network = model.network();
        Initialization.GLOROT.apply(network, ++seed);
        model.valuesChanged();
        clearHistory();
    }

    private void show(TrainingRun.Snapshot s) {
        model.setParameters(s.parameters());
        epoch = s.epoch();
        steps = s.steps();
        if (s.lastStep() != null) {
            iterates.add(s.steps() - 1, s.lastStep());
        }
        history.add(new double[] {s.epoch(), s.trainLoss(), s.testLoss()});
        if (history.size() > 4000) {
            for (int k = history.size() - 2; k > 0; k -= 2) {
                history.remove(k); // halve the curve's resolution, keep both ends
            }
        }
        explain.show(model.network(), s.lastStep());
        last = s;
        showEpoch();
        showLosses();
        redrawChart();
    }

    private void showLosses() {
        TrainingRun.Snapshot s = last;
        if (s == null || history.isEmpty()) {
            return;
        }
        String accuracy = Double.isNaN(s.accuracy()) ? "–" : messages.get("training.percent",
                String.format(Locale.ROOT, "%.1f", 100 * s.accuracy()));
        String text = messages.get("training.losses", fmt(s.trainLoss()), Double.isNaN(s.testLoss()) ? "–" : fmt(s.testLoss()),
                accuracy);
        if (!Double.isNaN(s.testAccuracy())) { // train against test, side by side (over-fitting, ch. 9 line 11116)
            text += "\n" + messages.get("training.testAccuracy", messages.get("training.percent",
                    String.format(Locale.ROOT, "%.1f", 100 * s.testAccuracy())));
        }
        if (model.trainingProperty().get().stepDecay() > 0) {
            text += "\n" + messages.get("training.currentStep", fmt(s.step()));
        }
        lossLabel.setText(text);
    }

    /** A new language: the texts set by hand (not bound) are written again. */
    void relabel() {
        notice.relabel();
        explain.relabel();
        iterates.relabel();
        showEpoch();
        showLosses();
        redrawChart();
    }

    private void showEpoch() {
        epochLabel.setText(messages.get("training.epoch", epoch));
        if (history.isEmpty()) {
            lossLabel.setText(messages.get("training.noLoss"));
        }
    }

    private void redrawChart() {
        int n = history.size();
        double[] x = new double[n];
        double[] train = new double[n];
        double[] test = new double[n];
        boolean hasTest = false;
        for (int k = 0; k < n; k++) {
            x[k] = history.get(k)[0];
            train[k] = history.get(k)[1];
            test[k] = history.get(k)[2];
            hasTest |= !Double.isNaN(test[k]);
        }
        List<deepmath.viz.plot.PlotLayer> layers = new ArrayList<>();
        if (n == 0) {
            chart.layers().clear();
            chart.setView(0, 10, 0, 1);
            return;
        }
        layers.add(new LineLayer(x, train, Color.web("#2166ac"), 2, null, messages.get("training.trainLoss")));
        if (hasTest) {
            layers.add(new LineLayer(x, test, Color.web("#e08214"), 2, null, messages.get("training.testLoss")));
        }
        chart.layers().setAll(layers);
        if (n > 0) {
            chart.fitToData(0.05);
        } else {
            chart.setView(0, 10, 0, 1);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
