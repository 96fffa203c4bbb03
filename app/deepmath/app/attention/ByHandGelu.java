package deepmath.app.attention;

import deepmath.transformer.GeluCurves;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;

/**
 * GELU against ReLU with its two approximations overlaid (chapter 18, §7), their errors on a second plot, and
 * the minimum of GELU marked, found where GELU' = 0.
 */
final class ByHandGelu {
    static final double FROM = -4;
    static final double TO = 3;
    static final int POINTS = 701;
    private static final Color EXACT = Color.web("#2f5fd0");
    private static final Color RELU = Color.web("#888888");
    private static final Color TANH = Color.web("#d0452f");
    private static final Color SIGMOID = Color.web("#2f9d4f");

    private final Messages messages;
    final PlotCanvas curves = new PlotCanvas();
    final PlotCanvas errors = new PlotCanvas();
    final Label minimum = ByHandFields.status("byhand-gelu-minimum");
    final Label largest = ByHandFields.status("byhand-gelu-largest");
    private final Node page;
    private GeluCurves.Samples samples;
    private GeluCurves.Minimum min;

    ByHandGelu(Messages messages) {
        this.messages = messages;
        curves.setId("byhand-gelu-curves");
        errors.setId("byhand-gelu-errors");
        for (PlotCanvas plot : List.of(curves, errors)) {
            plot.setPrefHeight(300);
            plot.setMinHeight(240);
            plot.setPrefWidth(640);
            plot.xAxis().labelProperty().set("x");
        }
        page = ByHandFields.page("byhand-gelu", List.of(
                ByHandFields.caption(messages, "byhand.gelu.caption"),
                minimum, curves, largest, errors));
        samples = GeluCurves.sample(FROM, TO, POINTS);
        min = GeluCurves.minimum();
        refresh();
    }

    Node view() {
        return page;
    }

    /** Redraws with the texts of the current language (the numbers do not change). */
    void refresh() {
        curves.titleProperty().set(messages.get("byhand.gelu.curves"));
        errors.titleProperty().set(messages.get("byhand.gelu.errors"));
        curves.layers().setAll(
                new LineLayer(samples.x(), samples.relu(), RELU, 1.5, new double[] {6, 4}, messages.get("byhand.gelu.relu")),
                new LineLayer(samples.x(), samples.exact(), EXACT, 2.5, null, messages.get("byhand.gelu.exact")),
                new LineLayer(samples.x(), samples.tanhForm(), TANH, 1.5, new double[] {2, 3}, messages.get("byhand.gelu.tanh")),
                new LineLayer(samples.x(), samples.sigmoidForm(), SIGMOID, 1.5, new double[] {8, 3, 2, 3},
                        messages.get("byhand.gelu.sigmoid")),
                new PointsLayer(new double[] {min.x()}, new double[] {min.value()}, Color.BLACK, 4,
                        messages.get("byhand.gelu.min.point")));
        curves.setView(FROM, TO, -0.6, TO);
        errors.layers().setAll(
                new LineLayer(samples.x(), samples.tanhError(), TANH, 1.5, null, messages.get("byhand.gelu.tanh.error")),
                new LineLayer(samples.x(), samples.sigmoidError(), SIGMOID, 1.5, null, messages.get("byhand.gelu.sigmoid.error")));
        double e = samples.largestSigmoidError() * 1.1;
        errors.setView(FROM, TO, -e, e);
        minimum.setText(messages.get("byhand.gelu.minimum", fmt(min.x()), fmt(min.value()), min.iterations()));
        largest.setText(messages.get("byhand.gelu.largest", String.format(Locale.ROOT, "%.1e", samples.largestTanhError()),
                String.format(Locale.ROOT, "%.1e", samples.largestSigmoidError())));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
