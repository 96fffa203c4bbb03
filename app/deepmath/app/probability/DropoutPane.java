package deepmath.app.probability;

import deepmath.app.probability.ProbabilityState.DropoutSettings;
import deepmath.app.task.BackgroundTasks;
import deepmath.probability.DropoutMask;
import deepmath.probability.DropoutTraining;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.Scale;
import deepmath.viz.probability.DropoutDiagram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Dropout made visible (chapter 16 §4): the network of the experiment with the neurons a training step drops
 * greyed out (a new draw at each step, each neuron kept with probability p), the 1/p rescaling of the kept
 * ones, and the training and test errors of the same network trained with and without dropout.
 */
final class DropoutPane {
    private static final DropoutTraining.Setup SETUP = DropoutTraining.Setup.DEFAULT;

    private final Messages text;
    private final ObjectProperty<DropoutSettings> state;
    private final BackgroundTasks tasks;
    private final Slider keep = new Slider(DropoutSettings.MIN_KEEP, 1, 0.8);
    private final Label keepValue = new Label();
    private final Slider step = new Slider(0, SETUP.steps() - 1, 0);
    private final Label stepValue = new Label();
    private final DropoutDiagram diagram = new DropoutDiagram();
    private final Label neuron = new Label();
    private final PlotCanvas curves = new PlotCanvas();
    private final Label summary = new Label();
    private final ObjectProperty<DropoutTraining.Result> result = new SimpleObjectProperty<>(this, "result");
    private final BorderPane node = new BorderPane();
    private Task<DropoutTraining.Result> running;
    private double trainedKeep = Double.NaN;
    /** False until the section is first shown: the training (a second or two of CPU) waits for a reader. */
    private boolean active;

