package deepmath.viz.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;

/**
 * Base of the canvas-drawn views (plots, colour bars, diagrams): a canvas that follows the region's size,
 * redrawn at most once per frame however many times {@link #redraw()} is called, with its colours taken from
 * CSS ({@code -dm-canvas-background}, {@code -dm-canvas-foreground}, {@code -dm-canvas-grid}) so that the
 * light and dark themes both apply.
 *
 * <p>Subclasses draw their texts with {@link #fillText(GraphicsContext, String, double, double)} rather than
 * {@code g.fillText}: the view then remembers what it drew ({@link #drawnTexts()}), which is how the UI guard
 * tests check canvas-drawn titles, legends and captions for translation and clipping.
 */
public abstract class CanvasView extends Region implements DrawnTexts {
    private static final StyleablePropertyFactory<CanvasView> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final Canvas canvas = new Canvas();
    private final StyleableProperty<Paint> background =
            CSS.createStyleablePaintProperty(this, "canvasBackground", "-dm-canvas-background",
                    v -> v.background, Color.WHITE);
    private final StyleableProperty<Paint> foreground =
            CSS.createStyleablePaintProperty(this, "canvasForeground", "-dm-canvas-foreground",
                    v -> v.foreground, Color.web("#57606a"));
    private final StyleableProperty<Paint> grid =
            CSS.createStyleablePaintProperty(this, "canvasGrid", "-dm-canvas-grid",
                    v -> v.grid, Color.web("#d8dee4"));
    private boolean dirty = true;
    private final List<Drawn> drawn = new ArrayList<>();

    /** What one fillText call drew; measured only when a test asks (painting stays cheap). */
    private record Drawn(String text, double x, double y, double maxWidth, Font font,
                         javafx.scene.text.TextAlignment align, javafx.geometry.VPos baseline, Affine transform) {
    }

    protected CanvasView() {
        getStyleClass().add("canvas-view");
        getChildren().add(canvas);
        for (StyleableProperty<Paint> colour : List.of(background, foreground, grid)) {
            ((ObservableValue<?>) colour).addListener(o -> redraw());
        }
    }

    /** Asks for a repaint on the next frame (cheap to call often: repaints coalesce). */
    public final void redraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            dirty = true;
        }
        if (dirty && width > 0 && height > 0) {
            dirty = false;
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.save();
            g.clearRect(0, 0, width, height);
            drawn.clear();
            paint(g, width, height);
            g.restore();
        }
    }

    /** Draws the whole view; the context is cleared and restored around the call. */
    protected abstract void paint(GraphicsContext g, double width, double height);

    /** Draws {@code text} with the context's current font, alignment and transform, and remembers it. */
    protected final void fillText(GraphicsContext g, String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        drawn.add(new Drawn(text, x, y, Double.NaN, g.getFont(), g.getTextAlign(), g.getTextBaseline(),
                g.getTransform()));
        g.fillText(text, x, y);
    }

    /**
     * As {@link #fillText(GraphicsContext, String, double, double)} with a maximum width. A text wider than
     * {@code maxWidth} is drawn condensed, which {@link #drawnTexts()} reports as squeezed.
     */
    protected final void fillText(GraphicsContext g, String text, double x, double y, double maxWidth) {
        if (text == null || text.isEmpty()) {
            return;
        }
        drawn.add(new Drawn(text, x, y, maxWidth, g.getFont(), g.getTextAlign(), g.getTextBaseline(),
                g.getTransform()));
        g.fillText(text, x, y, maxWidth);
    }

    @Override
    public List<DrawnText> drawnTexts() {
        return drawn.stream().map(CanvasView::measure).toList();
    }

    private static DrawnText measure(Drawn d) {
        Text probe = new Text(d.text());
        probe.setFont(d.font());
        Bounds natural = probe.getLayoutBounds();
        double width = natural.getWidth();
        double shown = Double.isNaN(d.maxWidth()) ? width : Math.min(width, d.maxWidth());
        double left = switch (d.align()) {
            case CENTER -> d.x() - shown / 2;
            case RIGHT -> d.x() - shown;
            default -> d.x();
        };
        double ascent = -natural.getMinY();
        double height = natural.getHeight();
        double top = switch (d.baseline()) {
            case TOP -> d.y();
            case CENTER -> d.y() - height / 2;
            case BOTTOM -> d.y() - height;
            default -> d.y() - ascent;
        };
        Bounds local = new BoundingBox(left, top, shown, height);
        boolean squeezed = !Double.isNaN(d.maxWidth()) && width > d.maxWidth() + 0.5;
        return new DrawnText(d.text(), d.transform().transform(local), squeezed);
    }

    public Paint getBackgroundPaint() {
        return background.getValue();
    }

    public Paint getForegroundPaint() {
        return foreground.getValue();
    }

    public Paint getGridPaint() {
        return grid.getValue();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
