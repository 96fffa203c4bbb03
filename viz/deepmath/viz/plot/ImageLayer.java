package deepmath.viz.plot;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;

/**
 * An image stretched over the data rectangle [xMin, xMax] × [yMin, yMax] (its top row at yMax): a heat map
 * of a function from {@link HeatMapImage}, a photo, a decision region.
 */
public final class ImageLayer implements PlotLayer {
    private final Image image;
    private final Rectangle2D extent;
    private final boolean smooth;
    private final double opacity;

    /** @param smooth interpolate between pixels (false shows each cell as a crisp square) */
    public ImageLayer(Image image, double xMin, double xMax, double yMin, double yMax, boolean smooth,
                      double opacity) {
        this.image = image;
        this.extent = new Rectangle2D(xMin, yMin, xMax - xMin, yMax - yMin);
        this.smooth = smooth;
        this.opacity = opacity;
    }

    @Override
    public void draw(GraphicsContext g, PlotTransform t) {
        double left = t.px(extent.getMinX());
        double right = t.px(extent.getMaxX());
        double top = t.py(extent.getMaxY());
        double bottom = t.py(extent.getMinY());
        g.setImageSmoothing(smooth);
        g.setGlobalAlpha(opacity);
        g.drawImage(image, left, top, right - left, bottom - top);
    }

    @Override
    public Optional<Rectangle2D> bounds() {
        return Optional.of(extent);
    }
}
