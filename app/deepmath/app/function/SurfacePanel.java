package deepmath.app.function;

import deepmath.app.task.LatestOnlyWorker;
import deepmath.viz.color.ColorMap;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.ColorBar;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import deepmath.viz.surface.SurfaceView;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;

/**
 * Two-variable mode of the surfaces lab: the 3D graph with its colour bar, the controls on the right, and
 * below it the two slices through the picked point and the computational graph at that point.
 */
final class SurfacePanel extends BorderPane {
    private final FunctionWorkspace workspace;
    private final SurfaceOptions options;
    private final Messages messages;
    private final SurfaceView surface = new SurfaceView();
    private final ColorBar colorBar = new ColorBar();
    private final PlotCanvas sliceX = new PlotCanvas();
    private final PlotCanvas sliceY = new PlotCanvas();
    private static final double FIGURE_SHARE = 0.68;
    private final GraphTab graph;
    private final SplitPane split = new SplitPane();
    private final PointReadout readout;
    private final CheckBox levelCurves = new CheckBox();
    private final CheckBox slices = new CheckBox();
    private final CheckBox tangent = new CheckBox();
    private final LatestOnlyWorker worker;
    private final LatestOnlyWorker levelWorker;
    private final Label estimate = new Label();
    private final CheckBox levelSurface = new CheckBox();
    private final Label levelStatus = new Label();
    /** The level surface's last status, said again in the new language after a switch. */
    private java.util.function.Supplier<String> lastLevelStatus = () -> "";
    private final Label status = new Label();
    private boolean active;
    /** Follows the language: a switch relabels the readout, the slices' titles and the status. */
    private final javafx.beans.binding.StringBinding language;
    private SurfaceRequest lastRequest;
    private SurfaceResult lastResult;
    private java.util.function.Supplier<String> lastStatus;
    private Runnable onUpdated = () -> { };
    private javafx.scene.Node figure;

    SurfacePanel(FunctionWorkspace workspace, SurfaceOptions options, Messages messages, Consumer<Throwable> errors) {
        this.workspace = workspace;
        this.options = options;
        this.messages = messages;
        this.readout = new PointReadout(messages);
        this.graph = new GraphTab(workspace, messages, options.forwardVariable, options.weights);
        this.worker = new LatestOnlyWorker("surface-computation", errors);
        this.levelWorker = new LatestOnlyWorker("level-surface-computation", errors);
        getStyleClass().add("function-panel");
        surface.setId("surface-view");
        surface.onPointPickedProperty().set((x, y) -> workspace.pickedProperty().set(new Point2D(x, y)));
        colorBar.colorMapProperty().bind(surface.colorMapProperty());
        colorBar.setPrefWidth(70);
        HBox view = new HBox(surface, colorBar);
        HBox.setHgrow(surface, Priority.ALWAYS);
        view.getStyleClass().add("surface-box");

        figure = view;
        split.getItems().setAll(view, bottomTabs());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(FIGURE_SHARE);
        setCenter(split);
        setRight(controls());
        language = messages.text("section.point");
        language.addListener((obs, old, now) -> relabel());
        workspace.revisionProperty().addListener(o -> refresh());
        for (CheckBox box : List.of(levelCurves, slices, tangent)) {
            box.selectedProperty().addListener(o -> refresh());
        }
        for (javafx.beans.Observable o : List.<javafx.beans.Observable>of(options.weights, options.estimateH,
                options.estimateK, options.levelSurface, options.level)) {
            o.addListener(changed -> refresh());
        }
    }

    /** The picture itself (plot and colour bar), without the controls: what the command line renders. */
    javafx.scene.Node figure() {
        return figure;
    }

    /** Called on the FX thread each time a new computation has been drawn. */
    void setOnUpdated(Runnable action) {
        onUpdated = action;
    }

    void setActive(boolean on) {
        active = on;
        if (on) {
            refresh();
        }
    }

    SurfaceView surfaceView() {
        return surface;
    }

