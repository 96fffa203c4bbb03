package deepmath.app.function;

import deepmath.app.task.LatestOnlyWorker;
import deepmath.grid.GridValues;
import deepmath.levels.ContourLine;
import deepmath.terrain.TopographicMap;
import deepmath.viz.color.ColorMap;
import deepmath.viz.contour.ArrowLayer;
import deepmath.viz.contour.ContourLayer;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.ColorBar;
import deepmath.viz.plot.HeatMapImage;
import deepmath.viz.plot.ImageLayer;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PointsLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The level-sets lab's topographic map (book ch. 3, line 3258): a real terrain's contour lines at a chosen interval
 * (the book's 10 m), every fifth one bold and labelled, over a colour relief; the height under the mouse; and for a
 * clicked point its height, ∇h (perpendicular to the contour line through it), the slope, how far apart the lines
 * are there, and the path of steepest descent.
 */
final class TerrainPanel extends BorderPane {
    private static final Color MINOR = Color.rgb(90, 60, 30, 0.55);
    private static final Color INDEX = Color.rgb(70, 40, 15, 0.95);
    private static final Color THROUGH = Color.web("#fb8500");
    private static final Color GRADIENT = Color.web("#8250df");
    private static final Color DESCENT = Color.web("#cf222e");

    private final Messages messages;
    private final PlotCanvas map = new PlotCanvas();
    private final ColorBar colorBar = new ColorBar();
    private final ComboBox<Integer> interval = new ComboBox<>();
    private final CheckBox relief = new CheckBox();
    private final CheckBox descent = new CheckBox();
    private final Label hover = new Label();
    private final Label readout = new Label();
    private final Label indexNote = new Label();
    private final LatestOnlyWorker worker;
    private final TerrainComputation computation = new TerrainComputation();
    /** The picked point in km (null: none yet, the panel picks one on the slope of the summit). */
    final ObjectProperty<Point2D> picked = new SimpleObjectProperty<>(this, "picked");
    final BooleanProperty reliefShown = new SimpleBooleanProperty(this, "relief", true);
    final BooleanProperty descentShown = new SimpleBooleanProperty(this, "descent", true);
    /** Follows the language (held here: a binding only a listener holds would be collected). */
    private final javafx.beans.binding.StringBinding language;
    private TerrainComputation.Result last;
    private Image reliefImage;
    private boolean active;
    private boolean fitted;

    TerrainPanel(Messages messages, Consumer<Throwable> errors) {
        this.messages = messages;
        this.worker = new LatestOnlyWorker("terrain-computation", errors);
        map.setId("terrain-map");
        map.equalAspectProperty().set(true);
        map.onDataClickedProperty().set(picked::set);
        map.onDataHoveredProperty().set(p -> {
            if (last != null && p != null) {
                hover.setText(TerrainText.hover(messages, last.map().terrain(), p.getX(), p.getY()));
            }
        });
        colorBar.setPrefWidth(80);
        colorBar.colorMapProperty().set(ColorMap.TERRAIN);
        colorBar.labelProperty().set("h (m)");
        HBox center = new HBox(map, colorBar);
        HBox.setHgrow(map, Priority.ALWAYS);
        setCenter(center);
        setRight(controls());
        interval.getItems().setAll(java.util.Arrays.stream(TopographicMap.INTERVALS).boxed().toList());
        interval.setValue(TopographicMap.BOOK_INTERVAL);
        relief.selectedProperty().bindBidirectional(reliefShown);
        descent.selectedProperty().bindBidirectional(descentShown);
        interval.valueProperty().addListener(o -> refresh());
        picked.addListener(o -> refresh());
        reliefShown.addListener(o -> draw());
        descentShown.addListener(o -> draw());
        language = messages.text("terrain.title");
        language.addListener((obs, old, now) -> draw());   // a language switch redraws the texts
    }

    PlotCanvas map() {
        return map;
    }

    ComboBox<Integer> intervalBox() {
        return interval;
    }

    void setActive(boolean on) {
        active = on;
        if (on) {
            refresh();
        }
    }

    private ScrollPane controls() {
        Label source = Translated.wrapped(messages, "terrain.source");
        source.getStyleClass().add("muted");
        Label reading = Translated.wrapped(messages, "terrain.reading");
        interval.setId("terrain-interval");
        interval.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer metres) {
                return metres == null ? "" : metres + " m";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replace("m", "").trim());
            }
        });
        relief.setId("terrain-relief");
        relief.textProperty().bind(messages.text("terrain.relief"));
        descent.setId("terrain-descent");
        descent.textProperty().bind(messages.text("terrain.descent"));
        hover.setId("terrain-hover");
        readout.setId("terrain-readout");
        readout.getStyleClass().add("readout");
        hover.getStyleClass().add("readout");
        for (javafx.scene.control.Labeled l : List.of(relief, descent, hover, readout, indexNote)) {
            ControlColumn.wrapping(l);
        }
        Label hint = ControlColumn.hint(messages, "terrain.hint");
        HBox intervalLine = new HBox(8, Translated.label(messages, "terrain.interval"), interval);
        intervalLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(10, Translated.heading(messages, "terrain.title"), source,
                Translated.heading(messages, "section.point"), hover, readout, hint,
                Translated.heading(messages, "section.levels"), intervalLine, indexNote, relief, descent,
                Translated.heading(messages, "terrain.readingTitle"), reading);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("control-column");
        box.setPrefWidth(300);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(310);
        return scroll;
    }

    private void refresh() {
        if (!active) {
            return;
        }
        int chosen = interval.getValue() == null ? TopographicMap.BOOK_INTERVAL : interval.getValue();
        Point2D p = picked.get();
        double x = p == null ? Double.NaN : p.getX();
        double y = p == null ? Double.NaN : p.getY();
        worker.submit(() -> computation.compute(chosen, x, y), this::show);
    }

    private void show(TerrainComputation.Result result) {
        last = result;
        if (picked.get() == null) {
            // Before any click: a point on the steep flank below the summit, so ∇h and the descent show at once.
            var g = result.map().terrain().grid();
            picked.set(new Point2D(g.x(219) - 1.2, g.y(46) + 0.6));
            return;
        }
        draw();
    }

    /** The layers from the last result (no computation: also after a language switch or a check box). */
    private void draw() {
        if (last == null) {
            return;
        }
        TopographicMap m = last.map();
        GridValues heights = m.terrain().field().heights();
        GridValues.Range range = m.terrain().range();
        var g = heights.grid();
        List<PlotLayer> layers = new ArrayList<>();
        if (reliefShown.get()) {
            if (reliefImage == null) {
                reliefImage = HeatMapImage.render(heights, ColorMap.TERRAIN, range.min(), range.max());
            }
            layers.add(new ImageLayer(reliefImage, g.xMin(), g.xMax(), g.yMin(), g.yMax(), true, 1));
        }
        List<ContourLine> minor = new ArrayList<>();
        List<ContourLine> index = new ArrayList<>();
        for (ContourLine line : m.lines()) {
            (m.isIndex(line.level()) ? index : minor).add(line);
        }
        layers.add(new ContourLayer(minor, level -> MINOR, 0.7, false, level -> ""));
        layers.add(new ContourLayer(index, level -> INDEX, 1.5, true, level -> TerrainText.fixed(level, 0)));
        TopographicMap.Slope s = last.slope();
        if (s != null) {
            addSlope(layers, s, Math.min(g.xMax(), g.yMax()));
        }
        map.layers().setAll(layers);
        map.xAxis().labelProperty().set(messages.get("terrain.east"));
        map.yAxis().labelProperty().set(messages.get("terrain.north"));
        map.titleProperty().set(messages.get("terrain.mapTitle", String.valueOf((int) m.interval())));
        indexNote.setText(messages.get("terrain.index", String.valueOf((int) (TopographicMap.INDEX_EVERY * m.interval()))));
        if (!fitted) {
            // A 12 × 10 km part around the summit first, where the lines can be told apart (84 lines at 10 m over
            // 30 km run together); scrolling zooms out to the whole grid.
            fitted = true;
            map.setView(10, 22, 1, 11);
        }
        colorBar.setRange(range.min(), range.max());
        readout.setText(s == null ? messages.get("terrain.hover.none")
                : TerrainText.slope(messages, m.terrain(), s, (int) m.interval()));
    }

    private void addSlope(List<PlotLayer> layers, TopographicMap.Slope s, double size) {
        ContourLine through = s.through();
        if (through != null) {
            layers.add(new LineLayer(through.xs(), through.ys(), THROUGH, 2.6, null,
                    messages.get("terrain.legend.through", TerrainText.fixed(s.height(), 0))));
        }
        if (descentShown.get() && s.descent().size() > 1) {
            double[] xs = s.descent().stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = s.descent().stream().mapToDouble(p -> p[1]).toArray();
            layers.add(new LineLayer(xs, ys, DESCENT, 2.2, new double[] {6, 4}, messages.get("terrain.legend.descent")));
        }
        double norm = s.steepness();
        if (norm > 1e-9) {
            double length = 0.04 * size;   // 1.2 km on the shipped grid: visible at the first zoom, not across it
            layers.add(new ArrowLayer(new double[] {s.x()}, new double[] {s.y()},
                    new double[] {length * s.dhdx() / norm}, new double[] {length * s.dhdy() / norm}, GRADIENT, 3));
            layers.add(new LineLayer(new double[] {0}, new double[] {0}, GRADIENT, 3, null, "∇h"));
        }
        layers.add(new PointsLayer(new double[] {s.x()}, new double[] {s.y()}, new Color[] {THROUGH}, 6, Color.WHITE,
                null));
    }
}
