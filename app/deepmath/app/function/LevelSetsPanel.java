package deepmath.app.function;

import deepmath.app.task.LatestOnlyWorker;
import deepmath.calculus.DirectionalDerivative;
import deepmath.calculus.MinimumSearch;
import deepmath.expr.Numbers;
import deepmath.levels.ContourLine;
import deepmath.levels.Levels;
import deepmath.viz.color.ColorMap;
import deepmath.viz.contour.ArrowLayer;
import deepmath.viz.contour.ContourLayer;
import deepmath.viz.contour.FilledContours;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.ColorBar;
import deepmath.viz.plot.ImageLayer;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The level-sets lab: a contour map (filled bands, labelled lines, colour bar), the gradient field, and for
 * a clicked point its level line, its gradient (orthogonal to that line) and the line of steepest slope.
 */
final class LevelSetsPanel extends BorderPane {
    private static final Color GRADIENT = Color.web("#8250df");
    private static final Color THROUGH = Color.web("#fb8500");
    private static final Color DIRECTION = Color.web("#0a7ea4");
    private static final Color SEARCH = Color.web("#cf222e");

    private final FunctionWorkspace workspace;
    private final LevelSetOptions options;
    private final Messages messages;
    private final PlotCanvas map = new PlotCanvas();
    private final ColorBar colorBar = new ColorBar();
    private final ComboBox<ColorMap> colorMaps;
    private final Slider levelCount = new Slider(LevelSetOptions.MIN_LEVELS, LevelSetOptions.MAX_LEVELS, 12);
    private final TextField userLevels = new TextField();
    private final CheckBox filled = new CheckBox();
    private final CheckBox labels = new CheckBox();
    private final CheckBox field = new CheckBox();
    private final Slider density = new Slider(LevelSetOptions.MIN_DENSITY, LevelSetOptions.MAX_DENSITY, 16);
    private final Slider resolution = new Slider(LevelSetOptions.MIN_RESOLUTION, LevelSetOptions.MAX_RESOLUTION, 200);
    private final CheckBox steepest = new CheckBox();
    private final Label readout = new Label();
    private final Label levelsError = new Label();
    private final CheckBox directional = new CheckBox();
    private final Label directionalReadout = new Label();
    private final ComboBox<MinimumSearch.Method> searchMethod = new ComboBox<>();
    private final Spinner<Integer> searchSize = new Spinner<>(1, 100_000, 100);
    private final Label searchReadout = new Label();
    /** Where a shift-drag choosing v started (null: no such drag). */
    private Point2D directionDrag;
    private final LatestOnlyWorker worker;
    private boolean active;
    private Runnable onUpdated = () -> { };
    private javafx.scene.Node figure;
    private Rectangle2D fittedWindow;
    /** Follows the language: a switch redraws the legend and the readout in the new language. */
    private final javafx.beans.binding.StringBinding language;
    private LevelSetsComputation.Request lastRequest;
    private LevelSetsComputation.Result lastResult;
    private String badLevel;

    LevelSetsPanel(FunctionWorkspace workspace, LevelSetOptions options, Messages messages, Consumer<Throwable> errors) {
        this.workspace = workspace;
        this.options = options;
        this.messages = messages;
        this.worker = new LatestOnlyWorker("level-sets-computation", errors);
        this.colorMaps = ControlColumn.colorMaps(messages);
        language = messages.text("section.point");
        language.addListener((obs, old, now) -> relabel());
        map.setId("contour-map");
        map.equalAspectProperty().set(true);
        map.onDataClickedProperty().set(p -> workspace.pickedProperty().set(p));
        colorBar.setPrefWidth(80);
        colorBar.colorMapProperty().bind(options.colorMap);
        HBox center = new HBox(map, colorBar);
        HBox.setHgrow(map, Priority.ALWAYS);
        setCenter(center);
        figure = center;
        setRight(controls());
        bind();
        workspace.revisionProperty().addListener(o -> refresh());
        installDirectionDrag();
        for (javafx.beans.Observable o : List.<javafx.beans.Observable>of(options.levelCount, options.userLevels,
                options.filled, options.labels, options.colorMap, options.resolution, options.field, options.density,
                options.steepest, options.directional, options.h, options.k, options.searchMethod, options.searchSize,
                options.searched)) {
            o.addListener(changed -> refresh());
        }
    }

