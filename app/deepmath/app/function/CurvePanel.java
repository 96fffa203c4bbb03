package deepmath.app.function;

import deepmath.app.task.LatestOnlyWorker;
import deepmath.calculus.NewtonRoot;
import deepmath.expr.Numbers;
import deepmath.expr.ScaledNumbers;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * One-variable mode of the surfaces lab: y = f(x) with f' and f'', a point x0 to drag (slider, or click on
 * the plot) with its tangent and the linear approximation f(x0 + h) ≈ f(x0) + h·f'(x0), Newton's method
 * stepped from x0, and the computational graph at x0.
 */
final class CurvePanel extends BorderPane {
    private static final Color F = Color.web("#0969da");
    private static final Color F1 = Color.web("#bf8700");
    private static final Color F2 = Color.web("#1a7f37");
    private static final Color TANGENT = Color.web("#cf222e");
    private static final Color NEWTON = Color.web("#8250df");
    /** The curves drawn over f, in turn (none of them f's blue). */
    private static final Color[] OVERLAY = {Color.web("#e36209"), Color.web("#2da44e"), Color.web("#a40e26"),
        Color.web("#6639ba"), Color.web("#1b7c83"), Color.web("#9a6700"), Color.web("#bf3989"), Color.web("#57606a")};

    private final FunctionWorkspace workspace;
    private final CurveOptions options;
    private final Messages messages;
    private final PlotCanvas plot = new PlotCanvas();
    private static final double FIGURE_SHARE = 0.72;
    private final GraphTab graph;
    private final CheckBox showF1 = new CheckBox();
    private final CheckBox showF2 = new CheckBox();
    private final Slider x0 = new Slider(-1, 1, 0);
    private final Slider h = new Slider(-1, 1, 0.5);
    private final Label readout = new Label();
    private final Label newtonReadout = new Label();
    private final javafx.scene.control.TextField overlayField = new javafx.scene.control.TextField();
    private final Label overlayError = new Label();
    /** The refusal of the overlay being shown (said again after a language switch). */
    private deepmath.core.BadInputException overlayProblem;
    private final deepmath.app.task.ErrorText refusals;
    private final LatestOnlyWorker worker;
    private boolean active;
    private String fittedKey;
    /** Follows the language: a switch redraws the legend and readouts in the new language. */
    private final javafx.beans.binding.StringBinding language;
    private CurveComputation.Request lastRequest;
    private CurveComputation.Result lastResult;

