package deepmath.app.probability;

import deepmath.app.probability.ProbabilityState.NormalSettings;
import deepmath.app.task.ErrorText;
import deepmath.probability.Histogram;
import deepmath.probability.NormalLaw;
import deepmath.probability.SampleStatistics;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.probability.AreaLayer;
import deepmath.viz.probability.BarsLayer;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The normal law (chapter 16 §3.2–3.5): its density with μ and σ on sliders, the areas within one, two and three
 * σ of μ (the 68–95–99.7 rule), and a sample's histogram with its own mean and standard deviation — the book's
 * men's heights, which give μ = 176.4, σ ≃ 7.8 and 95 % of the men in [161, 192].
 */
final class NormalLawPane {
    private static final double BIN = 5;
    private static final Color[] BANDS = {Color.web("#0969da", 0.32), Color.web("#0969da", 0.2),
            Color.web("#0969da", 0.1)};

    private final Messages text;
    private final ObjectProperty<NormalSettings> state;
    private final Slider mean = new Slider(NormalSettings.MIN_MEAN, NormalSettings.MAX_MEAN, 176.4);
    private final Slider sigma = new Slider(NormalSettings.MIN_SIGMA, NormalSettings.MAX_SIGMA, 7.8);
    private final Label meanValue = new Label();
    private final Label sigmaValue = new Label();
    private final NumbersField<double[]> sample;
    private final Label sampleStats = new Label();
    private final Label areas = new Label();
    private final PlotCanvas plot = new PlotCanvas();
    private final BorderPane node = new BorderPane();

