package deepmath.viz.digits;

import deepmath.viz.color.ColorMap;
import deepmath.viz.plot.CanvasView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Many 28 × 28 digits as thumbnails with a caption under each (e.g. "7 → 1": true digit, prediction);
 * its height follows the number of rows its width allows, so it scrolls in a ScrollPane. Clicking a
 * thumbnail reports its index.
 */
public final class DigitGallery extends CanvasView {
    private static final double THUMB = 56;
    private static final double CAPTION = 16;
    private static final double GAP = 6;
    private final List<Image> images = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private IntConsumer onDigitClicked = i -> { };

    public DigitGallery() {
        getStyleClass().add("digits-gallery");
        setMinSize(THUMB + 2 * GAP, THUMB + CAPTION + 2 * GAP);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int columns = columns(getWidth());
            int col = (int) ((e.getX() - GAP) / (THUMB + GAP));
            int row = (int) ((e.getY() - GAP) / (THUMB + CAPTION + GAP));
            int index = row * columns + col;
            if (col < columns && index >= 0 && index < images.size()) {
                onDigitClicked.accept(index);
            }
        });
        widthProperty().addListener(o -> requestLayout());
    }

    /** @param digits 784 values each in [0, 1] */
    public void setDigits(List<float[]> digits, List<String> texts) {
        images.clear();
        captions.clear();
        for (float[] d : digits) {
            images.add(GreyImages.of(GreyImages.toDouble(d), 0, 28, 28, ColorMap.GREYS, 0, 1));
        }
        captions.addAll(texts);
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
        redraw();
    }

    /** Any grey pictures of {@code w} × {@code h} values in [0, 1], row by row (the model builder's data sets). */
    public void setImages(List<double[]> greys, int w, int h, List<String> texts) {
        images.clear();
        captions.clear();
        for (double[] picture : greys) {
            images.add(GreyImages.of(picture, 0, w, h, ColorMap.GREYS, 0, 1));
        }
        captions.addAll(texts);
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
        redraw();
    }

    /** Colour pictures of {@code w} × {@code h}: red, green, blue in [0, 1] a pixel, row by row (CIFAR-10's images). */
    public void setColourImages(List<double[]> rgb, int w, int h, List<String> texts) {
        images.clear();
        captions.clear();
        for (double[] picture : rgb) {
            images.add(GreyImages.rgb(picture, w, h));
        }
        captions.addAll(texts);
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
        redraw();
    }

    /** Thumbnail {@code i}, one pixel per pixel of its picture. */
    public Image image(int i) {
        return images.get(i);
    }

    public int imageCount() {
        return images.size();
    }

    public void setOnDigitClicked(IntConsumer action) {
        onDigitClicked = action;
    }

    private static int columns(double width) {
        return Math.max(1, (int) ((width - GAP) / (THUMB + GAP)));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 8 * (THUMB + GAP) + GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        int rows = (images.size() + columns(w) - 1) / columns(w);
        return Math.max(1, rows) * (THUMB + CAPTION + GAP) + GAP;
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.setFill(getBackgroundPaint());
        g.fillRect(0, 0, width, height);
        int columns = columns(width);
        g.setImageSmoothing(false);
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < images.size(); i++) {
            double x = GAP + (i % columns) * (THUMB + GAP);
            double y = GAP + (i / columns) * (THUMB + CAPTION + GAP);
            // a picture wider than high (or higher than wide) keeps its proportions, centred in its square
            Image image = images.get(i);
            double longer = Math.max(image.getWidth(), image.getHeight());
            double w = THUMB * image.getWidth() / longer;
            double h = THUMB * image.getHeight() / longer;
            g.drawImage(image, x + (THUMB - w) / 2, y + (THUMB - h) / 2, w, h);
            g.setFill(getForegroundPaint());
            fillText(g, captions.get(i), x + THUMB / 2, y + THUMB + 1);
        }
    }
}
