package deepmath.viz.color;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * A colour scale: t in [0, 1] → colour, interpolated linearly between evenly spaced stops (taken from
 * matplotlib's / ColorBrewer's published tables). Sequential maps for values (viridis, magma, blues, greys),
 * a diverging map centred on white for signed values (weights, gradients).
 */
public final class ColorMap {
    public static final ColorMap VIRIDIS = new ColorMap("viridis", false,
            "#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725");
    public static final ColorMap MAGMA = new ColorMap("magma", false,
            "#000004", "#1c1044", "#4f127b", "#812581", "#b5367a", "#e55064", "#fb8761", "#fec287", "#fcfdbf");
    public static final ColorMap BLUES = new ColorMap("blues", false,
            "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b");
    public static final ColorMap GREYS = new ColorMap("greys", false, "#000000", "#ffffff");
    /** Blue for negative, white for zero, red for positive (ColorBrewer RdBu, reversed). */
    public static final ColorMap DIVERGING = new ColorMap("diverging", true,
            "#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7",
            "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f");

    /**
     * Hypsometric tints for a terrain: green lowlands, yellow, brown heights, white tops — the land part (t ≥ 0.25)
     * of matplotlib's "terrain" map. Not among {@link #all()}: only the topographic map uses it.
     */
    public static final ColorMap TERRAIN = new ColorMap("terrain", false, "#00cc66", "#ffff99", "#805c54", "#ffffff");

    private static final List<ColorMap> ALL = List.of(VIRIDIS, MAGMA, BLUES, GREYS, DIVERGING);
    /** Odd, so that t = 0.5 (zero on a symmetric diverging scale) has its own exact entry. */
    private static final int LUT_SIZE = 257;

    private final String name;
    private final boolean diverging;
    private final Color[] stops;
    private final int[] lut = new int[LUT_SIZE];

    private ColorMap(String name, boolean diverging, String... hexStops) {
        this.name = name;
        this.diverging = diverging;
        this.stops = new Color[hexStops.length];
        for (int i = 0; i < hexStops.length; i++) {
            stops[i] = Color.web(hexStops[i]);
        }
        for (int i = 0; i < LUT_SIZE; i++) {
            lut[i] = toArgb(interpolate(i / (double) (LUT_SIZE - 1)));
        }
    }

    public static List<ColorMap> all() {
        return ALL;
    }

    public static Optional<ColorMap> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(m -> m.name.equals(wanted)).findFirst();
    }

    public String name() {
        return name;
    }

    /** True for maps meant to be centred on zero (use a symmetric range −m..m). */
    public boolean isDiverging() {
        return diverging;
    }

    /** The colour at {@code t} (clamped to [0, 1]); transparent for NaN. */
    public Color color(double t) {
        return Double.isNaN(t) ? Color.TRANSPARENT : interpolate(clamp(t));
    }

    /** The packed ARGB colour at {@code t}, from a 257-entry table (fast enough for per-pixel use). */
    public int argb(double t) {
        if (Double.isNaN(t)) {
            return 0;
        }
        return lut[(int) Math.round(clamp(t) * (LUT_SIZE - 1))];
    }

    /** A colour for {@code value} on the scale [min, max]. */
    public Color color(double value, double min, double max) {
        return color(max > min ? (value - min) / (max - min) : 0.5);
    }

    private Color interpolate(double t) {
        double position = t * (stops.length - 1);
        int low = Math.min((int) Math.floor(position), stops.length - 2);
        return stops[low].interpolate(stops[low + 1], position - low);
    }

    private static double clamp(double t) {
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }

    static int toArgb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24
                | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @Override
    public String toString() {
        return name;
    }
}