    CurvePanel(FunctionWorkspace workspace, CurveOptions options, Messages messages, Consumer<Throwable> errors,
               deepmath.app.task.ErrorText refusals) {
        this.refusals = refusals;
        this.workspace = workspace;
        this.options = options;
        this.messages = messages;
        this.worker = new LatestOnlyWorker("curve-computation", errors);
        this.graph = new GraphTab(workspace, messages, null, options.weights);
        language = messages.text("section.tangent");
        language.addListener((obs, old, now) -> {
            if (overlayProblem != null) {
                overlayError.setText(refusals.of(overlayProblem));
            }
            if (lastRequest != null) {
                show(lastRequest, lastResult);
            }
        });
        plot.setId("curve-plot");
        plot.onDataClickedProperty().set(p -> x0.setValue(p.getX()));
        javafx.scene.control.Tab galleryTab = new javafx.scene.control.Tab();
        galleryTab.textProperty().bind(messages.text("curve.tab.gallery"));
        Label galleryHint = ControlColumn.wrapping(new Label());
        galleryHint.textProperty().bind(messages.text("curve.gallery.hint"));
        galleryHint.getStyleClass().add("muted");
        galleryHint.setPadding(new Insets(4, 6, 0, 6));
        ActivationGallery gallery = new ActivationGallery(workspace, messages);
        VBox galleryBox = new VBox(galleryHint, gallery);
        VBox.setVgrow(gallery, javafx.scene.layout.Priority.ALWAYS);
        galleryTab.setContent(galleryBox);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(graph.tab(), galleryTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("curve-tabs");
        SplitPane split = new SplitPane(plot, tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(FIGURE_SHARE);
        graph.fitSplitWhenShown(split, tabs, FIGURE_SHARE);
        setCenter(split);
        setRight(controls());
        workspace.revisionProperty().addListener(o -> {
            syncSliders();
            refresh();
        });
        // The sliders take the window's range, and the options' point and step if a session or an earlier view
        // chose them (otherwise a place in the window); from then on options and sliders move together.
        Rectangle2D w = workspace.windowProperty().get();
        fitSliders(w);
        if (Double.isNaN(options.x0.get()) || Double.isNaN(options.h.get())) {
            options.x0.set(w.getMinX() + 0.6 * w.getWidth());
            options.h.set(w.getWidth() / 10);
        }
        x0.valueProperty().bindBidirectional(options.x0);
        h.valueProperty().bindBidirectional(options.h);
        showF1.selectedProperty().bindBidirectional(options.derivative);
        showF2.selectedProperty().bindBidirectional(options.second);
        overlayField.setText(options.overlay.get());
        options.overlay.addListener((obs, was, now) -> overlayField.setText(now));
        for (javafx.beans.Observable o : List.<javafx.beans.Observable>of(options.x0, options.h, options.derivative,
                options.second, options.newtonSteps, options.newtonStart, options.overlay, options.weights)) {
            o.addListener(changed -> refresh());
        }
    }

    private void fitSliders(Rectangle2D w) {
        x0.setMin(w.getMinX());
        x0.setMax(w.getMaxX());
        h.setMin(-w.getWidth() / 4);
        h.setMax(w.getWidth() / 4);
    }

    void setActive(boolean on) {
        active = on;
        if (on) {
            refresh();
        }
    }

    PlotCanvas plot() {
        return plot;
    }

    private Node controls() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("control-column");
        box.setPrefWidth(300);
        showF1.textProperty().bind(messages.text("curve.showDerivative"));
        showF2.textProperty().bind(messages.text("curve.showSecond"));
        x0.setId("curve-x0");
        h.setId("curve-h");
        showF1.setId("curve-derivative");
        showF2.setId("curve-second");
        Label x0Label = new Label();
        x0Label.textProperty().bind(messages.text("curve.x0"));
        Label hLabel = new Label();
        hLabel.textProperty().bind(messages.text("curve.h"));
        readout.setId("curve-readout");
        readout.getStyleClass().add("readout");
        readout.setWrapText(true);
        Button step = new Button();
        step.setId("newton-step");
        step.textProperty().bind(messages.text("curve.newton.step"));
        step.setOnAction(e -> {
            if (options.newtonSteps.get() == 0) {
                options.newtonStart.set(x0.getValue());
            }
            options.newtonSteps.set(Math.min(CurveOptions.MAX_NEWTON_STEPS, options.newtonSteps.get() + 1));
        });
        Button reset = new Button();
        reset.textProperty().bind(messages.text("curve.newton.reset"));
        reset.setOnAction(e -> options.newtonSteps.set(0));
        newtonReadout.setId("newton-readout");
        newtonReadout.getStyleClass().add("readout");
        newtonReadout.setWrapText(true);
        Label newtonHint = new Label();
        newtonHint.textProperty().bind(messages.text("curve.newton.hint"));
        newtonHint.setWrapText(true);
        newtonHint.getStyleClass().add("muted");
        for (javafx.scene.control.Labeled l : List.of(showF1, showF2, x0Label, hLabel, readout, newtonReadout, newtonHint)) {
            ControlColumn.wrapping(l);
        }
        box.getChildren().addAll(Translated.heading(messages, "section.window"), new WindowEditor(workspace, messages, false),
                Translated.heading(messages, "section.parameters"), new ParameterSliders(workspace, messages),
                Translated.heading(messages, "section.display"), showF1, showF2,
                Translated.heading(messages, "section.overlay"), overlayControls(),
                Translated.heading(messages, "section.tangent"), x0Label, x0, hLabel, h, readout,
                Translated.heading(messages, "section.newton"), new HBox(8, step, reset), newtonReadout, newtonHint);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(310);
        return scroll;
    }

    /** The curves drawn over f: typed (Enter), or one of the book's figures. */
    private VBox overlayControls() {
        overlayField.setId("curve-overlay");
        overlayField.promptTextProperty().bind(messages.text("curve.overlay.prompt"));
        overlayField.setOnAction(e -> {
            options.overlay.set(overlayField.getText().strip());
            refresh();
        });
        overlayError.setId("curve-overlay-error");
        overlayError.getStyleClass().add("formula-error");
        ControlColumn.wrapping(overlayError);
        overlayError.managedProperty().bind(overlayError.textProperty().isNotEmpty());
        Label hint = ControlColumn.hint(messages, "curve.overlay.hint");
        VBox figures = new VBox(4);
        for (CurveFigure figure : CurveFigure.values()) {
            Button button = Translated.button(messages, figure.key(), () -> {
                workspace.setFormula(figure.formula());
                workspace.windowProperty().set(figure.window());
                options.overlay.set(figure.overlay());
            });
            button.setId("curve-figure-" + figure.name().toLowerCase(java.util.Locale.ROOT));
            ControlColumn.wrapping(button);
            button.setMaxWidth(Double.MAX_VALUE);
            figures.getChildren().add(button);
        }
        return new VBox(6, overlayField, overlayError, hint, figures);
    }

    /** The overlay's curves bound to the parameters; a bad list is said under the field and draws nothing. */
    private List<deepmath.expr.Formula> overlayCurves() {
        overlayProblem = null;
        try {
            List<deepmath.expr.Formula> out = new ArrayList<>();
            String x = workspace.axes().get(0);
            for (deepmath.calculus.CurveList.Curve c : deepmath.calculus.CurveList.parse(options.overlay.get())) {
                if (c.isPoints()) {
                    continue; // drawn as they are (overlayPoints), not computed
                }
                deepmath.expr.Formula bound = c.formula().withValues(workspace.parametersProperty().get());
                bound.point(java.util.Map.of(x, 0.0)); // a name with no value is refused here, not in the worker
                out.add(bound);
            }
            overlayError.setText("");
            return out;
        } catch (deepmath.core.BadInputException e) {
            overlayProblem = e;
            overlayError.setText(refusals.of(e));
            return List.of();
        }
    }

    private List<String> overlayLabels() {
        return overlay(false).stream().map(deepmath.calculus.CurveList.Curve::label).toList();
    }

    /** The overlay's curves given as formulas (points false) or as lists of points (true); none when refused. */
    private List<deepmath.calculus.CurveList.Curve> overlay(boolean points) {
        try {
            return deepmath.calculus.CurveList.parse(options.overlay.get()).stream()
                    .filter(c -> c.isPoints() == points).toList();
        } catch (deepmath.core.BadInputException e) {
            return List.of();
        }
    }

    private void syncSliders() {
        Rectangle2D w = workspace.windowProperty().get();
        double start = workspace.takePresetStart();
        if (x0.getMin() != w.getMinX() || x0.getMax() != w.getMaxX() || Double.isFinite(start)) {
            fitSliders(w);
            // the book's x0 when the preset names one (its window contains it), else a point on the slope
            x0.setValue(Double.isFinite(start) ? start : w.getMinX() + 0.6 * w.getWidth());
            h.setValue(w.getWidth() / 10);
            options.newtonSteps.set(0);
            fittedKey = null;
        }
    }

    private void refresh() {
        if (!active || workspace.modeProperty().get() != PlotMode.CURVE) {
            return;
        }
        Rectangle2D w = workspace.windowProperty().get();
        var request = new CurveComputation.Request(workspace.boundFormula(), workspace.axes().get(0), w.getMinX(),
                w.getMaxX(), x0.getValue(), h.getValue(), options.newtonStart.get(), options.newtonSteps.get(),
                overlayCurves(), workspace.formula(), workspace.parametersProperty().get(), graph.chosenWeights());
        worker.submit(() -> CurveComputation.compute(request), result -> show(request, result));
    }

    private void show(CurveComputation.Request request, CurveComputation.Result r) {
        lastRequest = request;
        lastResult = r;
        List<PlotLayer> layers = new ArrayList<>();
        layers.add(new LineLayer(r.xs(), zeros(r.xs().length),
                Color.gray(0.6), 0.8));
        layers.add(new LineLayer(r.xs(), r.f(), F, 2.4, null, "f"));
        List<String> labels = overlayLabels();
        for (int k = 0; k < r.overlay().size(); k++) {
            layers.add(new LineLayer(r.xs(), r.overlay().get(k), OVERLAY[k % OVERLAY.length], 1.8, null,
                    k < labels.size() ? labels.get(k) : null));
        }
        List<deepmath.calculus.CurveList.Curve> pointSets = overlay(true);
        for (int k = 0; k < pointSets.size(); k++) { // plt.plot(X, Y) joins them, plt.scatter(X, Y) marks them
            deepmath.calculus.CurveList.Curve c = pointSets.get(k);
            Color colour = OVERLAY[(r.overlay().size() + k) % OVERLAY.length];
            layers.add(new LineLayer(c.xs(), c.ys(), colour, 1.8, null, null));
            layers.add(new PointsLayer(c.xs(), c.ys(), colour, 4.5, c.label()));
        }
        if (showF1.isSelected()) {
            layers.add(new LineLayer(r.xs(), r.f1(), F1, 1.6, new double[] {7, 4}, "f′"));
        }
        if (showF2.isSelected()) {
            layers.add(new LineLayer(r.xs(), r.f2(), F2, 1.4, new double[] {2, 3}, "f″"));
        }
        double span = request.xMax() - request.xMin();
        double[] tx = {r.x0() - span, r.x0() + span};
        double[] ty = {r.fx0() - span * r.slope(), r.fx0() + span * r.slope()};
        layers.add(new LineLayer(tx, ty, TANGENT, 1.6, null, messages.get("curve.tangent")));
        double xh = r.x0() + request.h();
        double approx = r.fx0() + request.h() * r.slope();
        layers.add(new LineLayer(new double[] {xh, xh}, new double[] {r.fx0h(), approx}, Color.web("#fb8500"), 2,
                new double[] {3, 3}, null));
        layers.add(new PointsLayer(new double[] {r.x0(), xh, xh}, new double[] {r.fx0(), r.fx0h(), approx},
                new Color[] {TANGENT, F, TANGENT}, 5, Color.WHITE, null));
        addNewton(layers, r.newton());
        plot.layers().setAll(layers);
        plot.xAxis().labelProperty().set(request.xName());
        plot.titleProperty().set("y = " + workspace.formula().text());
        // Fit y to the curve when the window or the formula changes (from the request this result answers:
        // a result computed for the previous window must not set the view of the new one).
        String fitKey = request.xMin() + ":" + request.xMax() + ":" + workspace.formula().text() + ":"
                + pointSets.stream().map(deepmath.calculus.CurveList.Curve::label).toList();
        if (!fitKey.equals(fittedKey)) {
            fittedKey = fitKey;
            double[] yRange = yRange(r, pointSets);
            plot.setView(request.xMin(), request.xMax(), yRange[0], yRange[1]);
        }
        double xScale = Math.max(Math.abs(request.xMin()), Math.abs(request.xMax()));
        double fScale = ScaledNumbers.scaleOf(r.f());
        double slopeScale = ScaledNumbers.scaleOf(r.f1());
        double curvatureScale = ScaledNumbers.scaleOf(r.f2());
        readout.setText("x0 = " + ScaledNumbers.format(r.x0(), xScale, 5)
                + "\nf(x0) = " + ScaledNumbers.format(r.fx0(), fScale, 6)
                + "\nf′(x0) = " + ScaledNumbers.format(r.slope(), slopeScale, 6)
                + "\nf″(x0) = " + ScaledNumbers.format(r.curvature(), curvatureScale, 6)
                + "\n" + messages.get("curve.tangentEquation", ScaledNumbers.format(r.fx0(), fScale, 5),
                        ScaledNumbers.format(r.slope(), slopeScale, 5), ScaledNumbers.format(r.x0(), xScale, 5))
                + "\nh = " + ScaledNumbers.format(request.h(), xScale, 4) + ":  f(x0 + h) = "
                + ScaledNumbers.format(r.fx0h(), fScale, 6)
                + "\n≈ f(x0) + h·f′(x0) = " + ScaledNumbers.format(approx, fScale, 6)
                + "\n" + messages.get("curve.error", ScaledNumbers.format(r.fx0h() - approx, fScale, 4)));
        graph.view().traceProperty().set(r.trace());
        showNewton(r.newton());
    }

    private static double[] zeros(int n) {
        return new double[n];
    }

    private void addNewton(List<PlotLayer> layers, List<NewtonRoot.Step> steps) {
        for (NewtonRoot.Step s : steps) {
            layers.add(new LineLayer(new double[] {s.x(), s.next()}, new double[] {s.fx(), 0}, NEWTON, 1.4));
            layers.add(new LineLayer(new double[] {s.x(), s.x()}, new double[] {0, s.fx()}, NEWTON, 1,
                    new double[] {3, 3}, null));
        }
        if (!steps.isEmpty()) {
            double[] xs = steps.stream().mapToDouble(NewtonRoot.Step::x).toArray();
            double[] last = {steps.get(steps.size() - 1).next()};
            layers.add(new PointsLayer(xs, new double[xs.length], NEWTON, 4, messages.get("curve.newton.iterates")));
            layers.add(new PointsLayer(last, new double[1], Color.web("#fb8500"), 5, null));
        }
    }

    private void showNewton(List<NewtonRoot.Step> steps) {
        if (steps.isEmpty()) {
            newtonReadout.setText(options.newtonSteps.get() == 0 ? "" : messages.get("curve.newton.stuck"));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < steps.size(); k++) {
            text.append("x").append(k).append(" = ").append(Numbers.format(steps.get(k).x(), 10)).append('\n');
        }
        text.append("x").append(steps.size()).append(" = ").append(Numbers.format(steps.get(steps.size() - 1).next(), 12));
        newtonReadout.setText(text.toString());
    }

    /** The y window: the curve's values (a few extreme ones near a pole are left out) and the points'. */
    private static double[] yRange(CurveComputation.Result r, List<deepmath.calculus.CurveList.Curve> points) {
        double[] finite = Arrays.stream(r.f()).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new double[] {-1, 1};
        }
        double lo = finite[(int) (0.01 * (finite.length - 1))];
        double hi = finite[(int) Math.ceil(0.99 * (finite.length - 1))];
        lo = Math.min(lo, finite[0] < lo - 10 * (hi - lo) ? lo : finite[0]);
        hi = Math.max(hi, finite[finite.length - 1] > hi + 10 * (hi - lo) ? hi : finite[finite.length - 1]);
        for (deepmath.calculus.CurveList.Curve c : points) { // the points are the data: all of them in view
            for (double y : c.ys()) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        double pad = 0.08 * (hi - lo);
        return new double[] {Math.min(lo - pad, -pad * 0.1), Math.max(hi + pad, pad * 0.1)};
    }
}
