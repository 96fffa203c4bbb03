package deepmath.viz.plot;

import deepmath.grid.GridValues;
import deepmath.viz.color.ColorMap;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints grid values with a colour map: one pixel per grid node, the row of the largest y on top (so the
 * image can be laid over the plane with {@link ImageLayer}). Non-finite values are transparent.
 */
public final class HeatMapImage {
    private HeatMapImage() {
    }

    public static WritableImage render(GridValues values, ColorMap map, double min, double max) {
        int nx = values.grid().nx();
        int ny = values.grid().ny();
        WritableImage image = new WritableImage(nx, ny);
        paint(values, map, min, max, image);
        return image;
    }

    /** Repaints into an existing image of the grid's size (no allocation: for live updates). */
    public static void paint(GridValues values, ColorMap map, double min, double max, WritableImage image) {
        int nx = values.grid().nx();
        int ny = values.grid().ny();
        if ((int) image.getWidth() != nx || (int) image.getHeight() != ny) {
            throw new IllegalArgumentException("image is " + image.getWidth() + "x" + image.getHeight()
                    + ", grid is " + nx + "x" + ny);
        }
        float[] v = values.values();
        double scale = max > min ? 1.0 / (max - min) : 0;
        int[] argb = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            int row = (ny - 1 - j) * nx;
            int source = j * nx;
            for (int i = 0; i < nx; i++) {
                float value = v[source + i];
                argb[row + i] = Float.isFinite(value) ? map.argb(scale == 0 ? 0.5 : (value - min) * scale) : 0;
            }
        }
        image.getPixelWriter().setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), argb, 0, nx);
    }
}
