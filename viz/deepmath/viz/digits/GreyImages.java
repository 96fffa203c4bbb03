package deepmath.viz.digits;

import deepmath.viz.color.ColorMap;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** Pixel images of value grids (digits, kernels, feature maps) through a colour map. */
public final class GreyImages {
    private GreyImages() {
    }

    /** A w × h image of {@code values} (row by row, from {@code offset}) mapped from [min, max]. */
    public static WritableImage of(double[] values, int offset, int w, int h, ColorMap map, double min, double max) {
        WritableImage image = new WritableImage(w, h);
        PixelWriter writer = image.getPixelWriter();
        double range = max > min ? max - min : 1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double t = (values[offset + y * w + x] - min) / range;
                writer.setArgb(x, y, map.argb(Math.max(0, Math.min(1, t))));
            }
        }
        return image;
    }

    /** A w × h colour image of {@code rgb}: red, green, blue in [0, 1] for each pixel, row by row (channels last). */
    public static WritableImage rgb(double[] rgb, int w, int h) {
        WritableImage image = new WritableImage(w, h);
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int at = 3 * (y * w + x);
                writer.setArgb(x, y, 0xff000000 | channel(rgb[at]) << 16 | channel(rgb[at + 1]) << 8 | channel(rgb[at + 2]));
            }
        }
        return image;
    }

    /** A value of [0, 1] as a byte 0 … 255, rounded to the nearest. */
    private static int channel(double v) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, v)));
    }

    public static double[] toDouble(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return d;
    }
}