    private Node bottomTabs() {
        for (PlotCanvas c : List.of(sliceX, sliceY)) {
            c.setMinHeight(120);
        }
        HBox sliceBox = new HBox(8, sliceX, sliceY);
        HBox.setHgrow(sliceX, Priority.ALWAYS);
        HBox.setHgrow(sliceY, Priority.ALWAYS);
        sliceBox.setPadding(new Insets(6));
        Tab slicesTab = new Tab();
        slicesTab.textProperty().bind(messages.text("surface.tab.slices"));
        slicesTab.setContent(sliceBox);
        TabPane tabs = new TabPane(slicesTab, graph.tab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(140);
        tabs.setId("surface-tabs");
        graph.fitSplitWhenShown(split, tabs, FIGURE_SHARE);
        return tabs;
    }

    private Node controls() {
        VBox box = new VBox(10);
        box.getStyleClass().add("control-column");
        box.setPadding(new Insets(10));
        box.setPrefWidth(300);

        Slider resolution = new Slider(FunctionWorkspace.MIN_RESOLUTION, 300, workspace.resolutionProperty().get());
        resolution.setId("resolution");
        Label resolutionLabel = new Label();
        resolutionLabel.textProperty().bind(messages.text("surface.resolution", workspace.resolutionProperty()));
        resolution.valueProperty().addListener((obs, old, v) -> workspace.resolutionProperty().set(v.intValue()));
        // A session sets the resolution: the slider shows it.
        workspace.resolutionProperty().addListener((obs, old, v) -> {
            if ((int) resolution.getValue() != v.intValue()) {
                resolution.setValue(v.intValue());
            }
        });

        ComboBox<ColorMap> maps = ControlColumn.colorMaps(messages);
        maps.setId("surface-colormap");
        maps.valueProperty().bindBidirectional(options.colorMap);
        surface.colorMapProperty().bind(options.colorMap);

        CheckBox wire = new CheckBox();
        wire.textProperty().bind(messages.text("surface.wireframe"));
        wire.setId("surface-wireframe");
        levelCurves.setId("surface-level-curves");
        slices.setId("surface-slices");
        tangent.setId("surface-tangent");
        wire.selectedProperty().bindBidirectional(options.wireframe);
        surface.wireframeProperty().bind(options.wireframe);
        levelCurves.textProperty().bind(messages.text("surface.levelCurves"));
        levelCurves.selectedProperty().bindBidirectional(options.levelCurves);
        slices.textProperty().bind(messages.text("surface.slices"));
        slices.selectedProperty().bindBidirectional(options.slices);
        tangent.textProperty().bind(messages.text("surface.tangent"));
        tangent.selectedProperty().bindBidirectional(options.tangent);
        Button reset = new Button();
        reset.textProperty().bind(messages.text("surface.resetView"));
        reset.setOnAction(e -> surface.resetView());
        Button newton = new Button();
        newton.setId("newton-critical");
        newton.textProperty().bind(messages.text("point.newton"));
        newton.setOnAction(e -> findCriticalPoint());
        Label hint = new Label();
        hint.textProperty().bind(messages.text("surface.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        status.setWrapText(true);
        status.getStyleClass().add("muted");

        for (javafx.scene.control.Labeled l : List.of(wire, levelCurves, slices, tangent, reset, newton)) {
            ControlColumn.wrapping(l);
        }
        ControlColumn.wrapping(status);
        ControlColumn.wrapping(hint);
        box.getChildren().addAll(
                Translated.heading(messages, "section.window"), new WindowEditor(workspace, messages, true), resolutionLabel, resolution,
                Translated.heading(messages, "section.parameters"), new ParameterSliders(workspace, messages),
                Translated.heading(messages, "section.display"), maps, wire, levelCurves, slices, tangent, reset,
                Translated.heading(messages, "section.point"), readout, newton, status, hint,
                Translated.heading(messages, "section.estimate"), estimateControls(),
                Translated.heading(messages, "section.levelSurface"), levelSurfaceControls());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(310);
        scroll.getStyleClass().add("control-scroll");
        return scroll;
    }

    /** h and k of the tangent plane's estimate at the picked point (book ch. 7 §2.6), and its readout. */
    private VBox estimateControls() {
        Label hint = ControlColumn.hint(messages, "surface.estimate.hint");
        estimate.setId("surface-estimate");
        estimate.getStyleClass().add("readout");
        ControlColumn.wrapping(estimate);
        HBox fields = new HBox(6, Translated.label(messages, "surface.estimate.h"),
                NumberField.of("surface-estimate-h", options.estimateH),
                Translated.label(messages, "surface.estimate.k"), NumberField.of("surface-estimate-k", options.estimateK));
        fields.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, hint, fields, estimate);
    }

    /** F(x, y, z) = c in 3-D (book ch. 7 §2.5) instead of the graph, with the slice at the third variable's value. */
    private VBox levelSurfaceControls() {
        levelSurface.setId("surface-level-surface");
        levelSurface.textProperty().bind(messages.text("surface.levelSurface.show"));
        levelSurface.selectedProperty().bindBidirectional(options.levelSurface);
        ControlColumn.wrapping(levelSurface);
        Label hint = ControlColumn.hint(messages, "surface.levelSurface.hint");
        levelStatus.setId("surface-level-status");
        levelStatus.getStyleClass().add("muted");
        ControlColumn.wrapping(levelStatus);
        levelStatus.managedProperty().bind(levelStatus.textProperty().isNotEmpty());
        HBox level = new HBox(6, Translated.label(messages, "surface.levelSurface.c"),
                NumberField.of("surface-level", options.level));
        level.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, levelSurface, level, levelStatus, hint);
    }

    /** Whether the 3-D view shows F = c now: asked for, and the formula has a third variable. */
    private String levelSurfaceVariable() {
        return options.levelSurface.get()
                ? LevelSurfaceComputation.thirdVariable(workspace.formula(), workspace.axes()) : null;
    }

    private void refreshLevelSurface() {
        String third = levelSurfaceVariable();
        if (third == null) {
            surface.setLevelSurface(null, surface.box());
            lastLevelStatus = options.levelSurface.get() ? () -> messages.get("surface.levelSurface.needThree") : () -> "";
            levelStatus.setText(lastLevelStatus.get());
            return;
        }
        List<String> axes = workspace.axes();
        var request = new LevelSurfaceComputation.Request(workspace.formula(), workspace.parametersProperty().get(),
                axes.get(0), axes.get(1), third, workspace.windowProperty().get(), options.level.get());
        levelWorker.submit(() -> LevelSurfaceComputation.compute(request), result -> {
            if (levelSurfaceVariable() == null) {
                return;
            }
            surface.setAxisNames(request.xName(), request.yName(), third);
            surface.setLevelSurface(result.mesh().vertices(), result.box());
            surface.setDecorations(result.slice(), List.of(), List.of(), null);
            colorBar.setRange(result.box().zMin(), result.box().zMax());
            lastLevelStatus = () -> messages.get("surface.levelSurface.status", result.mesh().triangles(), third,
                    deepmath.expr.Numbers.format(result.z0(), 4));
            levelStatus.setText(lastLevelStatus.get());
            onUpdated.run();
        });
    }

    /** Recomputes the surface in the background; only while this panel is shown and the formula is a surface. */
    private void refresh() {
        if (!active || workspace.modeProperty().get() != PlotMode.SURFACE) {
            return;
        }
        List<String> axes = workspace.axes();
        Point2D p = workspace.pointOrDefault();
        SurfaceRequest request = new SurfaceRequest(workspace.boundFormula(), axes.get(0), axes.get(1),
                workspace.windowProperty().get(), workspace.resolutionProperty().get(), p.getX(), p.getY(),
                levelCurves.isSelected(), slices.isSelected(), tangent.isSelected(), workspace.formula(),
                workspace.parametersProperty().get(), graph.chosenWeights(), options.estimateH.get(),
                options.estimateK.get());
        ColorMap map = surface.colorMapProperty().get();
        worker.submit(() -> SurfaceComputation.compute(request, map), result -> show(request, result));
        refreshLevelSurface();
    }

    /** After a language switch: the texts of what is shown, in the new language (nothing is recomputed). */
    private void relabel() {
        if (lastRequest != null) {
            showTexts(lastRequest, lastResult);
        }
        if (lastStatus != null) {
            status.setText(lastStatus.get());
        }
        levelStatus.setText(lastLevelStatus.get());
    }

    private void show(SurfaceRequest request, SurfaceResult result) {
        lastRequest = request;
        lastResult = result;
        if (levelSurfaceVariable() == null) {
            surface.setAxisNames(request.xName(), request.yName(), "z");
            surface.setSurface(result.values(), result.box());
            surface.setDecorations(result.curves(), result.markers(), result.arrows(), result.plane());
            colorBar.setRange(result.box().zMin(), result.box().zMax());
        }
        colorBar.labelProperty().set("z = f(" + request.xName() + ", " + request.yName() + ")");
        graph.view().traceProperty().set(result.trace());
        showTexts(request, result);
        onUpdated.run();
    }

    private void showTexts(SurfaceRequest request, SurfaceResult result) {
        PointNumbers numbers = new PointNumbers(request.window(), result.box().zMin(), result.box().zMax());
        readout.show(result.point(), request.xName(), request.yName(), numbers);
        showEstimate(result.estimate(), numbers);
        showSlice(sliceX, result.sliceAlongX(), request.xName(), request.x0(), result.point().value(),
                SurfaceComputation.SLICE_X, request.yName() + " = " + numbers.coordinate(request.y0()));
        showSlice(sliceY, result.sliceAlongY(), request.yName(), request.y0(), result.point().value(),
                SurfaceComputation.SLICE_Y, request.xName() + " = " + numbers.coordinate(request.x0()));
    }

    private void showEstimate(deepmath.calculus.TangentPlaneEstimate e, PointNumbers numbers) {
        java.util.function.DoubleFunction<String> n = v -> deepmath.expr.Numbers.format(v, 10);
        estimate.setText(messages.get("surface.estimate.exact", n.apply(e.x0() + e.h()), n.apply(e.y0() + e.k()),
                n.apply(e.exact()))
                + "\n" + messages.get("surface.estimate.plane", n.apply(e.value()), n.apply(e.fx()), n.apply(e.fy()),
                        n.apply(e.estimate()))
                + "\n" + messages.get("surface.estimate.error", deepmath.expr.Numbers.format(e.error(), 4)));
    }

    private void showSlice(PlotCanvas canvas, double[][] slice, String axis, double at, double value,
                           javafx.scene.paint.Color color, String title) {
        canvas.layers().setAll(new LineLayer(slice[0], slice[1], color, 2),
                new PointsLayer(new double[] {at}, new double[] {value}, javafx.scene.paint.Color.web("#fb8500"), 4, null));
        canvas.xAxis().labelProperty().set(axis);
        canvas.titleProperty().set(messages.get("surface.sliceTitle", title));
        canvas.fitToData(0.05);
    }

    private void findCriticalPoint() {
        try {
            CriticalPointSearch.Outcome outcome = CriticalPointSearch.from(workspace.boundFormula(), workspace.axes(),
                    workspace.pointOrDefault(), workspace.windowProperty().get());
            lastStatus = () -> outcome.text(messages);
            if (outcome.point() != null) {
                workspace.pickedProperty().set(outcome.point());
            }
        } catch (RuntimeException e) {
            String reason = deepmath.core.Errors.oneLine(e);
            lastStatus = () -> reason;
        }
        status.setText(lastStatus.get());
    }
}
