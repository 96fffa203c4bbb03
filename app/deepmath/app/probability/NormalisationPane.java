package deepmath.app.probability;

import deepmath.app.probability.ProbabilityState.NormalisationSettings;
import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.probability.Normalisation;
import deepmath.probability.NormalisedDescent;
import deepmath.probability.NumberList;
import deepmath.probability.SampleStatistics;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import deepmath.viz.plot.Scale;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Normalisation (chapter 16 §3): a data set (the book's heights first) before and after standardisation or
 * min-max, with μ and σ; and why it matters, two gradient descents fitting the same line, one on the raw values,
 * one on the standardised ones, their errors step by step.
 */
final class NormalisationPane {
    static final int STEPS = 60;
    /** The descent's targets: yᵢ = xᵢ − 170, a line the lab chose (a = 1, b = −170), so the best fit is known. */
    static final double TARGET_SHIFT = 170;

    private final Messages text;
    private final ObjectProperty<NormalisationSettings> state;
    private final ErrorText errors;
    private final NumbersField<double[]> values;
    private final ComboBox<Normalisation> method = new ComboBox<>(FXCollections.observableArrayList(Normalisation.values()));
    private final Label statistics = new Label();
    private final Label after = new Label();
    private final PlotCanvas before = new PlotCanvas();
    private final PlotCanvas normalised = new PlotCanvas();
    private final PlotCanvas rawDescent = new PlotCanvas();
    private final PlotCanvas scaledDescent = new PlotCanvas();
    private final Label rawReadout = new Label();
    private final Label scaledReadout = new Label();
    private final VBox node = new VBox(6);

    NormalisationPane(Messages text, ErrorText errors, ObjectProperty<NormalisationSettings> state) {
        this.text = text;
        this.state = state;
        this.errors = errors;
        values = NumbersField.numbers("prob-norm-values", "x", errors,
                v -> state.set(new NormalisationSettings(ProbabilityState.list(v), state.get().method())));
        values.field().setPrefColumnCount(26);
        method.setId("prob-norm-method");
        Translated.cells(method, text, m -> "norm.method." + m.key());
        method.setOnAction(e -> {
            if (method.getValue() != null && method.getValue() != state.get().method()) {
                state.set(new NormalisationSettings(state.get().values(), method.getValue()));
            }
        });
        statistics.getStyleClass().add("data-text");
        statistics.setId("prob-norm-statistics");
        after.getStyleClass().add("data-text");
        after.setId("prob-norm-after");
        after.setWrapText(true);
        for (PlotCanvas p : new PlotCanvas[] {before, normalised, rawDescent, scaledDescent}) {
            p.setMinSize(200, 110);
        }
        before.setId("prob-norm-before");
        normalised.setId("prob-norm-normalised");
        rawDescent.setId("prob-norm-raw-descent");
        scaledDescent.setId("prob-norm-scaled-descent");
        for (Label l : new Label[] {rawReadout, scaledReadout}) {
            l.getStyleClass().add("data-text");
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        FlowPane controls = new FlowPane(8, 6, Translated.label(text, "norm.values"), values.field(),
                Translated.label(text, "norm.method"), method);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label why = Translated.wrapped(text, "norm.descentCaption");
        VBox top = new VBox(6, Translated.heading(text, "norm.heading"), controls, values.problem(), statistics, after);
        // wrapped texts in a VBox, the plots in two-column grids: a grid sizes a spanning wrapped label's height
        // at its one-line width and the plot below then covered its second line
        GridPane strips = twoColumns();
        strips.addRow(0, before, normalised);
        GridPane descents = twoColumns();
        descents.addRow(0, rawDescent, scaledDescent);
        descents.addRow(1, rawReadout, scaledReadout);
        for (Node n : new Node[] {before, normalised, rawDescent, scaledDescent}) {
            GridPane.setVgrow(n, Priority.ALWAYS);
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        node.getChildren().addAll(top, strips, Translated.heading(text, "norm.descentHeading"), why, descents);
        VBox.setVgrow(strips, Priority.ALWAYS);
        VBox.setVgrow(descents, Priority.ALWAYS);
        node.setPadding(new Insets(10));
        state.addListener(o -> refresh());
        text.language().addListener(o -> refresh());
        refresh();
    }

    Node node() {
        return node;
    }

    private static GridPane twoColumns() {
        GridPane grid = new GridPane();
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.setHgap(16);
        grid.setVgap(4);
        return grid;
    }

    private void refresh() {
        NormalisationSettings s = state.get();
        double[] x = ProbabilityState.array(s.values());
        values.show(x);
        method.setValue(s.method());
        SampleStatistics stats = SampleStatistics.of(x);
        statistics.setText(String.format(Locale.ROOT, "n = %d · μ = %.4g · σ = %.4g · min = %s · max = %s",
                stats.count(), stats.mean(), stats.std(), deepmath.nn.NetworkJson.number(stats.min()),
                deepmath.nn.NetworkJson.number(stats.max())));
        double[] z;
        try {
            z = s.method().apply(x);
            values.refuse(null);
        } catch (BadInputException e) {
            values.refuse(e);
            z = null;
        }
        after.setText(z == null ? "" : text.get("norm.after", rounded(z)));
        strip(before, x, text.get("norm.before"), Color.web("#0969da"));
        if (z != null) {
            strip(normalised, z, text.get("norm.method." + s.method().key()), Color.web("#1a7f37"));
        } else {
            normalised.layers().clear();
        }
        descent(x, z != null);
    }

    private static String rounded(double[] z) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < z.length; i++) {
            out.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.2f", z[i]));
        }
        return out.toString();
    }

    /** The values as dots on a line, their mean marked. */
    private static void strip(PlotCanvas plot, double[] v, String title, Color color) {
        double[] ys = new double[v.length];
        SampleStatistics stats = SampleStatistics.of(v);
        plot.layers().setAll(new LineLayer(new double[] {stats.mean(), stats.mean()}, new double[] {-1, 1},
                Color.web("#8c959f"), 1.5, new double[] {4, 4}, null), new PointsLayer(v, ys, color, 5, null));
        double span = Math.max(stats.max() - stats.min(), 1e-9);
        plot.setView(stats.min() - 0.08 * span, stats.max() + 0.08 * span, -1, 1);
        plot.titleProperty().set(title);
        plot.gridVisibleProperty().set(false);
    }

    private void descent(double[] x, boolean possible) {
        if (!possible || x.length < 2) {
            rawDescent.layers().clear();
            scaledDescent.layers().clear();
            rawReadout.setText("");
            scaledReadout.setText("");
            return;
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - TARGET_SHIFT;
        }
        NormalisedDescent.Comparison c = NormalisedDescent.compare(x, y, STEPS);
        curve(rawDescent, c.raw(), text.get("norm.rawTitle"), Color.web("#cf222e"));
        curve(scaledDescent, c.normalised(), text.get("norm.scaledTitle"), Color.web("#1a7f37"));
        rawReadout.setText(readout(c.raw()));
        scaledReadout.setText(readout(c.normalised()));
    }

    private String readout(NormalisedDescent.Run run) {
        return text.get("norm.readout", String.format(Locale.ROOT, "%.3g", run.step()),
                String.format(Locale.ROOT, "%.3g", run.conditioning()), String.format(Locale.ROOT, "%.3g", run.finalLoss()),
                String.format(Locale.ROOT, "%.4g", run.slope()), String.format(Locale.ROOT, "%.4g", run.intercept()));
    }

    private void curve(PlotCanvas plot, NormalisedDescent.Run run, String title, Color color) {
        double[] losses = run.losses();
        double[] steps = new double[losses.length];
        double top = 1;
        for (int k = 0; k < steps.length; k++) {
            top = Math.max(top, losses[k]);
            steps[k] = k;
            losses[k] = Math.max(losses[k], 1e-12);   // the log scale's floor: 0 is not on it
        }
        plot.yAxis().scaleProperty().set(Scale.LOG);
        plot.layers().setAll(new LineLayer(steps, losses, color, 2));
        plot.setView(0, STEPS, 1e-12, top * 10);
        plot.titleProperty().set(title);
        plot.xAxis().labelProperty().set(text.get("norm.step"));
        plot.yAxis().labelProperty().set(text.get("norm.error"));
    }
}
