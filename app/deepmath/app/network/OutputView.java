package deepmath.app.network;

import deepmath.data.Dataset;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.nn.Activation;
import deepmath.nn.DecisionBoundary;
import deepmath.nn.Network;
import deepmath.nn.UniversalApproximation;
import deepmath.viz.color.ColorMap;
import deepmath.viz.i18n.Messages;
import deepmath.viz.network.SegmentsLayer;
import deepmath.viz.plot.HeatMapImage;
import deepmath.viz.plot.ImageLayer;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * What the network computes: for 2 (or 3, sliced) inputs a heat map of F(x, y) with the decision boundary
 * F = 0.5 and the data on top; for 1 input the curve F(x) over the target points. Recomputed on every
 * change with the fused grid kernel, so it follows a dragged weight. Click adds a point of class 1
 * (Shift: class 0), click on a point removes it.
 */
final class OutputView {
    static final int RESOLUTION = 200;
    static final Color CLASS_ONE = Color.web("#b2182b");
    static final Color CLASS_ZERO = Color.web("#2166ac");
    private static final Color BOUNDARY = Color.web("#111111");
    /** The function a universal approximation approaches, drawn under F (the book draws f in red, F in blue). */
    static final Color TARGET = Color.web("#e08214");

    private final NetworkModel model;
    private final Messages messages;
    private final PlotCanvas plot = new PlotCanvas();
    private WritableImage image;
    private boolean shiftClick;

