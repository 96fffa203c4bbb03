package deepmath.viz.tensor;

import deepmath.tensor.Tensor;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Pictures of data tensors: an image tensor (h, w, 3) as the colour picture it is, one of its channels
 * T[:, :, c] alone (in its own colour, black where the value is 0), and image k of a digit batch (n, 28, 28, 1)
 * as the digit is drawn (ink dark on light), and a feature map of such a batch (white high, black low).
 */
public final class TensorImages {
    private TensorImages() {
    }

    /** The picture of a tensor (h, w, 3) of values 0..255. */
    public static WritableImage colour(Tensor t) {
        int h = t.length(0);
        int w = t.length(1);
        WritableImage image = new WritableImage(w, h);
        PixelWriter out = image.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int base = (y * w + x) * 3;
                out.setArgb(x, y, 0xff000000 | byteOf(t.flat(base)) << 16 | byteOf(t.flat(base + 1)) << 8
                        | byteOf(t.flat(base + 2)));
            }
        }
        return image;
    }

    /** Channel c (0 red, 1 green, 2 blue) of a tensor (h, w, 3), drawn in that channel's colour. */
    public static WritableImage channel(Tensor t, int c) {
        int h = t.length(0);
        int w = t.length(1);
        int channels = t.length(2);
        WritableImage image = new WritableImage(w, h);
        PixelWriter out = image.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = byteOf(t.flat((y * w + x) * channels + c));
                out.setArgb(x, y, 0xff000000 | v << (16 - 8 * c));
            }
        }
        return image;
    }

    /** Digit k of a batch (n, 28, 28, 1), pixels in [0, 1]: ink dark on a light background. */
    public static WritableImage digit(Tensor batch, int k) {
        int h = batch.length(1);
        int w = batch.length(2);
        WritableImage image = new WritableImage(w, h);
        PixelWriter out = image.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = 255 - byteOf(255 * batch.flat(((k * h) + y) * w + x));
                out.setArgb(x, y, 0xff000000 | v << 16 | v << 8 | v);
            }
        }
        return image;
    }

    /**
     * Map k of a batch of feature maps (n, h, w, 1) on the common scale [min, max]: white where the output is
     * high, black where it is low (as the book draws what a network sees).
     */
    public static WritableImage featureMap(Tensor maps, int k, double min, double max) {
        int h = maps.length(1);
        int w = maps.length(2);
        double scale = max > min ? 255 / (max - min) : 0;
        WritableImage image = new WritableImage(w, h);
        PixelWriter out = image.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = byteOf((maps.flat(((k * h) + y) * w + x) - min) * scale);
                out.setArgb(x, y, 0xff000000 | v << 16 | v << 8 | v);
            }
        }
        return image;
    }

    private static int byteOf(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
