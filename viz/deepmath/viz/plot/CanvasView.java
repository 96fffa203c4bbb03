package deepmath.viz.plot;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Base of the canvas-drawn views (plots, colour bars, diagrams): a canvas that follows the region's size,
 * redrawn at most once per frame however many times {@link #redraw()} is called, with its colours taken from
 * CSS ({@code -dm-canvas-background}, {@code -dm-canvas-foreground}, {@code -dm-canvas-grid}) so that the
 * light and dark themes both apply.
 */
public abstract class CanvasView extends Region {
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
            paint(g, width, height);
            g.restore();
        }
    }

    /** Draws the whole view; the context is cleared and restored around the call. */
    protected abstract void paint(GraphicsContext g, double width, double height);

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
