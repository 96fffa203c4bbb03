package deepmath.app.models;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.DoneNotifier;
import deepmath.app.task.ErrorText;
import deepmath.sequential.EpochReport;
import deepmath.sequential.ModelSpec;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Train / Stop and the live curves: the loss and the accuracy after every epoch, on the training examples and on
 * the validation share. The run goes on in the background (the status bar shows its progress and can cancel it);
 * Stop keeps the network of the last finished epoch, which the "what the network sees" tab then looks at.
 */
final class TrainPane {
    private static final Color TRAIN = Color.web("#2166ac");
    private static final Color VALIDATION = Color.web("#d6604d");
    private final ModelsState state;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final DoneNotifier done;
    private final ErrorText errors;
    private final PulledData pulled;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ObjectProperty<TrainedModel> trained = new SimpleObjectProperty<>(this, "trained");
    private final PlotCanvas lossChart = new PlotCanvas();
    private final PlotCanvas accuracyChart = new PlotCanvas();
    private final Label status = new Label();
    private final VBox controls;
    private final VBox charts;
    private String statusKey = "train.idle";
    private Object[] statusArgs = {};
    private Task<TrainedModel> task;

    TrainPane(ModelsState state, Messages messages, I18n i18n, BackgroundTasks tasks, DoneNotifier done,
              PulledData pulled) {
        this.state = state;
        this.pulled = pulled;
        this.messages = messages;
        this.tasks = tasks;
        this.done = done;
        this.errors = new ErrorText(i18n);
        Button train = new Button();
        train.setId("models-train");
        train.textProperty().bind(Bindings.when(running).then(messages.text("train.stop"))
                .otherwise(messages.text("train.start")));
        train.setOnAction(e -> toggle());
        train.disableProperty().bind(state.specProperty().isNull().and(running.not()));
        status.setId("models-train-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        controls = new VBox(8, train, status);
        lossChart.setId("models-loss-chart");
        accuracyChart.setId("models-accuracy-chart");
        lossChart.xAxis().labelProperty().bind(messages.text("train.epochAxis"));
        lossChart.yAxis().labelProperty().bind(messages.text("train.lossAxis"));
        accuracyChart.xAxis().labelProperty().bind(messages.text("train.epochAxis"));
        accuracyChart.yAxis().labelProperty().bind(messages.text("train.accuracyAxis"));
        for (PlotCanvas chart : List.of(lossChart, accuracyChart)) {
            chart.xAxis().wholeNumbersProperty().set(true);   // epochs: no tick at epoch 1.5
            chart.setPrefSize(460, 260);
            chart.setMinHeight(160);
            VBox.setVgrow(chart, Priority.ALWAYS);
        }
        charts = new VBox(8, lossChart, accuracyChart);
        messages.language().addListener(o -> relabel());
        status("train.idle");
        redraw();
    }

    Node controls() {
        return controls;
    }

    Node charts() {
        return charts;
    }

    BooleanProperty runningProperty() {
        return running;
    }

    ObjectProperty<TrainedModel> trainedProperty() {
        return trained;
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

    void start() {
        ModelSpec spec = state.specProperty().get();
        if (spec == null || running.get()) {
            return;
        }
        DataChoice data = state.dataProperty().get();
        TrainingSettings settings = state.trainingProperty().get();
        trained.set(null);
        running.set(true);
        status("train.starting");
        redraw();
        task = tasks.submit(messages.text("train.task"),
                progress -> ModelTraining.run(spec, data, pulled, settings, progress,
                        epoch -> javafx.application.Platform.runLater(() -> epochDone(epoch))),
                this::finished, this::failed);
        Task<TrainedModel> started = task;
        started.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> {
            if (task == started) {
                running.set(false);
                status("train.stopped", history().size());
            }
        });
    }

    private void epochDone(TrainedModel epoch) {
        if (!running.get()) {
            return;   // a late epoch of a stopped run
        }
        trained.set(epoch);
        EpochReport last = epoch.history().get(epoch.history().size() - 1);
        status("train.epoch", last.epoch(), epoch.settings().epochs(), number(last.loss()),
                Double.isNaN(last.accuracy()) ? "–" : number(100 * last.accuracy()));
        redraw();
    }

    private void finished(TrainedModel model) {
        running.set(false);
        trained.set(model);
        EpochReport last = model.history().isEmpty() ? null : model.history().get(model.history().size() - 1);
        Object[] args = {model.history().size(), last == null ? "–" : number(last.loss())};
        status("train.done", args);
        redraw();
        done.finished(messages.text("train.notify"), messages.text("train.done", args));
    }

    private void failed(Throwable error) {
        running.set(false);
        statusKey = null;
        status.setText(errors.of(error));
    }

    private List<EpochReport> history() {
        TrainedModel t = trained.get();
        return t == null ? List.of() : t.history();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private void status(String key, Object... args) {
        statusKey = key;
        statusArgs = args;
        status.setText(messages.get(key, args));
    }

    private void relabel() {
        if (statusKey != null) {
            status.setText(messages.get(statusKey, statusArgs));
        }
        redraw();
    }

    /** The curves of the epochs so far (the accuracy in %, classification only). */
    private void redraw() {
        List<EpochReport> h = history();
        plot(lossChart, h, EpochReport::loss, EpochReport::valLoss, 1);
        plot(accuracyChart, h, EpochReport::accuracy, EpochReport::valAccuracy, 100);
    }

    private void plot(PlotCanvas chart, List<EpochReport> h, ToDoubleFunction<EpochReport> train,
                      ToDoubleFunction<EpochReport> validation, double scale) {
        List<PlotLayer> layers = new ArrayList<>();
        line(h, train, scale, TRAIN, messages.get("train.legend.train")).ifPresent(layers::add);
        line(h, validation, scale, VALIDATION, messages.get("train.legend.validation")).ifPresent(layers::add);
        chart.layers().setAll(layers);
        if (layers.isEmpty()) {
            chart.setView(0, 1, 0, scale);
        } else {
            chart.fitToData(0.08);
        }
    }

    private static java.util.Optional<PlotLayer> line(List<EpochReport> h, ToDoubleFunction<EpochReport> value,
                                                      double scale, Color color, String legend) {
        double[] x = h.stream().filter(r -> !Double.isNaN(value.applyAsDouble(r))).mapToDouble(EpochReport::epoch).toArray();
        double[] y = h.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).map(v -> v * scale).toArray();
        return x.length == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new LineLayer(x, y, color, 2, null, legend));
    }
}
