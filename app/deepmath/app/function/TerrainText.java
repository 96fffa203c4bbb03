package deepmath.app.function;

import deepmath.terrain.Terrain;
import deepmath.terrain.TopographicMap;
import deepmath.viz.i18n.Messages;
import java.util.Locale;

/** The topographic map's readouts in the current language (no controls: the panel shows them). */
final class TerrainText {
    private TerrainText() {
    }

    /** The height under the mouse, or the hint when it is off the terrain. */
    static String hover(Messages messages, Terrain terrain, double x, double y) {
        double h = terrain.field().value(x, y);
        if (Double.isNaN(h)) {
            return messages.get("terrain.hover.none");
        }
        return messages.get("terrain.hover", fixed(h, 0), fixed(x, 2), fixed(y, 2));
    }

    /** The picked point: where, how high, ∇h, the slope and how far apart the lines are there. */
    static String slope(Messages messages, Terrain terrain, TopographicMap.Slope s, int interval) {
        double[] degrees = terrain.degrees(s.x(), s.y());
        StringBuilder text = new StringBuilder();
        text.append(messages.get("terrain.point", fixed(s.x(), 2), fixed(s.y(), 2), fixed(degrees[1], 4),
                fixed(-degrees[0], 4))).append('\n');
        text.append(messages.get("terrain.height", fixed(s.height(), 1))).append('\n');
        text.append(messages.get("terrain.gradient", fixed(s.dhdx(), 0), fixed(s.dhdy(), 0), fixed(s.steepness(), 0)))
                .append('\n');
        text.append(messages.get("terrain.slope", fixed(s.percent(), 1), fixed(s.degrees(), 1))).append('\n');
        double spacing = s.lineSpacing(interval);
        text.append(Double.isFinite(spacing) && spacing < 1e5
                ? messages.get("terrain.spacing", String.valueOf(interval), fixed(spacing, 0))
                : messages.get("terrain.flat"));
        if (s.descent().size() > 1) {
            double[] end = s.descent().get(s.descent().size() - 1);
            text.append('\n').append(messages.get("terrain.descentEnd", fixed(terrain.field().value(end[0], end[1]), 0),
                    fixed(end[0], 2), fixed(end[1], 2)));
        }
        return text.toString();
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
