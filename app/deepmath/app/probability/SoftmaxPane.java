package deepmath.app.probability;

import deepmath.app.probability.ProbabilityState.SoftmaxSettings;
import deepmath.app.task.ErrorText;
import deepmath.nn.Activation;
import deepmath.probability.SoftmaxLaw;
import deepmath.viz.probability.ProbabilityColumns;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Softmax (chapter 16 §1): the reader's scores (the book's (3, 1, 8, 6, 0) first) as probability bars, a
 * temperature slider, the Jacobian ∂σᵢ/∂xⱼ as a matrix, and σ against Heaviside's step H, the two-category case.
 */
final class SoftmaxPane {
    static final double MIN_TEMPERATURE = 0.05;
    static final double MAX_TEMPERATURE = 5;

    private final Messages text;
    private final ObjectProperty<SoftmaxSettings> state;
    private final NumbersField<double[]> scores;
    private final Slider temperature = new Slider(MIN_TEMPERATURE, MAX_TEMPERATURE, 1);
    private final Label temperatureValue = new Label();
    private final ProbabilityColumns bars = new ProbabilityColumns();
    private final Label argmax = new Label();
    private final GridPane jacobian = new GridPane();
    private final PlotCanvas sigmaPlot = new PlotCanvas();
    private final GridPane node = new GridPane();

    SoftmaxPane(Messages text, ErrorText errors, ObjectProperty<SoftmaxSettings> state) {
        this.text = text;
        this.state = state;
        scores = NumbersField.numbers("prob-softmax-scores", "x", errors,
                v -> state.set(new SoftmaxSettings(ProbabilityState.list(v), state.get().temperature())));
        scores.field().setPrefColumnCount(16);
        temperature.setId("prob-softmax-temperature");
        temperature.setPrefWidth(170);
        temperature.valueProperty().addListener((o, was, now) -> {
            if (now.doubleValue() != state.get().temperature()) {
                state.set(new SoftmaxSettings(state.get().scores(), now.doubleValue()));
            }
        });
        temperatureValue.getStyleClass().add("data-text");
        bars.setId("prob-softmax-bars");
        bars.setMinSize(160, 120);
        bars.setPrefSize(300, 220);
        argmax.getStyleClass().add("data-text");
        argmax.setWrapText(true);
        jacobian.setId("prob-softmax-jacobian");
        jacobian.setHgap(10);
        jacobian.setVgap(2);
        sigmaPlot.setId("prob-softmax-sigma");
        sigmaPlot.setMinSize(220, 180);

        FlowPane controls = new FlowPane(8, 6, Translated.label(text, "softmax.scores"), scores.field(),
                Translated.label(text, "softmax.temperature"), temperature, temperatureValue);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label caption = Translated.wrapped(text, "softmax.caption");
        VBox left = new VBox(6, Translated.heading(text, "softmax.heading"), controls, scores.problem(), bars, argmax,
                caption);
        VBox.setVgrow(bars, Priority.ALWAYS);
        Label jacobianCaption = Translated.wrapped(text, "softmax.jacobianCaption");
        VBox right = new VBox(6, Translated.heading(text, "softmax.jacobian"), jacobian, jacobianCaption,
                Translated.heading(text, "softmax.sigmaHeading"), sigmaPlot);
        VBox.setVgrow(sigmaPlot, Priority.ALWAYS);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        node.getColumnConstraints().addAll(half, half);
        node.add(left, 0, 0);
        node.add(right, 1, 0);
        GridPane.setVgrow(left, Priority.ALWAYS);
        GridPane.setVgrow(right, Priority.ALWAYS);
        node.setHgap(16);
        node.setPadding(new Insets(10));
        state.addListener(o -> refresh());
        text.language().addListener(o -> refresh());
        refresh();
    }

    Node node() {
        return node;
    }

    private void refresh() {
        SoftmaxSettings s = state.get();
        scores.show(ProbabilityState.array(s.scores()));
        temperature.setValue(s.temperature());
        temperatureValue.setText(String.format(Locale.ROOT, "T = %.2f", s.temperature()));
        SoftmaxLaw law = new SoftmaxLaw(ProbabilityState.array(s.scores()), s.temperature());
        double[] x = law.scores();
        double[] p = law.probabilities();
        List<ProbabilityColumns.Column> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            out.add(new ProbabilityColumns.Column(String.format(Locale.ROOT, "x%d = %s", i + 1,
                    deepmath.nn.NetworkJson.number(x[i])), p[i]));
        }
        bars.setColumns(out);
        argmax.setText(text.get("softmax.argmax", law.argmax() + 1));
        jacobian.getChildren().clear();
        double[][] j = law.jacobian();
        int shown = Math.min(j.length, 8);
        for (int c = 0; c < shown; c++) {
            jacobian.add(cell("x" + (c + 1), true), c + 1, 0);
        }
        for (int r = 0; r < shown; r++) {
            jacobian.add(cell("σ" + (r + 1), true), 0, r + 1);
            for (int c = 0; c < shown; c++) {
                jacobian.add(cell(String.format(Locale.ROOT, "%.4f", j[r][c]), false), c + 1, r + 1);
            }
        }
        plotSigma();
    }

    private static Label cell(String value, boolean header) {
        Label l = new Label(value);
        l.getStyleClass().addAll("data-text", header ? "prob-matrix-header" : "prob-matrix-cell");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private void plotSigma() {
        int n = 241;
        double[] xs = new double[n];
        double[] sigma = new double[n];
        double[] step = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = -6 + 12.0 * k / (n - 1);
            sigma[k] = Activation.SIGMOID.value(xs[k]);
            step[k] = Activation.HEAVISIDE.value(xs[k]);
        }
        sigmaPlot.layers().setAll(
                new LineLayer(xs, step, Color.web("#8250df"), 2, new double[] {6, 4}, text.get("softmax.heaviside")),
                new LineLayer(xs, sigma, Color.web("#0969da"), 2, null, text.get("softmax.sigma")));
        sigmaPlot.setView(-6, 6, -0.1, 1.1);
        sigmaPlot.xAxis().labelProperty().set("x");
    }
}