    DropoutPane(Messages text, BackgroundTasks tasks, ObjectProperty<DropoutSettings> state) {
        this.text = text;
        this.state = state;
        this.tasks = tasks;
        keep.setId("prob-dropout-keep");
        keep.setMajorTickUnit(0.1);
        keep.setSnapToTicks(true);
        keep.setBlockIncrement(0.1);
        keep.valueProperty().addListener((o, was, now) -> {
            double p = Math.round(now.doubleValue() * 100) / 100.0;
            if (p != state.get().keep() && !keep.isValueChanging()) {
                state.set(new DropoutSettings(p, state.get().step()));
            }
        });
        keep.valueChangingProperty().addListener((o, was, now) -> {
            double p = Math.round(keep.getValue() * 100) / 100.0;
            if (!now && p != state.get().keep()) {
                state.set(new DropoutSettings(p, state.get().step()));
            }
        });
        keep.setPrefWidth(150);
        step.setPrefWidth(150);
        step.setId("prob-dropout-step");
        step.setBlockIncrement(1);
        step.valueProperty().addListener((o, was, now) -> {
            int k = (int) Math.round(now.doubleValue());
            if (k != state.get().step()) {
                state.set(new DropoutSettings(state.get().keep(), k));
            }
        });
        Button next = Translated.button(text, "dropout.next", () -> state.set(new DropoutSettings(state.get().keep(),
                (state.get().step() + 1) % SETUP.steps())));
        next.setId("prob-dropout-next");
        for (Label l : new Label[] {keepValue, stepValue, neuron, summary}) {
            l.getStyleClass().add("data-text");
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        keepValue.setWrapText(false);
        keepValue.setMinWidth(Label.USE_PREF_SIZE);
        stepValue.setMinWidth(Label.USE_PREF_SIZE);
        neuron.setId("prob-dropout-neuron");
        summary.setId("prob-dropout-summary");
        diagram.setId("prob-dropout-diagram");
        diagram.setMinSize(300, 200);
        curves.setId("prob-dropout-curves");
        curves.setMinSize(300, 200);
        curves.yAxis().scaleProperty().set(Scale.LOG);
        GridPane sliders = new GridPane();
        sliders.setHgap(8);
        sliders.setVgap(6);
        // each readout under its slider: the column stays narrow in both languages
        sliders.addRow(0, Translated.label(text, "dropout.keep"), keep);
        sliders.add(keepValue, 1, 1);
        sliders.addRow(2, Translated.label(text, "dropout.step"), step);
        sliders.add(stepValue, 1, 3);
        Label caption = Translated.wrapped(text, "dropout.caption");
        VBox controls = new VBox(8, Translated.heading(text, "dropout.heading"), sliders, next, neuron, caption);
        controls.setPrefWidth(340);
        controls.setMinWidth(300);
        controls.setPadding(new Insets(0, 12, 0, 0));
        VBox right = new VBox(6, Translated.heading(text, "dropout.curvesHeading"), curves, summary);
        VBox.setVgrow(curves, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox.setHgrow(diagram, Priority.ALWAYS);
        HBox centre = new HBox(12, diagram, right);
        diagram.prefWidthProperty().bind(centre.widthProperty().multiply(0.42));
        node.setLeft(controls);
        node.setCenter(centre);
        node.setPadding(new Insets(10));
        state.addListener(o -> refresh());
        result.addListener(o -> refresh());
        text.language().addListener(o -> refresh());
        refresh();
    }

    Node node() {
        return node;
    }

    /** The training of both networks for the current p, or null while it runs. */
    ReadOnlyObjectProperty<DropoutTraining.Result> resultProperty() {
        return result;
    }

    /** The section is on screen: from now on, a p without its training starts one. */
    void activate() {
        if (!active) {
            active = true;
            refresh();
        }
    }

    /** Trains again when p changed since the last training (both runs take about a second). */
    private void train(double p) {
        if (!active || p == trainedKeep) {
            return;
        }
        trainedKeep = p;
        if (running != null) {
            running.cancel();
        }
        result.set(null);
        running = tasks.submit(text.text("dropout.training"), progress -> DropoutTraining.run(SETUP, p, progress),
                r -> {
                    if (p == state.get().keep()) {
                        result.set(r);
                    }
                });
    }

    private void refresh() {
        DropoutSettings s = state.get();
        keep.setValue(s.keep());
        step.setValue(s.step());
        keepValue.setText(String.format(Locale.ROOT, "p = %.2f · 1/p = %.3g", s.keep(), 1 / s.keep()));
        stepValue.setText(String.valueOf(s.step() + 1));
        train(s.keep());
        DropoutTraining.Result r = result.get();
        DropoutMask[] masks = r == null || r.dropout().masks().isEmpty() ? null : r.dropout().masks().get(s.step());
        boolean[] input = {true};
        boolean[] h1 = masks == null ? all(SETUP.hidden()) : masks[0].kept();
        boolean[] h2 = masks == null ? all(SETUP.hidden()) : masks[1].kept();
        diagram.setColumns(List.of(new DropoutDiagram.Column(input, text.get("dropout.input")),
                new DropoutDiagram.Column(h1, text.get("dropout.hidden", count(h1), h1.length)),
                new DropoutDiagram.Column(h2, text.get("dropout.hidden", count(h2), h2.length)),
                new DropoutDiagram.Column(input, text.get("dropout.output"))));
        neuron.setText(text.get("dropout.neuron", String.format(Locale.ROOT, "%.3g", 1 / s.keep()),
                String.format(Locale.ROOT, "%.0f", 100 * (1 - s.keep()))));
        plotCurves(r);
    }

    private static boolean[] all(int n) {
        boolean[] out = new boolean[n];
        Arrays.fill(out, true);
        return out;
    }

    private static int count(boolean[] kept) {
        int n = 0;
        for (boolean k : kept) {
            n += k ? 1 : 0;
        }
        return n;
    }

    private void plotCurves(DropoutTraining.Result r) {
        curves.xAxis().labelProperty().set(text.get("norm.step"));
        curves.yAxis().labelProperty().set(text.get("norm.error"));
        if (r == null) {
            curves.layers().clear();
            summary.setText(text.get("dropout.training"));
            return;
        }
        double[] xs = new double[SETUP.steps() + 1];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = k;
        }
        List<deepmath.viz.plot.PlotLayer> layers = new ArrayList<>();
        layers.add(new LineLayer(xs, r.plain().trainLoss(), Color.web("#cf222e"), 1.5, new double[] {5, 4},
                text.get("dropout.plainTrain")));
        layers.add(new LineLayer(xs, r.plain().testLoss(), Color.web("#cf222e"), 2, null, text.get("dropout.plainTest")));
        layers.add(new LineLayer(xs, r.dropout().trainLoss(), Color.web("#0969da"), 1.5, new double[] {5, 4},
                text.get("dropout.dropTrain")));
        layers.add(new LineLayer(xs, r.dropout().testLoss(), Color.web("#0969da"), 2, null, text.get("dropout.dropTest")));
        double top = Arrays.stream(r.plain().testLoss()).max().orElse(1);
        curves.layers().setAll(layers);
        curves.setView(0, SETUP.steps(), 0.01, Math.max(1, top * 2));
        int last = SETUP.steps();
        summary.setText(text.get("dropout.summary",
                String.format(Locale.ROOT, "%.3f", r.plain().trainLoss()[last]),
                String.format(Locale.ROOT, "%.3f", r.plain().testLoss()[last]),
                String.format(Locale.ROOT, "%.3f", r.dropout().trainLoss()[last]),
                String.format(Locale.ROOT, "%.3f", r.dropout().testLoss()[last])));
    }
}
