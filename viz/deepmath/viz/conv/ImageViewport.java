package deepmath.viz.conv;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Zoom and pan shared by several {@link ZoomableImageView}s, so that "before" and "after" stay aligned:
 * {@code centerX, centerY} is the image point (in pixels of the source) shown in the middle of each view,
 * {@code zoom} how many screen pixels one image pixel takes; zoom 0 means "fit the whole image".
 */
public final class ImageViewport {
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 0);
    private final DoubleProperty centerX = new SimpleDoubleProperty(this, "centerX", 0);
    private final DoubleProperty centerY = new SimpleDoubleProperty(this, "centerY", 0);

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty centerXProperty() {
        return centerX;
    }

    public DoubleProperty centerYProperty() {
        return centerY;
    }

    /** Back to "fit the whole image". */
    public void fit() {
        zoom.set(0);
    }
}
