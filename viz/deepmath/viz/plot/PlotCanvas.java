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

    public PlotCanvas() {
        getStyleClass().add("plot-canvas");
        InvalidationListener repaint = o -> redraw();
        for (Axis axis : List.of(xAxis, yAxis)) {
            axis.minProperty().addListener(repaint);
            axis.maxProperty().addListener(repaint);
            axis.scaleProperty().addListener(repaint);
            axis.labelProperty().addListener(repaint);
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
        double top = TOP + (title.get() == null || title.get().isEmpty() ? 0 : TITLE_HEIGHT);
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
        paintLegend(g, area);
    }

    private Axis effective(Axis axis, double min, double max) {
        Axis copy = new Axis();
        copy.scaleProperty().set(axis.getScale());
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
        String heading = title.get();
        if (heading != null && !heading.isEmpty()) {
            g.setFont(TITLE_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            fillText(g, heading, area.getMinX(), 6);
        }
    }

    private void paintLegend(GraphicsContext g, Rectangle2D area) {
        List<LegendEntry> entries = new ArrayList<>();
        layers.forEach(layer -> layer.legend().ifPresent(entries::add));
        if (entries.isEmpty()) {
            return;
        }
        g.setFont(TICK_FONT);
        double rowHeight = 16;
        double width = 34 + entries.stream().mapToDouble(e -> e.label().length() * 6.2).max().orElse(40);
        double x = area.getMaxX() - width - 8;
        double y = area.getMinY() + 8;
        g.setGlobalAlpha(0.88);
        g.setFill(getBackgroundPaint());
        g.fillRoundRect(x, y, width, entries.size() * rowHeight + 8, 6, 6);
        g.setGlobalAlpha(1);
        g.setStroke(getGridPaint());
        g.strokeRoundRect(x, y, width, entries.size() * rowHeight + 8, 6, 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < entries.size(); i++) {
            LegendEntry entry = entries.get(i);
            double cy = y + 4 + rowHeight * (i + 0.5);
            if (entry.dot()) {
                g.setFill(entry.color());
                g.fillOval(x + 10, cy - 4, 8, 8);
            } else {
                g.setStroke(entry.color());
                g.setLineWidth(2.5);
                g.strokeLine(x + 6, cy, x + 24, cy);
            }
            g.setFill(getForegroundPaint());
            fillText(g, entry.label(), x + 30, cy);
        }
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
