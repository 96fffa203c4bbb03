package deepmath.app.network;

import deepmath.app.task.LatestOnlyWorker;
import deepmath.nn.ApproximationTarget;
import deepmath.nn.Network;
import deepmath.nn.UniversalApproximation;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Universal approximation with the user's f and n (ch. 5 §5, ch. 6 line 6254): shown while the network is one
 * ({@link NetworkModel#approximationProperty()}), it offers the functions and the number of steps n, says how far
 * the shown network is from f (largest and mean |f − F|, again after every edit of a weight) and plots how
 * that error falls as n grows, with the current n marked. Choosing f or n hands the new approximation to
 * {@code apply}, which builds its network.
 */
final class ApproximationBar {
    private static final Color MAX = Color.web("#b2182b");
    private static final Color MEAN = Color.web("#2166ac");

    private final NetworkModel model;
    private final Messages messages;
    private final Consumer<UniversalApproximation> apply;
    private final ComboBox<ApproximationTarget> functions = new ComboBox<>();
    private final Slider steps = new Slider(1, 100, 20);
    private final Label stepsLabel = new Label();
    private final Label error = new Label();
    private final PlotCanvas curve = new PlotCanvas();
    private final LatestOnlyWorker worker;
    private final VBox root;
    private ApproximationTarget curveTarget;
    private UniversalApproximation.Error[] curveErrors;
    private UniversalApproximation.Error shownError;
    private boolean syncing;

    ApproximationBar(NetworkModel model, Messages messages, Consumer<UniversalApproximation> apply,
                     Consumer<Throwable> errors) {
        this.model = model;
        this.messages = messages;
        this.apply = apply;
        this.worker = new LatestOnlyWorker("approximation-error-curve", errors);
        functions.setId("approximation-function");
        functions.setItems(FXCollections.observableArrayList(ApproximationTarget.values()));
        Translated.cells(functions, messages, t -> "approximation.function." + t.key());
        functions.setOnAction(e -> chosen());
        steps.setId("approximation-steps");
        steps.setMajorTickUnit(1);
        steps.setMinorTickCount(0);
        steps.setSnapToTicks(true);
        steps.setBlockIncrement(1);
        steps.setPrefWidth(180);
        steps.valueProperty().addListener(o -> chosen());
        HBox.setHgrow(steps, Priority.ALWAYS);
        stepsLabel.setId("approximation-n");
        stepsLabel.setMinWidth(Region.USE_PREF_SIZE);
        error.setId("approximation-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMinWidth(0);
        Label heading = Translated.label(messages, "approximation.heading");
        heading.getStyleClass().add("network-approximation-heading");
        Label fLabel = Translated.label(messages, "approximation.function");
        for (Label l : List.of(heading, fLabel)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox nRow = new HBox(6, stepsLabel, steps);
        nRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane choice = new FlowPane(8, 4, heading, fLabel, functions);
        choice.setAlignment(Pos.CENTER_LEFT);
        // how the network is built, on the heading: the bar stays short enough for the map above it
        heading.setTooltip(Translated.tooltip(messages, "approximation.hint"));
        functions.setTooltip(Translated.tooltip(messages, "approximation.hint"));
        VBox controls = new VBox(4, choice, nRow, error);
        controls.setPrefWidth(320);
        HBox.setHgrow(controls, Priority.SOMETIMES);
        curve.setId("approximation-curve");
        curve.setPrefSize(300, 150);
        curve.setMinSize(160, 150);
        curve.xAxis().labelProperty().set("n");
        curve.yAxis().labelProperty().set("|f − F|");
        HBox row = new HBox(8, controls, curve);
        HBox.setHgrow(curve, Priority.ALWAYS);
        root = new VBox(row);
        root.getStyleClass().add("network-approximation");
        root.setId("network-approximation");
        root.visibleProperty().bind(model.approximationProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        model.approximationProperty().addListener(o -> show());
        model.networkProperty().addListener(o -> measure());
        model.valuesVersionProperty().addListener(o -> measure());
    }

    Node node() {
        return root;
    }

    /** The error shown now (null when the network is no approximation); tests read it. */
    UniversalApproximation.Error shownError() {
        return shownError;
    }

    /** After a language switch: the texts set by hand. */
    void relabel() {
        measure();
        drawCurve();
    }

    /** A new approximation in the model (a preset, a session, the user's choice): the controls show it. */
    private void show() {
        UniversalApproximation u = model.approximationProperty().get();
        if (u == null) {
            return;
        }
        syncing = true;
        try {
            functions.setValue(u.target());
            steps.setMax(u.target().maxSteps());
            steps.setValue(u.steps());
        } finally {
            syncing = false;
        }
        stepsLabel.setText(messages.get("approximation.steps", u.steps()));
        if (u.target() != curveTarget) {
            curveTarget = u.target();
            curveErrors = null;
            ApproximationTarget target = u.target();
            worker.submit(() -> UniversalApproximation.errorCurve(target), errors -> {
                if (target == curveTarget) {
                    curveErrors = errors;
                    drawCurve();
                }
            });
        }
        measure();
        drawCurve();
    }

    /** The user chose f or n: a new approximation (n kept within the new function's range). */
    private void chosen() {
        ApproximationTarget target = functions.getValue();
        UniversalApproximation now = model.approximationProperty().get();
        if (syncing || target == null || now == null) {
            return;
        }
        int n = (int) Math.round(Math.min(steps.getValue(), target.maxSteps()));
        if (target == now.target() && n == now.steps()) {
            return;
        }
        if (target != now.target()) {
            n = target == ApproximationTarget.BOOK_6254 ? UniversalApproximation.book().steps()
                    : Math.min(now.steps(), Math.max(4, target.maxSteps() / 3));
        }
        apply.accept(new UniversalApproximation(target, n));
    }

    /** |f − F| for the network shown (the user may have dragged a weight since it was built). */
    private void measure() {
        UniversalApproximation u = model.approximationProperty().get();
        Network network = model.network();
        if (u == null || network == null || network.inputs() != u.target().inputs()) {
            shownError = null;
            error.setText("");
            return;
        }
        shownError = u.error(network);
        java.util.Locale locale = messages.language().get();
        error.setText(messages.get("approximation.error", String.format(locale, "%.3f", shownError.max()),
                String.format(locale, "%.3f", shownError.mean())));
        drawCurve();
    }

    private void drawCurve() {
        UniversalApproximation u = model.approximationProperty().get();
        curve.titleProperty().set(messages.get("approximation.curveTitle"));
        if (u == null || curveErrors == null || u.target() != curveTarget) {
            curve.layers().clear();
            return;
        }
        int[] ns = UniversalApproximation.curveSteps(u.target());
        double[] x = new double[ns.length];
        double[] max = new double[ns.length];
        double[] mean = new double[ns.length];
        for (int k = 0; k < ns.length; k++) {
            x[k] = ns[k];
            max[k] = curveErrors[k].max();
            mean[k] = curveErrors[k].mean();
        }
        List<deepmath.viz.plot.PlotLayer> layers = new java.util.ArrayList<>(List.of(
                new LineLayer(x, max, MAX, 2, null, messages.get("approximation.max")),
                new LineLayer(x, mean, MEAN, 2, null, messages.get("approximation.mean"))));
        if (shownError != null) {
            layers.add(new PointsLayer(new double[] {u.steps(), u.steps()},
                    new double[] {shownError.max(), shownError.mean()}, new Color[] {MAX, MEAN}, 5, Color.WHITE,
                    messages.get("approximation.current")));
        }
        curve.layers().setAll(layers);
        curve.fitToData(0.05);
    }
}
