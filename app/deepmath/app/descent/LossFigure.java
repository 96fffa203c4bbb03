package deepmath.app.descent;

import deepmath.descent.Iterate;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * f(P_k) of every run against k (log scale while every value is positive), and |grad f(P_k)| of the first; comparing
 * batch sizes, the whole loss E of each run against the epochs (k·K/N), as the book's figure (ch. 8, line 10016).
 */
final class LossFigure {
    private final PlotCanvas plot;
    private final Messages messages;

    LossFigure(PlotCanvas plot, Messages messages) {
        this.plot = plot;
        this.messages = messages;
        plot.yAxis().scaleProperty().set(Scale.LOG);
        plot.xAxis().labelProperty().set("k");
    }

    void draw(DescentState state) {
        List<PlotLayer> layers = new ArrayList<>();
        boolean positive = state.runs().stream().allMatch(r -> r.descent().iterates().stream().allMatch(it -> it.value() > 0));
        plot.yAxis().scaleProperty().set(positive ? Scale.LOG : Scale.LINEAR);
        boolean epochs = state.comparesBatches();
        for (RaceRun run : state.runs()) {
            List<Iterate> its = run.descent().iterates();
            double[] k = its.stream().mapToDouble(it -> epochs ? run.epochsAt(it.k()) : it.k()).toArray();
            double[] f = its.stream().mapToDouble(Iterate::value).toArray();
            layers.add(new LineLayer(k, f, run.color(), 1.8, null, (epochs ? "E · " : "f(P_k) · ")
                    + MapFigure.runName(messages, run, epochs)));
            if (run == state.primary() && !epochs) {
                double[] g = its.stream().mapToDouble(Iterate::gradientNorm).toArray();
                layers.add(new LineLayer(k, g, run.color().deriveColor(0, 1, 1, 0.6), 1.2, new double[] {4, 3},
                        "|grad f(P_k)|"));
            }
        }
        plot.layers().setAll(layers);
        plot.xAxis().labelProperty().set(epochs ? messages.get("axis.epochs") : "k");
        plot.titleProperty().set(messages.get(epochs ? (positive ? "title.epochsLog" : "title.epochs")
                : positive ? "title.lossLog" : "title.loss"));
        plot.fitToData(0.05);
    }
}
