package deepmath.app.network;

import deepmath.app.task.ErrorText;
import deepmath.calculus.PolynomialFit;
import deepmath.core.BadInputException;
import deepmath.nn.BackpropPresets;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Under- and over-fitting with polynomials (ch. 9, line 11124, example 1): the lab's four points (the book draws
 * them without numbers), the least-squares polynomial of the degree the student picks (0: a constant, 1: the book's
 * line, n − 1: the curve through every point), its error E on the points, and its prediction at x₀ against a new
 * point that was not used for fitting. Every point can be dragged; a click on empty ground adds a point (a higher
 * degree becomes possible), a click on a point removes it.
 */
final class PolynomialPane {
    static final Color POINT = Color.web("#2166ac");
    static final Color NEW_POINT = Color.web("#e08214");
    static final Color CURVE = Color.web("#b2182b");
    /** Pixels within which a press grabs a point. */
    private static final double GRAB = 9;
    /** At most this many points (degree 9 at most). */
    static final int MAX_POINTS = 10;

    private final Messages messages;
    private final ErrorText errors;
    private final PlotCanvas plot = new PlotCanvas();
    private final ComboBox<Integer> degree = new ComboBox<>();
    private final Label readout = new Label();
    private final VBox root;
    private final List<double[]> points = new ArrayList<>();
    private double[] newPoint;
    /** The point being dragged: its index, −1 for the new point, or null. */
    private Integer dragged;
    private boolean moved;

    PolynomialPane(Messages messages, ErrorText errors) {
        this.messages = messages;
        this.errors = errors;
        Label degreeLabel = Translated.label(messages, "poly.degree");
        degreeLabel.setMinWidth(Region.USE_PREF_SIZE);
        degree.setId("network-poly-degree");
        degree.setMinWidth(Region.USE_PREF_SIZE);
        degree.setOnAction(e -> refresh());
        Button reset = Translated.button(messages, "poly.reset", this::reset);
        reset.setId("network-poly-reset");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        readout.setId("network-poly-readout");
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        Label explain = Translated.wrapped(messages, "poly.explain");
        explain.setMinHeight(Region.USE_PREF_SIZE);
        HBox controls = new HBox(6, degreeLabel, degree, reset);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox left = new VBox(8, controls, readout, explain);
        plot.setId("network-poly-plot");
        plot.titleProperty().bind(messages.text("poly.title"));
        plot.xAxis().labelProperty().set("x");
        plot.yAxis().labelProperty().set("y");
        plot.setPrefHeight(120);
        plot.setMinWidth(200);
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        HBox.setHgrow(plot, Priority.ALWAYS);
        HBox row = new HBox(12, LearningViews.column(left), plot);
        row.setPadding(new Insets(6));
        VBox.setVgrow(row, Priority.ALWAYS);
        root = new VBox(row);
        reset();
    }

    Node node() {
        return root;
    }

    PlotCanvas plot() {
        return plot;
    }

    ComboBox<Integer> degreeBox() {
        return degree;
    }

    /** The points fitted, (x, y) each (tests read them). */
    List<double[]> points() {
        return List.copyOf(points);
    }

    void relabel() {
        refresh();
    }

    /** Back to the lab's example: four points, the new point at x₀ = 5, degree 1 (the book's line). */
    void reset() {
        points.clear();
        for (int i = 0; i < BackpropPresets.FOUR_POINTS_X.length; i++) {
            points.add(new double[] {BackpropPresets.FOUR_POINTS_X[i], BackpropPresets.FOUR_POINTS_Y[i]});
        }
        newPoint = BackpropPresets.NEW_POINT.clone();
        fillDegrees(1);
        plot.setView(0, 6, -1, 7);
        refresh();
    }

    private void fillDegrees(int wanted) {
        List<Integer> degrees = new ArrayList<>();
        for (int d = 0; d < points.size(); d++) {
            degrees.add(d);
        }
        degree.setItems(FXCollections.observableArrayList(degrees));
        degree.setValue(Math.max(0, Math.min(wanted, points.size() - 1)));
    }

    private void pressed(MouseEvent e) {
        var t = plot.transform();
        dragged = null;
        moved = false;
        if (t.toPixels(newPoint[0], newPoint[1]).distance(e.getX(), e.getY()) < GRAB) {
            dragged = -1;
        }
        for (int i = 0; i < points.size(); i++) {
            if (t.toPixels(points.get(i)[0], points.get(i)[1]).distance(e.getX(), e.getY()) < GRAB) {
                dragged = i;
            }
        }
    }

