package deepmath.viz.conv;

import deepmath.viz.plot.CanvasView;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * An image drawn with crisp pixels at any zoom, wheel to zoom around the pointer, drag to pan, double-click
 * to fit. Its {@link ImageViewport} can be shared with another view (before/after side by side). Hovering
 * reports the image pixel under the pointer (x = column, y = row) in the image's own coordinates, or null.
 */
public final class ZoomableImageView extends CanvasView {
    private final ImageViewport viewport;
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final ObjectProperty<BiConsumer<Integer, Integer>> onPixelHovered = new SimpleObjectProperty<>(this, "hover");
    /** The block marked by the inspector, {x, y, width, height} in this image's pixels, or null. */
    private int[] marked;
    private double dragX;
    private double dragY;

    public ZoomableImageView(ImageViewport viewport) {
        this.viewport = viewport;
        getStyleClass().add("zoomable-image");
        image.addListener(o -> redraw());
        caption.addListener(o -> redraw());
        viewport.zoomProperty().addListener(o -> redraw());
        viewport.centerXProperty().addListener(o -> redraw());
        viewport.centerYProperty().addListener(o -> redraw());
        addEventHandler(ScrollEvent.SCROLL, this::zoomed);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
            if (e.getClickCount() == 2) {
                viewport.fit();
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> notifyHover(null));
    }

    public ObjectProperty<Image> imageProperty() {
        return image;
    }

    public StringProperty captionProperty() {
        return caption;
    }

    public ObjectProperty<BiConsumer<Integer, Integer>> onPixelHoveredProperty() {
        return onPixelHovered;
    }

    /**
     * Shows opaque ARGB pixels, row by row, as the image: written into the image shown when it has that size
     * (a live preview redraws without a new image at every change), otherwise into a new one.
     */
    public void showPixels(int width, int height, int[] argb) {
        javafx.scene.image.WritableImage shown = image.get() instanceof javafx.scene.image.WritableImage w
                && (int) w.getWidth() == width && (int) w.getHeight() == height
                ? w : new javafx.scene.image.WritableImage(width, height);
        shown.getPixelWriter().setPixels(0, 0, width, height,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        if (image.get() == shown) {
            redraw();
        } else {
            image.set(shown);
        }
    }

    /**
     * Marks the block {x, y, width, height} of image pixels (a single pixel is {x, y, 1, 1}; null: none)
     * with a frame at least 6 screen pixels wide, so that a single pixel stays visible when zoomed out.
     */
    public void mark(int[] block) {
        if (block != null && block.length != 4) {
            throw new IllegalArgumentException("a marked block is {x, y, width, height}");
        }
        marked = block == null ? null : block.clone();
        redraw();
    }

    /** The marked block {x, y, width, height}, or null. */
    public int[] marked() {
        return marked == null ? null : marked.clone();
    }

    /** Screen pixels per image pixel now (the fit zoom when the viewport says 0). */
    private double scale() {
        Image img = image.get();
        if (img == null) {
            return 1;
        }
        double z = viewport.zoomProperty().get();
        return z > 0 ? z : Math.min(getWidth() / img.getWidth(), (getHeight() - 20) / img.getHeight());
    }

    private double[] center() {
        Image img = image.get();
        if (viewport.zoomProperty().get() <= 0 && img != null) {
            return new double[] {img.getWidth() / 2, img.getHeight() / 2};
        }
        return new double[] {viewport.centerXProperty().get(), viewport.centerYProperty().get()};
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        Image img = image.get();
        if (img != null) {
            double s = scale();
            double[] c = center();
            double left = width / 2 - c[0] * s;
            double top = (height + 20) / 2 - c[1] * s;
            g.setImageSmoothing(s < 1);
            g.drawImage(img, left, top, img.getWidth() * s, img.getHeight() * s);
            if (marked != null) {
                g.setStroke(Color.web("#ff3b30"));
                g.setLineWidth(2);
                double w = Math.max(6, marked[2] * s);
                double h = Math.max(6, marked[3] * s);
                double cx = left + (marked[0] + marked[2] / 2.0) * s;
                double cy = top + (marked[1] + marked[3] / 2.0) * s;
                g.strokeRect(cx - w / 2, cy - h / 2, w, h);
            }
        }
        g.setFill(getForegroundPaint());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        fillText(g, caption.get(), 6, 3);
    }

    private void zoomed(ScrollEvent e) {
        Image img = image.get();
        if (img == null || e.getDeltaY() == 0) {
            return;
        }
        double s = scale();
        double[] c = center();
        double factor = e.getDeltaY() > 0 ? 1.25 : 0.8;
        double next = Math.max(0.05, Math.min(64, s * factor));
        // Keep the image point under the pointer where it is.
        double px = c[0] + (e.getX() - getWidth() / 2) / s;
        double py = c[1] + (e.getY() - (getHeight() + 20) / 2) / s;
        viewport.centerXProperty().set(px - (e.getX() - getWidth() / 2) / next);
        viewport.centerYProperty().set(py - (e.getY() - (getHeight() + 20) / 2) / next);
        viewport.zoomProperty().set(next);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (image.get() == null) {
            return;
        }
        double s = scale();
        double[] c = center();
        viewport.centerXProperty().set(c[0] - (e.getX() - dragX) / s);
        viewport.centerYProperty().set(c[1] - (e.getY() - dragY) / s);
        viewport.zoomProperty().set(s);
        dragX = e.getX();
        dragY = e.getY();
    }

    private void hover(double x, double y) {
        Image img = image.get();
        if (img == null) {
            notifyHover(null);
            return;
        }
        double s = scale();
        double[] c = center();
        int col = (int) Math.floor(c[0] + (x - getWidth() / 2) / s);
        int row = (int) Math.floor(c[1] + (y - (getHeight() + 20) / 2) / s);
        notifyHover(col >= 0 && row >= 0 && col < img.getWidth() && row < img.getHeight() ? new int[] {col, row} : null);
    }

    private void notifyHover(int[] pixel) {
        BiConsumer<Integer, Integer> listener = onPixelHovered.get();
        if (listener != null) {
            listener.accept(pixel == null ? null : pixel[0], pixel == null ? null : pixel[1]);
        }
    }
}
