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

    public static double[] toDouble(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return d;
    }
}