    OutputView(NetworkModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        plot.setId("network-output");
        plot.equalAspectProperty().set(false);
        plot.xAxis().labelProperty().set("x");
        model.networkProperty().addListener(o -> update());
        model.valuesVersionProperty().addListener(o -> update());
        model.dataProperty().addListener(o -> update());
        model.sliceProperty().addListener(o -> update());
        model.approximationProperty().addListener(o -> update());
        model.domainProperty().addListener(o -> {
            double[] d = model.domainProperty().get();
            plot.setView(d[0], d[1], d[2], d[3]);
            update();
        });
        plot.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> shiftClick = e.isShiftDown());
        plot.onDataClickedProperty().set(this::clicked);
    }

    PlotCanvas node() {
        return plot;
    }

    /** The decision map as painted, F over the shown rectangle (null for a 1-input network); tests read it. */
    WritableImage heatMap() {
        return image;
    }

    private void clicked(Point2D p) {
        Network network = model.network();
        Dataset data = model.data();
        if (network == null || network.inputs() != 2) {
            return;
        }
        double radius = (plot.xAxis().getMax() - plot.xAxis().getMin()) / 80;
        int near = data.nearest(p.getX(), p.getY(), radius);
        if (near >= 0) {
            model.editData(data.without(near));
        } else if (data.isEmpty() || (data.inputCount() == 2 && data.targetCount() == 1)) {
            model.editData(data.with(new double[] {p.getX(), p.getY()}, new double[] {shiftClick ? 0 : 1}));
        }
    }

    /** The value range the colours span: [0, 1] for H, σ and softmax, [−1, 1] for tanh, else the data's. */
    static double[] colourRange(Network network, GridValues values) {
        Activation out = network.layer(network.depth() - 1).activation();
        if (out == Activation.HEAVISIDE || out == Activation.SIGMOID || out == Activation.SOFTMAX) {
            return new double[] {0, 1};
        }
        if (out == Activation.TANH) {
            return new double[] {-1, 1};
        }
        GridValues.Range r = values.finiteRange();
        double half = Math.max(Math.max(Math.abs(r.min() - 0.5), Math.abs(r.max() - 0.5)), 0.5);
        return r.isEmpty() ? new double[] {0, 1} : new double[] {0.5 - half, 0.5 + half};
    }

    void update() {
        Network network = model.network();
        if (network == null) {
            return;
        }
        double[] d = model.domainProperty().get();
        List<PlotLayer> layers = new ArrayList<>();
        if (network.inputs() == 1) {
            plot.titleProperty().set(messages.get("output.curve"));
            plot.yAxis().labelProperty().set("F(x)");
            int n = 600;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = d[0] + (d[1] - d[0]) * k / (n - 1);
                ys[k] = network.output(xs[k])[0];
            }
            if (model.data().inputCount() == 1) { // between two set-ups the data may be the other network's
                layers.add(pointsOf(model.data(), null));
            }
            UniversalApproximation u = model.approximationProperty().get();
            if (u != null && u.target().inputs() == 1) {
                double[] fx = new double[n];
                double[] fy = new double[n];
                for (int k = 0; k < n; k++) {
                    fx[k] = u.target().from() + (u.target().to() - u.target().from()) * k / (n - 1);
                    fy[k] = u.target().value(fx[k]);
                }
                plot.titleProperty().set(messages.get("output.approximation", u.steps()));
                layers.add(new LineLayer(fx, fy, TARGET, 2, null, "f(x)"));
            }
            layers.add(new LineLayer(xs, ys, CLASS_ONE, 2.5, null, "F(x)"));
        } else {
            plot.titleProperty().set(network.inputs() == 3
                    ? messages.get("output.slice", String.format("%.2f", model.sliceProperty().get()))
                    : messages.get("output.title"));
            plot.yAxis().labelProperty().set("y");
            Grid2D grid = new Grid2D(d[0], d[1], d[2], d[3], RESOLUTION, RESOLUTION);
            GridValues values = network.outputOnGrid(grid, model.sliceProperty().get());
            double[] range = colourRange(network, values);
            if (image == null) {
                image = new WritableImage(RESOLUTION, RESOLUTION);
            }
            HeatMapImage.paint(values, ColorMap.DIVERGING, range[0], range[1], image);
            layers.add(new ImageLayer(image, d[0], d[1], d[2], d[3], true, 0.85));
            layers.add(new SegmentsLayer(DecisionBoundary.segments(values, 0.5), BOUNDARY, 2,
                    messages.get("output.boundary")));
            if (network.inputs() == 2 && model.data().inputCount() == 2) {
                layers.add(pointsOf(model.data(), range));
            }
        }
        plot.layers().setAll(layers);
    }

    /**
     * Above this many points only a sample of this many is drawn: the book's 200 × 200 lemniscate grid (40 000
     * points) would otherwise bury the map under its dots and cost the FX thread 80 000 ovals a frame.
     */
    static final int MAX_DRAWN = 1000;

    /**
     * The indices of the points drawn: all of them, or {@link #MAX_DRAWN} chosen at random (the same ones every
     * frame); a regular stride would draw a grid's points in columns or stripes.
     */
    static int[] drawn(int points) {
        if (points <= MAX_DRAWN) {
            return java.util.stream.IntStream.range(0, points).toArray();
        }
        int[] chosen = java.util.Arrays.copyOf(Dataset.permutation(points, new java.util.Random(0)), MAX_DRAWN);
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    private PlotLayer pointsOf(Dataset data, double[] range) {
        int[] drawn = drawn(data.size());
        int n = drawn.length;
        boolean sample = n < data.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        Color[] colours = new Color[n];
        boolean classes = data.isBinaryClassification();
        for (int k = 0; k < n; k++) {
            int s = drawn[k];
            double[] x = data.inputsView()[s];
            double t = data.targetsView()[s][0];
            xs[k] = x[0];
            ys[k] = x.length > 1 ? x[1] : t;
            colours[k] = x.length == 1 ? Color.web("#444444")
                    : classes ? (t >= 0.5 ? CLASS_ONE : CLASS_ZERO)
                    : ColorMap.DIVERGING.color(t, range[0], range[1]);
        }
        String label = n == 0 ? null : !sample ? messages.get("output.data")
                : messages.get("output.dataSample", String.valueOf(n), String.valueOf(data.size()));
        return new PointsLayer(xs, ys, colours, sample ? 3 : 4, Color.WHITE, label);
    }
}