    private void drag(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        moved = true;
        Point2D at = plot.transform().toData(e.getX(), e.getY());
        double[] p = {Math.round(at.getX() * 100) / 100.0, Math.round(at.getY() * 100) / 100.0};
        if (dragged < 0) {
            newPoint = p;
        } else {
            points.set(dragged, p);
        }
        refresh();
    }

    /** A click without a drag: on a point removes it (two stay at least), elsewhere adds one. */
    private void released(MouseEvent e) {
        Integer on = dragged;
        dragged = null;
        if (moved) {
            refresh(); // frames the view again
            return;
        }
        if (!plot.transform().contains(e.getX(), e.getY())) {
            return;
        }
        int wanted = degree.getValue() == null ? 1 : degree.getValue();
        if (on != null && on >= 0) {
            if (points.size() > 2) {
                points.remove((int) on);
                fillDegrees(wanted);
                refresh();
            }
        } else if (on == null && points.size() < MAX_POINTS) {
            Point2D at = plot.transform().toData(e.getX(), e.getY());
            points.add(new double[] {Math.round(at.getX() * 100) / 100.0, Math.round(at.getY() * 100) / 100.0});
            fillDegrees(wanted);
            refresh();
        }
    }

    private void refresh() {
        Integer d = degree.getValue();
        if (d == null) {
            return;
        }
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        List<PlotLayer> layers = new ArrayList<>();
        try {
            PolynomialFit fit = PolynomialFit.of(xs, ys, d);
            if (dragged == null) {
                frame(xs, ys, fit.value(newPoint[0])); // not while dragging: the point would slip under the mouse
            }
            double lo = plot.xAxis().getMin();
            double hi = plot.xAxis().getMax();
            int n = 400;
            double[] cx = new double[n];
            double[] cy = new double[n];
            for (int k = 0; k < n; k++) {
                cx[k] = lo + (hi - lo) * k / (n - 1);
                cy[k] = fit.value(cx[k]);
            }
            layers.add(new LineLayer(cx, cy, CURVE, 2.5, null, messages.get("poly.curve", d)));
            double prediction = fit.value(newPoint[0]);
            layers.add(new LineLayer(new double[] {newPoint[0], newPoint[0]}, new double[] {prediction, newPoint[1]},
                    NEW_POINT, 1.5, new double[] {4, 3}, null));
            layers.add(new PointsLayer(new double[] {newPoint[0]}, new double[] {prediction}, CURVE, 5,
                    messages.get("poly.prediction")));
            double error = fit.squaredError(xs, ys);
            // rounding leaves ~1e-30 where the polynomial interpolates: E is 0 then
            readout.setText(messages.get("poly.readout", xs.length, d, error < 1e-12 ? "0" : fmt(error),
                    fmt(newPoint[0]), fmt(prediction), fmt(newPoint[1]), fmt(Math.abs(prediction - newPoint[1])))
                    + "\n" + messages.get(d == 0 || d < xs.length - 1 && d <= 1 ? "poly.verdict.simple"
                    : d == xs.length - 1 ? "poly.verdict.exact" : "poly.verdict.between"));
        } catch (BadInputException refusal) {
            readout.setText(errors.of(refusal));
        }
        layers.add(new PointsLayer(xs, ys, POINT, 5, messages.get("poly.points")));
        layers.add(new PointsLayer(new double[] {newPoint[0]}, new double[] {newPoint[1]}, NEW_POINT, 6,
                messages.get("poly.newPoint")));
        plot.layers().setAll(layers);
    }

    /** A view holding every point, the new one and the prediction (an over-fit one can be far off), x from 0. */
    private void frame(double[] xs, double[] ys, double prediction) {
        double xMax = newPoint[0];
        double yMin = Math.min(newPoint[1], prediction);
        double yMax = Math.max(newPoint[1], prediction);
        for (int i = 0; i < xs.length; i++) {
            xMax = Math.max(xMax, xs[i]);
            yMin = Math.min(yMin, ys[i]);
            yMax = Math.max(yMax, ys[i]);
        }
        double xMin = Math.min(0, java.util.Arrays.stream(xs).min().orElse(0));
        yMin = Math.max(yMin, -100);
        yMax = Math.min(yMax, 100);
        double pad = Math.max(1, 0.1 * (yMax - yMin));
        plot.setView(xMin, Math.max(xMax + 1, 6), Math.min(yMin - pad, -1), Math.max(yMax + pad, 7));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
