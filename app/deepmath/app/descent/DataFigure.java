package deepmath.app.descent;

import deepmath.descent.LinearRegression;
import deepmath.descent.PointCloud;
import deepmath.expr.Numbers;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;

/** The regression's data plot: the points (a click adds one) and each run's line y = a·x + b. */
final class DataFigure {
    private final PlotCanvas plot;
    private final Messages messages;

    DataFigure(PlotCanvas plot, Messages messages) {
        this.plot = plot;
        this.messages = messages;
    }

    void draw(DescentState state) {
        PointCloud data = state.problem().data();
        List<PlotLayer> layers = new ArrayList<>();
        layers.add(new PointsLayer(data.xs(), data.ys(), Color.web("#57606a"), 4, messages.get("legend.data")));
        double lo = Arrays.stream(data.xs()).min().orElse(-1) - 0.5;
        double hi = Arrays.stream(data.xs()).max().orElse(1) + 0.5;
        for (RaceRun run : state.runs()) {
            double[] p = run.descent().last().point();
            layers.add(new LineLayer(new double[] {lo, hi},
                    new double[] {LinearRegression.line(p, lo), LinearRegression.line(p, hi)},
                    run.color(), 2.2, null, "y = " + Numbers.format(p[0], 3) + "·x + " + Numbers.format(p[1], 3)));
        }
        plot.layers().setAll(layers);
        plot.titleProperty().set(messages.get("title.data"));
        plot.xAxis().labelProperty().set("x");
        plot.yAxis().labelProperty().set("y");
        plot.setView(lo, hi, Arrays.stream(data.ys()).min().orElse(-1) - 1, Arrays.stream(data.ys()).max().orElse(1) + 1);
    }
}
