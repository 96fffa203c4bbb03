package deepmath.viz.network;

import deepmath.nn.Layer;
import deepmath.nn.Network;
import deepmath.nn.NetworkJson;
import deepmath.viz.color.ColorMap;
import deepmath.viz.plot.CanvasView;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The network drawn as the book draws it: inputs on the left, one column per layer, each neuron a node
 * showing its own output as a small heat map over the input plane with its bias written under it, arrows
 * coloured by the sign of their weight (red +, blue −) and as thick as its size. Dragging an arrow or a
 * neuron vertically changes that weight or bias (Shift: ten times finer); a click selects it (for exact
 * typing). The view only reports: the owner changes the network and calls {@link #refresh()}.
 */
public final class NetworkGraphView extends CanvasView {
    /** Value change per pixel of vertical drag (Shift divides it by ten). */
    public static final double DRAG_PER_PIXEL = 0.02;
    private static final Color POSITIVE = ColorMap.DIVERGING.color(0.9);
    private static final Color NEGATIVE = ColorMap.DIVERGING.color(0.1);
    private static final Color SELECTED = Color.web("#f0a30a");
    private static final Font SMALL = Font.font(10);
    private static final Font LABEL = Font.font(null, FontWeight.BOLD, 12);
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 3;

    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<Handle> selected = new SimpleObjectProperty<>(this, "selected");
    private final javafx.beans.property.DoubleProperty zoom = new javafx.beans.property.SimpleDoubleProperty(this, "zoom", 1);
    private String sizedFor = "";
    private double[] legibleSize = {420, 340};
    private Image[][] neuronImages = new Image[0][];
    private String[] inputNames = {"x", "y", "z"};
    private String[] layerTitles = new String[0];
    private BiConsumer<Handle, Double> onValueDragged = (h, v) -> { };
    private Consumer<Handle> onDragFinished = h -> { };
    private Handle hovered;
    private Handle dragging;
    private double pressY;
    private double pressValue;
    private boolean moved;

    public NetworkGraphView() {
        getStyleClass().add("network-graph");
        network.addListener(o -> {
            requestParentLayout();
            redraw();
        });
        selected.addListener(o -> redraw());
        zoom.addListener(o -> {
            requestParentLayout();
            redraw();
        });
        // Ctrl + wheel zooms (a plain wheel scrolls the pane the view sits in)
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || e.isShortcutDown()) {
                zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
    }

    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    /**
     * The drawing's scale: 1 is the smallest size at which every neuron and every weight's value is legible
     * (the view asks for that size and its scroll pane scrolls); below 1 the labels that no longer fit are
     * shown on hover only.
     */
    public javafx.beans.property.DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomBy(double factor) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
    }

    /** The zoom at which the whole network fits in a viewport of that size (at most 1). */
    public double zoomToFit(double viewportWidth, double viewportHeight) {
        double[] size = legibleSize();
        return Math.max(MIN_ZOOM, Math.min(1, Math.min(viewportWidth / size[0], viewportHeight / size[1])));
    }

    /** The smallest legible size of the current network's drawing, at zoom 1. */
    public double[] legibleSize() {
        Network net = network.get();
        if (net == null) {
            return new double[] {420, 340};
        }
        StringBuilder shape = new StringBuilder().append(net.inputs());
        for (Layer layer : net.layers()) {
            shape.append('-').append(layer.neurons());
        }
        double title = 0;
        for (String t : layerTitles) {
            title = Math.max(title, t.length() * 6.2 + 10); // each layer's title is written over its column
        }
        shape.append('/').append(title);
        if (!shape.toString().equals(sizedFor)) {
            sizedFor = shape.toString();
            legibleSize = GraphGeometry.minimumSize(net, title);
        }
        return legibleSize.clone();
    }

    /** True when every neuron and every weight's value is drawn legibly (nothing only on hover) at the current size. */
    public boolean isLegible() {
        return network.get() != null && geometry().isLegible();
    }

    /** The arrow or bias last clicked or dragged (null: none). */
    public ObjectProperty<Handle> selectedProperty() {
        return selected;
    }

    /** Each neuron's heat map, {@code [layer][neuron]}, drawn inside its node. */
    public void setNeuronImages(Image[][] images) {
        this.neuronImages = images;
        redraw();
    }

    public void setInputNames(String... names) {
        this.inputNames = names.clone();
        redraw();
    }

    /** A title over each layer's column (e.g. its activation). */
    public void setLayerTitles(String... titles) {
        this.layerTitles = titles.clone();
        requestParentLayout();
        redraw();
    }

    /** Called with the new value while a weight or bias is dragged. */
    public void setOnValueDragged(BiConsumer<Handle, Double> action) {
        this.onValueDragged = action;
    }

    /** Called once when a drag ends (e.g. to record an undo step or restart training state). */
    public void setOnDragFinished(Consumer<Handle> action) {
        this.onDragFinished = action;
    }

    /** Redraws after the network's values changed in place. */
    public void refresh() {
        redraw();
    }

    /** Where a handle is drawn (the arrow's label point, or the neuron's centre), e.g. for tests and tips. */
    public Point2D locate(Handle handle) {
        GraphGeometry g = geometry();
        return handle.isBias() ? g.node(handle.layer() + 1, handle.neuron())
                : g.labelPoint(handle.layer(), handle.neuron(), handle.input());
    }

    private GraphGeometry geometry() {
        return new GraphGeometry(network.get(), getWidth(), getHeight());
    }

    // ---- drawing ---------------------------------------------------------------------------------

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        Network net = network.get();
        if (net == null) {
            return;
        }
        GraphGeometry geo = new GraphGeometry(net, width, height);
        double maxWeight = 1e-9;
        for (Layer layer : net.layers()) {
            for (int i = 0; i < layer.neurons(); i++) {
                for (int j = 0; j < layer.inputs(); j++) {
                    maxWeight = Math.max(maxWeight, Math.abs(layer.weight(i, j)));
                }
            }
        }
        for (int l = 0; l < net.depth(); l++) {
            Layer layer = net.layer(l);
            for (int i = 0; i < layer.neurons(); i++) {
                for (int j = 0; j < layer.inputs(); j++) {
                    paintArrow(g, geo, l, i, j, layer.weight(i, j), maxWeight);
                }
            }
        }
        for (int l = 0; l < net.depth(); l++) {
            for (int i = 0; i < net.layer(l).neurons(); i++) {
                for (int j = 0; j < net.layer(l).inputs(); j++) {
                    // zoomed out below the legible size, values show on hover only (no clutter)
                    if (geo.isLegible() && geo.hasLabelPlace(l, i, j)) {
                        paintWeightLabel(g, geo, new Handle(l, i, j), net.layer(l).weight(i, j));
                    }
                }
            }
        }
        if (hovered != null && !hovered.isBias()
                && !(geo.isLegible() && geo.hasLabelPlace(hovered.layer(), hovered.neuron(), hovered.input()))) {
            paintWeightLabel(g, geo, hovered, net.layer(hovered.layer()).weight(hovered.neuron(), hovered.input()));
        }
        for (int k = 0; k < net.inputs(); k++) {
            paintInput(g, geo.node(0, k), geo.radius(), k < inputNames.length ? inputNames[k] : "x" + (k + 1));
        }
        for (int l = 0; l < net.depth(); l++) {
            for (int i = 0; i < net.layer(l).neurons(); i++) {
                paintNeuron(g, geo, l, i, net.layer(l).bias(i));
            }
            if (l < layerTitles.length) {
                g.setFont(SMALL);
                g.setFill(getForegroundPaint());
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                // centred over its column, but never past the drawing's edge
                double half = deepmath.viz.plot.TextMetrics.width(layerTitles[l], SMALL) / 2 + 2;
                double x = Math.max(half, Math.min(width - half, geo.columnX(l + 1)));
                fillText(g, layerTitles[l], x, 6);
            }
        }
    }

    private void paintArrow(GraphicsContext g, GraphGeometry geo, int l, int i, int j, double w, double maxWeight) {
        Point2D[] e = geo.edge(l, i, j);
        Handle h = new Handle(l, i, j);
        boolean highlighted = h.equals(selected.get()) || h.equals(hovered);
        g.setStroke(highlighted ? SELECTED : w >= 0 ? POSITIVE : NEGATIVE);
        g.setGlobalAlpha(w == 0 ? 0.35 : 0.9);
        g.setLineWidth((w == 0 ? 0.8 : 0.8 + 5.2 * Math.abs(w) / maxWeight) + (highlighted ? 1.5 : 0));
        g.strokeLine(e[0].getX(), e[0].getY(), e[1].getX(), e[1].getY());
        // arrow head
        Point2D d = e[1].subtract(e[0]).normalize();
        Point2D n = new Point2D(-d.getY(), d.getX());
        Point2D tip = e[1];
        Point2D back = tip.subtract(d.multiply(7));
        g.setFill(g.getStroke());
        g.fillPolygon(new double[] {tip.getX(), back.getX() + n.getX() * 3.5, back.getX() - n.getX() * 3.5},
                new double[] {tip.getY(), back.getY() + n.getY() * 3.5, back.getY() - n.getY() * 3.5}, 3);
        g.setGlobalAlpha(1);
    }

    private void paintWeightLabel(GraphicsContext g, GraphGeometry geo, Handle h, double w) {
        Point2D p = geo.labelPoint(h.layer(), h.neuron(), h.input());
        String text = format(w);
        g.setFont(SMALL);
        double textWidth = text.length() * 6 + 6;
        g.setFill(getBackgroundPaint());
        g.setGlobalAlpha(0.85);
        g.fillRoundRect(p.getX() - textWidth / 2, p.getY() - 7, textWidth, 14, 6, 6);
        g.setGlobalAlpha(1);
        g.setFill(h.equals(selected.get()) ? SELECTED.darker() : getForegroundPaint());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        fillText(g, text, p.getX(), p.getY());
    }

    private void paintInput(GraphicsContext g, Point2D c, double r, String name) {
        g.setFill(getGridPaint());
        g.fillOval(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
        g.setStroke(getForegroundPaint());
        g.setLineWidth(1);
        g.strokeOval(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
        g.setFill(getForegroundPaint());
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        fillText(g, name, c.getX(), c.getY());
    }

    private void paintNeuron(GraphicsContext g, GraphGeometry geo, int l, int i, double bias) {
        Point2D c = geo.node(l + 1, i);
        double r = geo.radius();
        Handle h = new Handle(l, i, -1);
        Image image = l < neuronImages.length && neuronImages[l] != null && i < neuronImages[l].length
                ? neuronImages[l][i] : null;
        // no clip: the picture is drawn into exactly the neuron's square, and a canvas clip costs a blend of the
        // whole canvas in the software pipeline (a 2-40-40-1 network's 81 neurons took the renderer ~20 s)
        g.save();
        if (image != null) {
            g.setImageSmoothing(true);
            g.drawImage(image, c.getX() - r, c.getY() - r, 2 * r, 2 * r);
        } else {
            g.setFill(getGridPaint());
            g.fillRect(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
        }
        g.restore();
        boolean highlighted = h.equals(selected.get()) || h.equals(hovered);
        g.setStroke(highlighted ? SELECTED : getForegroundPaint());
        g.setLineWidth(highlighted ? 3 : 1);
        g.strokeRect(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
        if (r < 12 && !highlighted) {
            return; // crowded layers: the bias is shown on hover and in the value field
        }
        g.setFont(SMALL);
        g.setFill(highlighted ? SELECTED.darker() : getForegroundPaint());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        fillText(g, "b = " + format(bias), c.getX(), c.getY() + r + 2);
    }

    /** At most three decimals, no trailing zeros: what the user can read and type back. */
    public static String format(double v) {
        double rounded = Math.round(v * 1000) / 1000.0;
        return NetworkJson.number(rounded == 0 ? 0 : rounded);
    }

    // ---- interaction -------------------------------------------------------------------------------

    private void hover(MouseEvent e) {
        if (network.get() != null) {
            setHovered(geometry().hit(e.getX(), e.getY()));
        }
    }

    private void setHovered(Handle h) {
        if (h == null ? hovered != null : !h.equals(hovered)) {
            hovered = h;
            setCursor(h == null ? Cursor.DEFAULT : Cursor.V_RESIZE);
            redraw();
        }
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || network.get() == null) {
            return;
        }
        dragging = geometry().hit(e.getX(), e.getY());
        moved = false;
        if (dragging != null) {
            pressY = e.getY();
            pressValue = value(dragging);
            selected.set(dragging);
        }
    }

    private void drag(MouseEvent e) {
        if (dragging == null) {
            return;
        }
        moved = true;
        double perPixel = e.isShiftDown() ? DRAG_PER_PIXEL / 10 : DRAG_PER_PIXEL;
        double step = e.isShiftDown() ? 1000 : 100;
        double value = Math.round((pressValue + (pressY - e.getY()) * perPixel) * step) / step;
        onValueDragged.accept(dragging, value);
    }

    private void release(MouseEvent e) {
        if (dragging != null && moved) {
            onDragFinished.accept(dragging);
        }
        dragging = null;
    }

    private double value(Handle h) {
        Layer layer = network.get().layer(h.layer());
        return h.isBias() ? layer.bias(h.neuron()) : layer.weight(h.neuron(), h.input());
    }

    @Override
    protected double computeMinWidth(double height) {
        return legibleSize()[0] * zoom.get();
    }

    @Override
    protected double computeMinHeight(double width) {
        return legibleSize()[1] * zoom.get();
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }
}