    NormalLawPane(Messages text, ErrorText errors, ObjectProperty<NormalSettings> state) {
        this.text = text;
        this.state = state;
        mean.setId("prob-normal-mean");
        sigma.setId("prob-normal-sigma");
        mean.valueProperty().addListener((o, was, now) -> {
            if (now.doubleValue() != state.get().mean()) {
                state.set(new NormalSettings(now.doubleValue(), state.get().sigma(), state.get().sample()));
            }
        });
        sigma.valueProperty().addListener((o, was, now) -> {
            if (now.doubleValue() != state.get().sigma()) {
                state.set(new NormalSettings(state.get().mean(), now.doubleValue(), state.get().sample()));
            }
        });
        sample = NumbersField.numbers("prob-normal-sample", "x", errors, v -> {
            NormalSettings s = state.get();
            state.set(new NormalSettings(s.mean(), s.sigma(), ProbabilityState.list(v)));
        });
        sample.field().setPrefColumnCount(22);
        Button fit = Translated.button(text, "normal.fit", this::fit);
        fit.setId("prob-normal-fit");
        for (Label l : new Label[] {meanValue, sigmaValue, sampleStats, areas}) {
            l.getStyleClass().add("data-text");
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        meanValue.setWrapText(false);
        sigmaValue.setWrapText(false);
        meanValue.setMinWidth(Label.USE_PREF_SIZE);
        sigmaValue.setMinWidth(Label.USE_PREF_SIZE);
        sampleStats.setId("prob-normal-sample-stats");
        areas.setId("prob-normal-areas");
        plot.setId("prob-normal-plot");
        plot.setMinSize(300, 240);
        GridPane sliders = new GridPane();
        sliders.setHgap(8);
        sliders.setVgap(6);
        sliders.addRow(0, Translated.label(text, "normal.mean"), mean, meanValue);
        sliders.addRow(1, Translated.label(text, "normal.sigma"), sigma, sigmaValue);
        Label caption = Translated.wrapped(text, "normal.caption");
        VBox controls = new VBox(8, Translated.heading(text, "normal.heading"), sliders,
                Translated.label(text, "normal.sample"), sample.field(), sample.problem(), sampleStats, fit,
                Translated.heading(text, "normal.areasHeading"), areas, caption);
        controls.setPrefWidth(330);
        controls.setMinWidth(300);
        controls.setPadding(new Insets(0, 12, 0, 0));
        node.setLeft(controls);
        node.setCenter(plot);
        node.setPadding(new Insets(10));
        state.addListener(o -> refresh());
        text.language().addListener(o -> refresh());
        refresh();
    }

    Node node() {
        return node;
    }

    /** μ and σ set to the sample's, as the book does with the heights. */
    private void fit() {
        NormalSettings s = state.get();
        SampleStatistics stats = SampleStatistics.of(ProbabilityState.array(s.sample()));
        double m = Math.max(NormalSettings.MIN_MEAN, Math.min(NormalSettings.MAX_MEAN, stats.mean()));
        double sd = Math.max(NormalSettings.MIN_SIGMA, Math.min(NormalSettings.MAX_SIGMA, stats.std()));
        state.set(new NormalSettings(m, sd, s.sample()));
    }

    private void refresh() {
        NormalSettings s = state.get();
        mean.setValue(s.mean());
        sigma.setValue(s.sigma());
        meanValue.setText(String.format(Locale.ROOT, "μ = %.1f", s.mean()));
        sigmaValue.setText(String.format(Locale.ROOT, "σ = %.2f", s.sigma()));
        double[] x = ProbabilityState.array(s.sample());
        sample.show(x);
        SampleStatistics stats = SampleStatistics.of(x);
        sampleStats.setText(text.get("normal.sampleStats", String.format(Locale.ROOT, "%.4g", stats.mean()),
                String.format(Locale.ROOT, "%.4g", stats.variance()), String.format(Locale.ROOT, "%.3g", stats.std())));
        NormalLaw law = new NormalLaw(s.mean(), s.sigma());
        StringBuilder lines = new StringBuilder();
        for (int k = 1; k <= 3; k++) {
            lines.append(k > 1 ? "\n" : "").append(String.format(Locale.ROOT, "[μ − %dσ, μ + %dσ] = [%.1f, %.1f] : %.2f %%",
                    k, k, s.mean() - k * s.sigma(), s.mean() + k * s.sigma(), 100 * NormalLaw.within(k)));
        }
        areas.setText(lines.toString());
        plotLaw(law, x);
    }

    private void plotLaw(NormalLaw law, double[] x) {
        double lo = Math.min(law.mean() - 4 * law.sigma(), 140);
        double hi = Math.max(law.mean() + 4 * law.sigma(), 210);
        SampleStatistics stats = SampleStatistics.of(x);
        lo = Math.min(lo, Math.floor(stats.min() / BIN) * BIN);
        hi = Math.max(hi, Math.ceil(stats.max() / BIN) * BIN + BIN);
        double binLo = Math.floor(stats.min() / BIN) * BIN;
        int bins = Math.max(1, (int) Math.ceil((stats.max() - binLo) / BIN + 1e-9));
        if (binLo + bins * BIN <= stats.max()) {
            bins++;
        }
        Histogram h = Histogram.of(x, binLo, binLo + bins * BIN, bins);
        double[] left = new double[bins];
        double[] heights = new double[bins];
        double top = law.density(law.mean());
        for (int k = 0; k < bins; k++) {
            left[k] = binLo + k * BIN;
            heights[k] = h.density(k);
            top = Math.max(top, heights[k]);
        }
        int n = 400;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = lo + (hi - lo) * k / (n - 1);
            ys[k] = law.density(xs[k]);
        }
        plot.layers().clear();
        for (int k = 3; k >= 1; k--) {
            plot.layers().add(new AreaLayer(law::density, law.mean() - k * law.sigma(), law.mean() + k * law.sigma(),
                    BANDS[k - 1]));
        }
        plot.layers().add(new BarsLayer(left, BIN, heights, Color.web("#bf8700"), text.get("normal.histogram")));
        plot.layers().add(new LineLayer(xs, ys, Color.web("#0969da"), 2.5, null, text.get("normal.density")));
        plot.layers().add(new LineLayer(new double[] {stats.mean(), stats.mean()}, new double[] {0, top * 1.1},
                Color.web("#953800"), 1.5, new double[] {5, 4}, text.get("normal.sampleMean")));
        plot.setView(lo, hi, 0, top * 1.15);
        plot.xAxis().labelProperty().set(text.get("normal.height"));
        plot.yAxis().labelProperty().set(text.get("normal.densityAxis"));
    }
}
