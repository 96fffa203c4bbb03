package deepmath.viz.contour;

import deepmath.grid.GridValues;
import deepmath.viz.color.ColorMap;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Filled contours: every grid node takes the colour of the band between two consecutive levels it falls
 * in (the band's middle on the colour map), so the map reads as flat steps like a relief map.
 */
public final class FilledContours {
    private FilledContours() {
    }

    /** One pixel per node, largest y on top (as {@link deepmath.viz.plot.HeatMapImage}). */
    public static WritableImage render(GridValues values, double[] levels, ColorMap map, double min, double max) {
        int nx = values.grid().nx();
        int ny = values.grid().ny();
        int bands = levels.length + 1;
        int[] bandColour = new int[bands];
        for (int b = 0; b < bands; b++) {
            double lo = b == 0 ? min : levels[b - 1];
            double hi = b == bands - 1 ? max : levels[b];
            bandColour[b] = map.argb(max > min ? ((lo + hi) / 2 - min) / (max - min) : 0.5);
        }
        float[] v = values.values();
        int[] argb = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            int row = (ny - 1 - j) * nx;
            for (int i = 0; i < nx; i++) {
                float value = v[j * nx + i];
                argb[row + i] = Float.isFinite(value) ? bandColour[band(levels, value)] : 0;
            }
        }
        WritableImage image = new WritableImage(nx, ny);
        image.getPixelWriter().setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), argb, 0, nx);
        return image;
    }

    /** Number of levels ≤ value (binary search: levels are sorted). */
    static int band(double[] levels, double value) {
        int lo = 0;
        int hi = levels.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (levels[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