    /** The controls show the options and change them; the map is drawn from the options. */
    private void bind() {
        levelCount.valueProperty().bindBidirectional(options.levelCount);
        density.valueProperty().bindBidirectional(options.density);
        resolution.valueProperty().bindBidirectional(options.resolution);
        colorMaps.valueProperty().bindBidirectional(options.colorMap);
        filled.selectedProperty().bindBidirectional(options.filled);
        labels.selectedProperty().bindBidirectional(options.labels);
        field.selectedProperty().bindBidirectional(options.field);
        steepest.selectedProperty().bindBidirectional(options.steepest);
        // Typed levels count once confirmed (Enter); the field shows the confirmed ones.
        userLevels.setText(options.userLevels.get());
        userLevels.setOnAction(e -> {
            options.userLevels.set(userLevels.getText());
            refresh();   // also when unchanged: Enter redraws
        });
        options.userLevels.addListener((o, was, now) -> userLevels.setText(now));
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

    PlotCanvas map() {
        return map;
    }

    private Node controls() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("control-column");
        box.setPrefWidth(300);
        Label countLabel = new Label();
        countLabel.textProperty().bind(messages.text("levels.count", options.levelCount));
        levelCount.setId("level-count");
        density.setId("levels-density");
        resolution.setId("levels-resolution");
        colorMaps.setId("levels-colormap");
        filled.setId("levels-filled");
        labels.setId("levels-labels");
        field.setId("levels-field");
        steepest.setId("levels-steepest");
        userLevels.setId("user-levels");
        userLevels.promptTextProperty().bind(messages.text("levels.userPrompt"));
        levelsError.getStyleClass().add("formula-error");
        levelsError.setWrapText(true);
        filled.textProperty().bind(messages.text("levels.filled"));
        labels.textProperty().bind(messages.text("levels.labels"));
        field.textProperty().bind(messages.text("levels.field"));
        Label densityLabel = new Label();
        densityLabel.textProperty().bind(messages.text("levels.density", options.density));
        steepest.textProperty().bind(messages.text("levels.steepest"));
        readout.setId("levels-readout");
        readout.getStyleClass().add("readout");
        readout.setWrapText(true);
        Label hint = new Label();
        hint.textProperty().bind(messages.text("levels.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Label resolutionLabel = new Label();
        resolutionLabel.textProperty().bind(messages.text("surface.resolution", options.resolution));
        for (javafx.scene.control.Labeled l : List.of(filled, labels, field, steepest, readout, hint, levelsError,
                countLabel, densityLabel, resolutionLabel)) {
            ControlColumn.wrapping(l);
        }
        levelsError.managedProperty().bind(levelsError.textProperty().isNotEmpty());
        // The picked point's readout near the top: it answers the click on the map without scrolling.
        box.getChildren().addAll(Translated.heading(messages, "section.window"), new WindowEditor(workspace, messages, true),
                Translated.heading(messages, "section.parameters"), new ParameterSliders(workspace, messages),
                Translated.heading(messages, "section.point"), readout, hint,
                Translated.heading(messages, "section.levels"), countLabel, levelCount, userLevels, levelsError, filled,
                labels, colorMaps, resolutionLabel, resolution,
                Translated.heading(messages, "section.gradient"), field, densityLabel, density, steepest,
                Translated.heading(messages, "section.directional"), directionalControls(),
                Translated.heading(messages, "section.search"), searchControls());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(310);
        return scroll;
    }

    /** v = (h, k) typed or dragged, and D_v f at the picked point (book ch. 7 §2.4). */
    private VBox directionalControls() {
        directional.setId("levels-directional");
        directional.textProperty().bind(messages.text("levels.directional.show"));
        directional.selectedProperty().bindBidirectional(options.directional);
        ControlColumn.wrapping(directional);
        HBox fields = new HBox(6, Translated.label(messages, "levels.directional.h"),
                NumberField.of("levels-direction-h", options.h), Translated.label(messages, "levels.directional.k"),
                NumberField.of("levels-direction-k", options.k));
        fields.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        directionalReadout.setId("levels-directional-readout");
        directionalReadout.getStyleClass().add("readout");
        ControlColumn.wrapping(directionalReadout);
        directionalReadout.managedProperty().bind(directionalReadout.textProperty().isNotEmpty());
        Label hint = ControlColumn.hint(messages, "levels.directional.hint");
        return new VBox(6, directional, fields, directionalReadout, hint);
    }

    /** The book's grid, random and slice searches for the minimum in the window (ch. 3 §2.4). */
    private VBox searchControls() {
        searchMethod.setId("levels-search-method");
        searchMethod.getItems().setAll(MinimumSearch.Method.values());
        Translated.cells(searchMethod, messages, m -> "levels.search." + m.name().toLowerCase(java.util.Locale.ROOT));
        searchMethod.valueProperty().bindBidirectional(options.searchMethod);
        searchMethod.setMaxWidth(Double.MAX_VALUE);
        searchSize.setId("levels-search-size");
        searchSize.setEditable(true);
        searchSize.getStyleClass().add("data-text");
        searchSize.setPrefWidth(110);
        searchSize.getValueFactory().setValue(options.searchSize.get());
        searchSize.valueProperty().addListener((obs, old, n) -> {
            int max = LevelSetOptions.maxSearchSize(options.searchMethod.get());
            int min = options.searchMethod.get() == MinimumSearch.Method.GRID ? 2 : 1;
            options.searchSize.set(Math.max(min, Math.min(max, n)));
        });
        options.searchSize.addListener((obs, old, n) -> searchSize.getValueFactory().setValue(n.intValue()));
        options.searchMethod.addListener((obs, old, m) -> options.searchSize.set(Math.max(
                m == MinimumSearch.Method.GRID ? 2 : 1, Math.min(options.searchSize.get(), LevelSetOptions.maxSearchSize(m)))));
        Label sizeLabel = Translated.label(messages, "levels.search.n", options.searchSize);
        javafx.scene.control.Button run = Translated.button(messages, "levels.search.run", () -> {
            options.searched.set(true);
            refresh();
        });
        run.setId("levels-search-run");
        HBox row = new HBox(8, searchSize, run);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        searchReadout.setId("levels-search-readout");
        searchReadout.getStyleClass().add("readout");
        ControlColumn.wrapping(searchReadout);
        searchReadout.managedProperty().bind(searchReadout.textProperty().isNotEmpty());
        return new VBox(6, searchMethod, sizeLabel, row, searchReadout);
    }

    /**
     * Shift-drag from anywhere on the map sets v = (where the pointer is) − (the picked point); the drag does not
     * pan the map then.
     */
    private void installDirectionDrag() {
        map.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            directionDrag = e.isShiftDown() && e.isPrimaryButtonDown() ? new Point2D(e.getX(), e.getY()) : null;
            if (directionDrag != null) {
                e.consume();
            }
        });
        map.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (directionDrag != null) {
                Point2D at = map.transform().toData(e.getX(), e.getY());
                setDirectionTowards(at);
                e.consume();
            }
        });
        map.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (directionDrag != null) {
                directionDrag = null;
                e.consume();
            }
        });
    }

    /** v from the picked point to {@code at} (what a shift-drag to there does). */
    void setDirectionTowards(Point2D at) {
        Point2D p = workspace.pointOrDefault();
        options.directional.set(true);
        options.h.set(at.getX() - p.getX());
        options.k.set(at.getY() - p.getY());
    }

    private void refresh() {
        if (!active) {
            return;
        }
        badLevel = UserLevels.firstBad(options.userLevels.get());
        if (badLevel != null) {
            levelsError.setText(messages.get("levels.bad", badLevel));
            return;
        }
        levelsError.setText("");
        double[] custom = Levels.parse(options.userLevels.get());
        List<String> axes = workspace.modeProperty().get() == PlotMode.SURFACE ? workspace.axes() : List.of("x", "y");
        Point2D p = workspace.pointOrDefault();
        var request = new LevelSetsComputation.Request(workspace.boundFormula(), axes.get(0), axes.get(1),
                workspace.windowProperty().get(), options.resolution.get(), options.levelCount.get(), custom,
                options.density.get(), p.getX(), p.getY(),
                options.directional.get() ? new double[] {options.h.get(), options.k.get()} : null,
                options.searched.get() ? options.searchMethod.get() : null, options.searchSize.get());
        worker.submit(() -> LevelSetsComputation.compute(request), result -> show(request, result));
    }

    /** After a language switch: the same map (nothing recomputed) with its texts in the new language. */
    private void relabel() {
        if (lastRequest != null) {
            show(lastRequest, lastResult);
        }
        if (badLevel != null) {
            levelsError.setText(messages.get("levels.bad", badLevel));
        }
    }

    private void show(LevelSetsComputation.Request request, LevelSetsComputation.Result r) {
        lastRequest = request;
        lastResult = r;
        ColorMap colours = options.colorMap.get();
        Rectangle2D w = request.window();
        List<PlotLayer> layers = new ArrayList<>();
        double min = r.zMin();
        double max = r.zMax();
        if (options.filled.get()) {
            layers.add(new ImageLayer(FilledContours.render(r.values(), r.levels(), colours, min, max),
                    w.getMinX(), w.getMaxX(), w.getMinY(), w.getMaxY(), false, 1));
        }
        java.util.function.DoubleFunction<Color> lineColour = options.filled.get()
                ? level -> Color.rgb(20, 20, 20, 0.75) : level -> colours.color(level, min, max).darker();
        double lineWidth = options.filled.get() ? 1.1 : 1.8;
        // The arrows under the lines, so the level labels stay readable on top.
        if (options.field.get()) {
            layers.add(new ArrowLayer(r.field()[0], r.field()[1], r.field()[2], r.field()[3],
                    options.filled.get() ? Color.rgb(255, 255, 255, 0.85) : Color.gray(0.35), 1.1));
        }
        layers.add(new ContourLayer(r.lines(), lineColour, lineWidth, options.labels.get(), level -> Numbers.format(level, 3)));
        addPointLayers(layers, request, r);
        map.layers().setAll(layers);
        map.xAxis().labelProperty().set(request.xName());
        map.yAxis().labelProperty().set(request.yName());
        map.titleProperty().set("f(" + request.xName() + ", " + request.yName() + ") = " + workspace.formula().text());
        if (fittedWindow == null || !fittedWindow.equals(w)) {
            fittedWindow = w;
            map.setView(w.getMinX(), w.getMaxX(), w.getMinY(), w.getMaxY());
        }
        colorBar.setRange(min, max);
        colorBar.labelProperty().set("f");
        showReadout(request, r);
        onUpdated.run();
    }

    private void addPointLayers(List<PlotLayer> layers, LevelSetsComputation.Request request,
                                LevelSetsComputation.Result r) {
        ContourLine through = r.lineThroughPoint();
        if (through != null) {
            layers.add(new LineLayer(through.xs(), through.ys(), THROUGH, 3, null,
                    messages.get("levels.legend.through", Numbers.format(r.value(), 4))));
        }
        if (options.steepest.get() && r.descent().size() > 1) {
            layers.add(path(r.descent(), Color.web("#cf222e"), messages.get("levels.legend.descent")));
            layers.add(path(r.ascent(), Color.web("#1a7f37"), messages.get("levels.legend.ascent")));
        }
        double norm = Math.hypot(r.fx(), r.fy());
        Rectangle2D w = request.window();
        if (norm > 1e-12 && Double.isFinite(norm)) {
            double length = 0.15 * Math.min(w.getWidth(), w.getHeight());
            layers.add(new ArrowLayer(new double[] {request.x0()}, new double[] {request.y0()},
                    new double[] {length * r.fx() / norm}, new double[] {length * r.fy() / norm}, GRADIENT, 3));
            layers.add(new LineLayer(new double[] {0}, new double[] {0}, GRADIENT, 3, null, "∇f"));
        }
        DirectionalDerivative d = r.directional();
        if (d != null && Math.hypot(d.h(), d.k()) > 0) {
            layers.add(new ArrowLayer(new double[] {d.x0()}, new double[] {d.y0()}, new double[] {d.h()},
                    new double[] {d.k()}, DIRECTION, 2.6));
            layers.add(new LineLayer(new double[] {0}, new double[] {0}, DIRECTION, 2.6, null,
                    messages.get("levels.legend.direction")));
        }
        MinimumSearch search = r.search();
        if (search != null) {
            List<double[]> tried = search.tried();
            int every = Math.max(1, tried.size() / 4000);   // a few thousand dots say where it looked
            int n = (tried.size() + every - 1) / every;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = tried.get(i * every)[0];
                ys[i] = tried.get(i * every)[1];
            }
            if (search.method() == MinimumSearch.Method.SLICES) {
                layers.add(new LineLayer(xs, ys, SEARCH, 1.6, null, messages.get("levels.legend.search")));
            } else {
                layers.add(new PointsLayer(xs, ys, SEARCH, 2, messages.get("levels.legend.search")));
            }
            layers.add(new PointsLayer(new double[] {search.best()[0]}, new double[] {search.best()[1]},
                    new Color[] {SEARCH}, 7, Color.WHITE, null));
        }
        layers.add(new PointsLayer(new double[] {request.x0()}, new double[] {request.y0()},
                new Color[] {THROUGH}, 6, Color.WHITE, null));
    }

    private static LineLayer path(List<double[]> points, Color color, String label) {
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        return new LineLayer(xs, ys, color, 2, new double[] {6, 4}, label);
    }

    private void showReadout(LevelSetsComputation.Request request, LevelSetsComputation.Result r) {
        readout.setText(PointText.levels(messages, request, r));
        DirectionalDerivative d = r.directional();
        directionalReadout.setText(d == null ? "" : messages.get("levels.directional.readout", Numbers.format(d.h(), 6),
                Numbers.format(d.k(), 6), Numbers.format(d.value(), 8), Numbers.format(d.finiteDifference(), 8),
                Double.isNaN(d.angleDegrees()) ? "—" : Numbers.format(d.angleDegrees(), 4)));
        MinimumSearch s = r.search();
        searchReadout.setText(s == null ? "" : messages.get("levels.search.result", String.valueOf(s.evaluations()),
                Numbers.format(s.best()[2], 6), Numbers.format(s.best()[0], 6), Numbers.format(s.best()[1], 6)));
    }
}
