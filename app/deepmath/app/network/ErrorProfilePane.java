package deepmath.app.network;

import deepmath.core.BadInputException;
import deepmath.nn.ErrorProfile;
import deepmath.nn.Network;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The error along one weight (ch. 9, line 11047): E(a) = Σ (F(xᵢ) − yᵢ)² with every other weight held, drawn
 * over a range of a, the weight's value as a dot, and a descent on that weight alone, a ← a − δE′(a), whose path
 * is drawn on the curve — started left of 0 on the book's ReLU neuron, it stops in the local minimum a = −1.
 */
final class ErrorProfilePane {
    /** Half the width of the drawn range around 0 (and around the weight when it is further). */
    static final double RANGE = 3;
    static final int SAMPLES = 600;

    private final NetworkModel model;
    private final Messages messages;
    private final Runnable beforeEdit;
    private final Consumer<RuntimeException> errors;
    private final ComboBox<Integer> parameter = new ComboBox<>();
    private final PlotCanvas plot = new PlotCanvas();
    private final Label readout = new Label();
    private final List<double[]> path = new ArrayList<>();
    private final VBox root;
    private boolean showing;
    private boolean stale = true;

    ErrorProfilePane(NetworkModel model, Messages messages, Runnable beforeEdit, Consumer<RuntimeException> errors) {
        this.model = model;
        this.messages = messages;
        this.beforeEdit = beforeEdit;
        this.errors = errors;
        parameter.setId("network-profile-parameter");
        parameter.setMinWidth(Region.USE_PREF_SIZE);
        Translated.cells(parameter, k -> new javafx.beans.property.SimpleStringProperty(
                model.network() == null || k >= model.network().parameterCount() ? ""
                        : ExplainTable.name(model.network(), model.network().parameterAt(k))));
        parameter.setOnAction(e -> {
            Integer k = parameter.getValue();
            if (k != null && k != model.learningProperty().get().parameter()) {
                model.learningProperty().set(model.learningProperty().get().withParameter(k));
            }
        });
        Label parameterLabel = Translated.label(messages, "profile.parameter");
        parameterLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button one = Translated.button(messages, "profile.step", () -> descend(1));
        one.setId("network-profile-step");
        Button ten = Translated.button(messages, "profile.steps", () -> descend(10));
        ten.setId("network-profile-steps");
        for (Button b : List.of(one, ten)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label explain = Translated.label(messages, "profile.explain");
        explain.setWrapText(true);
        explain.setMinWidth(Region.USE_COMPUTED_SIZE); // wraps in the column instead
        explain.setMinHeight(Region.USE_PREF_SIZE);
        readout.setId("network-profile-readout");
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(8, new HBox(6, parameterLabel, parameter), new HBox(6, one, ten), readout, explain);
        plot.setId("network-profile-plot");
        plot.xAxis().labelProperty().bind(messages.text("profile.axis"));
        plot.yAxis().labelProperty().bind(messages.text("profile.errorAxis"));
        plot.setPrefHeight(120);
        plot.setMinWidth(200);
        HBox.setHgrow(plot, Priority.ALWAYS);
        HBox row = new HBox(12, LearningViews.column(left), plot);
        row.setPadding(new Insets(6));
        VBox.setVgrow(row, Priority.ALWAYS);
        root = new VBox(row);
        model.networkProperty().addListener(o -> {
            path.clear();
            fillChoices();
            update();
        });
        model.dataProperty().addListener(o -> update());
        model.valuesVersionProperty().addListener(o -> update());
        model.learningProperty().addListener((o, was, now) -> {
            if (was.parameter() != now.parameter()) {
                path.clear();
                parameter.setValue(now.parameter());
                update();
            }
        });
        fillChoices();
    }

    Node node() {
        return root;
    }

    PlotCanvas plot() {
        return plot;
    }

    void relabel() {
        update();
    }

    /** Drawn only while its tab is shown: each drawing evaluates E at hundreds of values of the weight. */
    void setShowing(boolean value) {
        showing = value;
        if (showing && stale) {
            update();
        }
    }

    private void fillChoices() {
        Network network = model.network();
        int n = network == null ? 0 : network.parameterCount();
        List<Integer> keys = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            keys.add(k);
        }
        parameter.setItems(FXCollections.observableArrayList(keys));
        int chosen = model.learningProperty().get().parameter();
        parameter.setValue(n == 0 ? null : Math.min(chosen, n - 1));
    }

    private int chosen() {
        int n = model.network().parameterCount();
        return Math.min(model.learningProperty().get().parameter(), n - 1);
    }

    /** The profile of the chosen weight, or null (and the reason shown) when there is nothing to draw. */
    private ErrorProfile profile() {
        if (model.network() == null || model.data().isEmpty()
                || model.data().inputCount() != model.network().inputs()) {
            return null;
        }
        return new ErrorProfile(model.network(), model.data(), chosen());
    }

    private void descend(int steps) {
        try {
            ErrorProfile profile = profile();
            if (profile == null) {
                throw new BadInputException(messages.get("training.noData"));
            }
            beforeEdit.run();
            double a = profile.current();
            double delta = model.trainingProperty().get().learningRate();
            if (path.isEmpty()) {
                path.add(new double[] {a, profile.error(a)});
            }
            for (int s = 0; s < steps; s++) {
                a = profile.descend(a, delta);
                if (!Double.isFinite(a)) {
                    break;
                }
                path.add(new double[] {a, profile.error(a)});
            }
            if (Double.isFinite(a)) {
                double[] p = model.network().parameters();
                p[chosen()] = a;
                model.setParameters(p);
            }
        } catch (RuntimeException e) {
            errors.accept(e);
        }
    }

    private void update() {
        if (!showing) {
            stale = true;
            return;
        }
        stale = false;
        ErrorProfile profile = profile();
        if (profile == null) {
            plot.layers().clear();
            plot.setView(-RANGE, RANGE, 0, 1);
            readout.setText(messages.get("profile.noData"));
            return;
        }
        double a = profile.current();
        double lo = Math.min(-RANGE, a - 1);
        double hi = Math.max(RANGE, a + 1);
        // about 2·10⁶ multiply-adds per drawing at most: fewer samples for large networks and data sets
        long work = (long) model.data().size() * model.network().parameterCount();
        int samples = (int) Math.max(40, Math.min(SAMPLES, 2_000_000 / Math.max(1, work)));
        double[][] curve = profile.curve(lo, hi, samples);
        double[] es = profile.errorAndSlope(a);
        List<deepmath.viz.plot.PlotLayer> layers = new ArrayList<>();
        layers.add(new LineLayer(curve[0], curve[1], Color.web("#2166ac"), 2, null, messages.get("profile.curve")));
        if (path.size() > 1) {
            double[] xs = path.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = path.stream().mapToDouble(p -> p[1]).toArray();
            layers.add(new LineLayer(xs, ys, Color.web("#e08214"), 1.5, new double[] {4, 3}, messages.get("profile.path")));
        }
        layers.add(new PointsLayer(new double[] {a}, new double[] {es[0]}, Color.web("#b2182b"), 5,
                messages.get("profile.current")));
        plot.layers().setAll(layers);
        plot.fitToData(0.05);
        String name = ExplainTable.name(model.network(), model.network().parameterAt(chosen()));
        readout.setText(messages.get("profile.readout", name, fmt(a), fmt(es[0]), fmt(es[1])));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
