package deepmath.viz.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A 2-D plot: axes with nice ticks and grid lines, axis titles, a legend, and {@link PlotLayer}s drawn in
 * data coordinates (curves, points, heat-map images, anything a lab draws itself). Optional equal aspect
 * (one unit is as long on both axes: gradients then look orthogonal to level lines), zoom with the wheel,
 * pan by dragging, double-click to return to the home view, and click/hover callbacks in data coordinates.
 */
public class PlotCanvas extends CanvasView {
    private static final double LEFT = 60;
    private static final double RIGHT = 18;
    private static final double BOTTOM = 46;
    private static final double TOP = 14;
    private static final double TITLE_HEIGHT = 22;
    /** Height of each further line of a title too long for one. */
    private static final double TITLE_LINE = 16;
    private static final double CLICK_SLOP = 4;
    private static final Font TICK_FONT = Font.font(11);
    private static final Font LABEL_FONT = Font.font(12);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 13);

    private final Axis xAxis = new Axis();
    private final Axis yAxis = new Axis();
    private final ObservableList<PlotLayer> layers = FXCollections.observableArrayList();
    private final BooleanProperty equalAspect = new SimpleBooleanProperty(this, "equalAspect", false);
    private final BooleanProperty gridVisible = new SimpleBooleanProperty(this, "gridVisible", true);
    private final BooleanProperty zoomAndPan = new SimpleBooleanProperty(this, "zoomAndPan", false);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Consumer<Point2D>> onDataClicked = new SimpleObjectProperty<>(this, "onDataClicked");
    private final ObjectProperty<Consumer<Point2D>> onDataHovered = new SimpleObjectProperty<>(this, "onDataHovered");
    private double[] home = {0, 1, 0, 1};
    private Point2D pressedAt;
    private PlotTransform pressedTransform;
    private boolean dragged;
    /** Pixels above the plot area taken by the legend when no place inside is free (see placeLegend). */
    private double legendAbove;

    public PlotCanvas() {
        getStyleClass().add("plot-canvas");
        InvalidationListener repaint = o -> redraw();
        for (Axis axis : List.of(xAxis, yAxis)) {
            axis.minProperty().addListener(repaint);
            axis.maxProperty().addListener(repaint);
            axis.scaleProperty().addListener(repaint);
            axis.labelProperty().addListener(repaint);
            axis.wholeNumbersProperty().addListener(repaint);
        }
        layers.addListener(repaint);
        equalAspect.addListener(repaint);
        gridVisible.addListener(repaint);
        title.addListener(repaint);
        addEventHandler(ScrollEvent.SCROLL, this::zoom);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> notifyHover(null));
    }

    public Axis xAxis() {
        return xAxis;
    }

    public Axis yAxis() {
        return yAxis;
    }

    /** The layers, drawn in order (first at the bottom). Layers call {@link #redraw()} through their owner. */
    public ObservableList<PlotLayer> layers() {
        return layers;
    }

    public BooleanProperty equalAspectProperty() {
        return equalAspect;
    }

    public BooleanProperty gridVisibleProperty() {
        return gridVisible;
    }

    public BooleanProperty zoomAndPanProperty() {
        return zoomAndPan;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Called with the data point under a click (not after a drag). */
    public ObjectProperty<Consumer<Point2D>> onDataClickedProperty() {
        return onDataClicked;
    }

    /** Called with the data point under the mouse as it moves, and with null when it leaves. */
    public ObjectProperty<Consumer<Point2D>> onDataHoveredProperty() {
        return onDataHovered;
    }

    /** Shows [xMin, xMax] × [yMin, yMax] and makes it the home view (double-click returns to it). */
    public void setView(double xMin, double xMax, double yMin, double yMax) {
        home = new double[] {xMin, xMax, yMin, yMax};
        xAxis.setRange(xMin, xMax);
        yAxis.setRange(yMin, yMax);
    }

    /** Returns to the view given by the last {@link #setView}. */
    public void resetView() {
        xAxis.setRange(home[0], home[1]);
        yAxis.setRange(home[2], home[3]);
    }

    /** Fits the view to the layers' bounds, with a margin (a fraction of the span) around them. */
    public void fitToData(double margin) {
        Optional<Rectangle2D> union = layers.stream().map(PlotLayer::bounds).flatMap(Optional::stream)
                .reduce(PlotCanvas::union);
        union.ifPresent(b -> {
            double[] xs = padded(b.getMinX(), b.getMaxX(), margin, xAxis.getScale());
            double[] ys = padded(b.getMinY(), b.getMaxY(), margin, yAxis.getScale());
            setView(xs[0], xs[1], ys[0], ys[1]);
        });
    }

    private static double[] padded(double lo, double hi, double margin, Scale scale) {
        if (scale == Scale.LOG) {
            double l = Math.log10(Math.max(lo, 1e-300));
            double h = Math.log10(Math.max(hi, lo * 10));
            double pad = Math.max((h - l) * margin, 0.05);
            return new double[] {Math.pow(10, l - pad), Math.pow(10, h + pad)};
        }
        double span = hi - lo;
        double pad = span > 0 ? span * margin : Math.max(Math.abs(lo) * 0.1, 0.5);
        return new double[] {lo - pad, hi + pad};
    }

    private static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new Rectangle2D(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    /** The current mapping between data and pixels (equal aspect applied). */
    public PlotTransform transform() {
        return transform(legendAbove);
    }

    /** The transform with {@code reserved} pixels taken above the plot area (for a legend placed there). */
    private PlotTransform transform(double reserved) {
        int titleLines = titleLines().size();
        double top = TOP + (titleLines == 0 ? 0 : TITLE_HEIGHT + (titleLines - 1) * TITLE_LINE) + reserved;
        Rectangle2D area = new Rectangle2D(LEFT, top, Math.max(1, getWidth() - LEFT - RIGHT),
                Math.max(1, getHeight() - top - BOTTOM));
        double x0 = xAxis.getMin();
        double x1 = xAxis.getMax();
        double y0 = yAxis.getMin();
        double y1 = yAxis.getMax();
        if (equalAspect.get() && xAxis.getScale() == Scale.LINEAR && yAxis.getScale() == Scale.LINEAR) {
            double unitsPerPixel = Math.max((x1 - x0) / area.getWidth(), (y1 - y0) / area.getHeight());
            double cx = (x0 + x1) / 2;
            double cy = (y0 + y1) / 2;
            x0 = cx - unitsPerPixel * area.getWidth() / 2;
            x1 = cx + unitsPerPixel * area.getWidth() / 2;
            y0 = cy - unitsPerPixel * area.getHeight() / 2;
            y1 = cy + unitsPerPixel * area.getHeight() / 2;
        }
        return new PlotTransform(area, x0, x1, xAxis.getScale(), y0, y1, yAxis.getScale());
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        Legend legend = placeLegend();
        legendAbove = legend != null && legend.above() ? legend.box().getHeight() + 4 : 0;
        PlotTransform t = transform();
        Rectangle2D area = t.area();
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        Axis xTicksAxis = effective(xAxis, t.xMin(), t.xMax());
        Axis yTicksAxis = effective(yAxis, t.yMin(), t.yMax());
        int xTarget = Math.max(2, (int) (area.getWidth() / 90));
        int yTarget = Math.max(2, (int) (area.getHeight() / 60));
        double[] xTicks = xTicksAxis.ticks(xTarget);
        double[] yTicks = yTicksAxis.ticks(yTarget);
        if (gridVisible.get()) {
            g.setStroke(getGridPaint());
            g.setLineWidth(1);
            for (double x : xTicks) {
                double px = snap(t.px(x));
                g.strokeLine(px, area.getMinY(), px, area.getMaxY());
            }
            for (double y : yTicks) {
                double py = snap(t.py(y));
                g.strokeLine(area.getMinX(), py, area.getMaxX(), py);
            }
        }
        g.save();
        g.beginPath();
        g.rect(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        g.clip();
        for (PlotLayer layer : List.copyOf(layers)) {
            g.save();
            layer.draw(g, t);
            g.restore();
        }
        g.restore();
        paintFrame(g, t, xTicksAxis, xTicks, xTarget, yTicksAxis, yTicks, yTarget);
        paintLegend(g, legend);
    }

    private Axis effective(Axis axis, double min, double max) {
        Axis copy = new Axis();
        copy.scaleProperty().set(axis.getScale());
        copy.wholeNumbersProperty().set(axis.wholeNumbersProperty().get());
        copy.setRange(min, max);
        return copy;
    }

    private void paintFrame(GraphicsContext g, PlotTransform t, Axis xa, double[] xTicks, int xTarget,
                            Axis ya, double[] yTicks, int yTarget) {
        Rectangle2D area = t.area();
        g.setStroke(getForegroundPaint());
        g.setFill(getForegroundPaint());
        g.setLineWidth(1);
        g.strokeRect(snap(area.getMinX()), snap(area.getMinY()), Math.round(area.getWidth()),
                Math.round(area.getHeight()));
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x : xTicks) {
            double px = snap(t.px(x));
            g.strokeLine(px, area.getMaxY(), px, area.getMaxY() + 4);
            fillText(g, xa.tickLabel(x, xTarget), px, area.getMaxY() + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : yTicks) {
            double py = snap(t.py(y));
            g.strokeLine(area.getMinX() - 4, py, area.getMinX(), py);
            fillText(g, ya.tickLabel(y, yTarget), area.getMinX() - 6, py);
        }
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        fillText(g, xAxis.labelProperty().get(), area.getMinX() + area.getWidth() / 2, getHeight() - 4);
        String yLabel = yAxis.labelProperty().get();
        if (yLabel != null && !yLabel.isEmpty()) {
            g.save();
            g.translate(14, area.getMinY() + area.getHeight() / 2);
            g.rotate(-90);
            g.setTextBaseline(VPos.CENTER);
            fillText(g, yLabel, 0, 0);
            g.restore();
        }
        List<String> heading = titleLines();
        if (!heading.isEmpty()) {
            g.setFont(TITLE_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            for (int i = 0; i < heading.size(); i++) {
                fillText(g, heading.get(i), area.getMinX(), 6 + i * TITLE_LINE);
            }
        }
    }

    private static final double LEGEND_ROW = 16;
    private static final double LEGEND_MARGIN = 8;

    private List<LegendEntry> legendEntries() {
        List<LegendEntry> entries = new ArrayList<>();
        layers.forEach(layer -> layer.legend().ifPresent(entries::add));
        return entries;
    }

    /**
     * A placed legend: its box, and for each entry its lines of text and where its sample starts (x, and y of
     * its first line's centre).
     */
    private record Legend(Rectangle2D box, boolean above, List<LegendEntry> entries, List<List<String>> lines,
                          double[][] rows) {
    }

    /**
     * Where the legend is (after the last layout): see {@link #placeLegend}. Empty without legend entries.
     */
    public Optional<Rectangle2D> legendBox() {
        return Optional.ofNullable(placeLegend()).map(Legend::box);
    }

    /**
     * Places the legend: of the plot area's four corners and the middles of its top and bottom edges, the first
     * place (in that order: top right, top left, bottom right, bottom left, top middle, bottom middle) whose box
     * hides none of the layers' lines and marks; when every place would hide some, the legend goes above the
     * plot area, its entries side by side, and the area gives it the room. An entry wider than the area wraps.
     */
    private Legend placeLegend() {
        List<LegendEntry> entries = legendEntries();
        if (entries.isEmpty()) {
            return null;
        }
        PlotTransform t = transform(0);
        Rectangle2D area = t.area();
        double maxText = Math.max(60, area.getWidth() - 36 - 2 * LEGEND_MARGIN);
        List<List<String>> lines = new ArrayList<>();
        double[] textWidths = new double[entries.size()];
        double textWidth = 40;
        int lineCount = 0;
        for (int i = 0; i < entries.size(); i++) {
            List<String> entryLines = TextMetrics.wrap(entries.get(i).label(), TICK_FONT, maxText);
            lines.add(entryLines);
            lineCount += entryLines.size();
            for (String line : entryLines) {
                textWidths[i] = Math.max(textWidths[i], Math.ceil(TextMetrics.width(line, TICK_FONT)));
            }
            textWidth = Math.max(textWidth, textWidths[i]);
        }
        double width = Math.ceil(36 + textWidth);
        double height = lineCount * LEGEND_ROW + 8;
        double left = area.getMinX() + LEGEND_MARGIN;
        double right = area.getMaxX() - width - LEGEND_MARGIN;
        double middle = area.getMinX() + (area.getWidth() - width) / 2;
        double top = area.getMinY() + LEGEND_MARGIN;
        double bottom = area.getMaxY() - height - LEGEND_MARGIN;
        double[][] places = {{right, top}, {left, top}, {right, bottom}, {left, bottom}, {middle, top},
            {middle, bottom}};
        List<javafx.geometry.Point2D> covered = new ArrayList<>();
        for (PlotLayer layer : List.copyOf(layers)) {
            covered.addAll(layer.coveredPixels(t));
        }
        boolean fits = width + 2 * LEGEND_MARGIN <= area.getWidth() && height + 2 * LEGEND_MARGIN <= area.getHeight();
        for (double[] place : places) {
            // A little slack around the box: a line grazing its border reads as hidden too.
            Rectangle2D slack = new Rectangle2D(place[0] - 3, place[1] - 3, width + 6, height + 6);
            if (fits && covered.stream().noneMatch(slack::contains)) {
                double[][] rows = new double[entries.size()][];
                int line = 0;
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = new double[] {place[0], place[1] + 4 + LEGEND_ROW * (line + 0.5)};
                    line += lines.get(i).size();
                }
                return new Legend(new Rectangle2D(place[0], place[1], width, height), false, entries, lines, rows);
            }
        }
        // Above the area: entries side by side, wrapping to a new row when the area's width is used up.
        double[][] rows = new double[entries.size()][];
        double x = area.getMinX();
        double rowTop = area.getMinY() + 2;
        int rowLines = 1;
        for (int i = 0; i < entries.size(); i++) {
            double w = 36 + textWidths[i];
            if (x > area.getMinX() && x + w > area.getMaxX()) {
                x = area.getMinX();
                rowTop += rowLines * LEGEND_ROW;
                rowLines = 1;
            }
            rows[i] = new double[] {x, rowTop + LEGEND_ROW * 0.5};
            rowLines = Math.max(rowLines, lines.get(i).size());
            x += w + 6;
        }
        double aboveHeight = rowTop + rowLines * LEGEND_ROW + 2 - area.getMinY();
        return new Legend(new Rectangle2D(area.getMinX(), area.getMinY(), area.getWidth(), aboveHeight), true,
                entries, lines, rows);
    }

    private void paintLegend(GraphicsContext g, Legend legend) {
        if (legend == null) {
            return;
        }
        List<LegendEntry> entries = legend.entries();
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        if (!legend.above()) {
            Rectangle2D box = legend.box();
            g.setGlobalAlpha(0.88);
            g.setFill(getBackgroundPaint());
            g.fillRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), 6, 6);
            g.setGlobalAlpha(1);
            g.setStroke(getGridPaint());
            g.setLineWidth(1);
            g.strokeRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), 6, 6);
        }
        for (int i = 0; i < entries.size(); i++) {
            LegendEntry entry = entries.get(i);
            double x = legend.rows()[i][0];
            double cy = legend.rows()[i][1];
            if (entry.dot()) {
                g.setFill(entry.color());
                g.fillOval(x + 10, cy - 4, 8, 8);
            } else {
                g.setStroke(entry.color());
                g.setLineWidth(2.5);
                g.strokeLine(x + 6, cy, x + 24, cy);
            }
            g.setFill(getForegroundPaint());
            List<String> entryLines = legend.lines().get(i);
            for (int line = 0; line < entryLines.size(); line++) {
                fillText(g, entryLines.get(line), x + 30, cy + line * LEGEND_ROW);
            }
        }
    }

    /** The title in lines that fit the canvas from the plot area's left edge (word wrap; none when empty). */
    private List<String> titleLines() {
        String heading = title.get();
        if (heading == null || heading.isEmpty()) {
            return List.of();
        }
        return TextMetrics.wrap(heading, TITLE_FONT, Math.max(80, getWidth() - LEFT - 6));
    }

    private static double snap(double pixel) {
        return Math.floor(pixel) + 0.5;
    }

    // ---- interaction ------------------------------------------------------------------------------

    private void zoom(ScrollEvent e) {
        if (!zoomAndPan.get() || e.getDeltaY() == 0) {
            return;
        }
        PlotTransform t = transform();
        double factor = e.getDeltaY() > 0 ? 1 / 1.15 : 1.15;
        Point2D centre = t.toData(e.getX(), e.getY());
        zoomAxis(xAxis, centre.getX(), factor);
        zoomAxis(yAxis, centre.getY(), factor);
        e.consume();
    }

    private static void zoomAxis(Axis axis, double centre, double factor) {
        if (axis.getScale() == Scale.LOG) {
            double c = Math.log10(centre);
            axis.setRange(Math.pow(10, c + (Math.log10(axis.getMin()) - c) * factor),
                    Math.pow(10, c + (Math.log10(axis.getMax()) - c) * factor));
        } else {
            axis.setRange(centre + (axis.getMin() - centre) * factor, centre + (axis.getMax() - centre) * factor);
        }
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressedAt = new Point2D(e.getX(), e.getY());
        pressedTransform = transform();
        dragged = false;
        if (e.getClickCount() == 2 && zoomAndPan.get()) {
            resetView();
        }
    }

    private void dragged(MouseEvent e) {
        if (pressedAt == null) {
            return;
        }
        if (pressedAt.distance(e.getX(), e.getY()) > CLICK_SLOP) {
            dragged = true;
        }
        if (dragged && zoomAndPan.get()) {
            PlotTransform t = pressedTransform;
            double dx = t.dataX(pressedAt.getX()) - t.dataX(e.getX());
            double dy = t.dataY(pressedAt.getY()) - t.dataY(e.getY());
            if (t.xScale() == Scale.LINEAR) {
                xAxis.setRange(t.xMin() + dx, t.xMax() + dx);
            }
            if (t.yScale() == Scale.LINEAR) {
                yAxis.setRange(t.yMin() + dy, t.yMax() + dy);
            }
        }
    }

    private void released(MouseEvent e) {
        if (pressedAt != null && !dragged && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
            PlotTransform t = transform();
            Consumer<Point2D> click = onDataClicked.get();
            if (click != null && t.contains(e.getX(), e.getY())) {
                click.accept(t.toData(e.getX(), e.getY()));
            }
        }
        pressedAt = null;
    }

    private void hovered(MouseEvent e) {
        PlotTransform t = transform();
        notifyHover(t.contains(e.getX(), e.getY()) ? t.toData(e.getX(), e.getY()) : null);
    }

    private void notifyHover(Point2D point) {
        Consumer<Point2D> hover = onDataHovered.get();
        if (hover != null) {
            hover.accept(point);
        }
    }

    /** A colour with its opacity scaled, for translucent fills of a layer's own colour. */
    public static Color withOpacity(Color color, double opacity) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), color.getOpacity() * opacity);
    }
}
