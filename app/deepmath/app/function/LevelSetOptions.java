package deepmath.app.function;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.viz.color.ColorMap;
import deepmath.calculus.MinimumSearch;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How the level-sets lab draws the shared function: how many levels (or the user's own), filled bands, labels,
 * colour map, grid resolution, the gradient field and its density, the steepest-slope line, the directional
 * derivative along a vector v and the search for the minimum. The controls are
 * bound to it; the session is written from it.
 */
final class LevelSetOptions {
    static final int MIN_LEVELS = 3;
    static final int MAX_LEVELS = 40;
    static final int MIN_DENSITY = 6;
    static final int MAX_DENSITY = 40;
    static final int MIN_RESOLUTION = 40;
    static final int MAX_RESOLUTION = 400;

    /** The options as one value (sessions, and tests comparing two windows). */
    record Values(int levelCount, String userLevels, boolean filled, boolean labels, String colorMap,
                  int resolution, boolean field, int density, boolean steepest, boolean directional, double h,
                  double k, String searchMethod, int searchSize, boolean searched) {
        static final Values DEFAULT = new Values(12, "", true, true, ColorMap.VIRIDIS.name(), 200, true, 16, true,
                true, 1, 0.5, MinimumSearch.Method.GRID.name(), 100, false);
    }

    /** The most points, grid lines or slices a search takes from the control (the model's own limits). */
    static int maxSearchSize(MinimumSearch.Method method) {
        return switch (method) {
            case GRID -> 400;
            case RANDOM -> 100_000;
            case SLICES -> MinimumSearch.MAX_SLICES;
        };
    }

    final IntegerProperty levelCount = new SimpleIntegerProperty(this, "levelCount", 12);
    /** The levels the user typed and confirmed ("" for evenly spaced ones). */
    final StringProperty userLevels = new SimpleStringProperty(this, "userLevels", "");
    final BooleanProperty filled = new SimpleBooleanProperty(this, "filled", true);
    final BooleanProperty labels = new SimpleBooleanProperty(this, "labels", true);
    final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(this, "colorMap", ColorMap.VIRIDIS);
    final IntegerProperty resolution = new SimpleIntegerProperty(this, "resolution", 200);
    final BooleanProperty field = new SimpleBooleanProperty(this, "field", true);
    final IntegerProperty density = new SimpleIntegerProperty(this, "density", 16);
    final BooleanProperty steepest = new SimpleBooleanProperty(this, "steepest", true);
    /** The directional derivative D_v f at the picked point along v = (h, k), shown or not (book ch. 7 §2.4). */
    final BooleanProperty directional = new SimpleBooleanProperty(this, "directional", true);
    final DoubleProperty h = new SimpleDoubleProperty(this, "h", 1);
    final DoubleProperty k = new SimpleDoubleProperty(this, "k", 0.5);
    /** The book's elementary search for the minimum (ch. 3 §2.4): method, its N, and whether it was run. */
    final ObjectProperty<MinimumSearch.Method> searchMethod = new SimpleObjectProperty<>(this, "searchMethod",
            MinimumSearch.Method.GRID);
    final IntegerProperty searchSize = new SimpleIntegerProperty(this, "searchSize", 100);
    final BooleanProperty searched = new SimpleBooleanProperty(this, "searched");

    Values values() {
        return new Values(levelCount.get(), userLevels.get(), filled.get(), labels.get(), colorMap.get().name(),
                resolution.get(), field.get(), density.get(), steepest.get(), directional.get(), h.get(), k.get(),
                searchMethod.get().name(), searchSize.get(), searched.get());
    }

    void set(Values v) {
        levelCount.set(v.levelCount());
        userLevels.set(v.userLevels());
        filled.set(v.filled());
        labels.set(v.labels());
        colorMap.set(ColorMap.byName(v.colorMap()).orElse(ColorMap.VIRIDIS));
        resolution.set(v.resolution());
        field.set(v.field());
        density.set(v.density());
        steepest.set(v.steepest());
        directional.set(v.directional());
        h.set(v.h());
        k.set(v.k());
        searchMethod.set(MinimumSearch.Method.valueOf(v.searchMethod()));
        searchSize.set(v.searchSize());
        searched.set(v.searched());
    }

    static ObjectNode save(Values v) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("levelCount", v.levelCount());
        node.put("userLevels", v.userLevels());
        node.put("filled", v.filled());
        node.put("labels", v.labels());
        node.put("colorMap", v.colorMap());
        node.put("resolution", v.resolution());
        node.put("field", v.field());
        node.put("density", v.density());
        node.put("steepest", v.steepest());
        node.put("directional", v.directional());
        node.put("h", v.h());
        node.put("k", v.k());
        node.put("searchMethod", v.searchMethod().toLowerCase(java.util.Locale.ROOT));
        node.put("searchSize", v.searchSize());
        node.put("searched", v.searched());
        return node;
    }

    /** Reads what {@link #save} wrote; a missing field keeps its default, as in sessions older than this part. */
    static Values read(JsonNode node) {
        DisplayFields f = new DisplayFields(node, "level-sets");
        Values d = Values.DEFAULT;
        String levels = f.text("userLevels", d.userLevels());
        String bad = UserLevels.firstBad(levels);
        if (bad != null) {
            throw new BadInputException(SessionProblem.LEVELS_USER_LEVELS, bad);
        }
        String methodText = f.text("searchMethod", d.searchMethod()).toUpperCase(java.util.Locale.ROOT);
        MinimumSearch.Method method = java.util.Arrays.stream(MinimumSearch.Method.values())
                .filter(m -> m.name().equals(methodText)).findFirst()
                .orElseThrow(() -> new BadInputException(SessionProblem.FIELD_COLOR_MAP, "level-sets: 'searchMethod'",
                        "grid, random, slices", methodText.toLowerCase(java.util.Locale.ROOT)));
        double max = deepmath.grid.PlotWindow.MAX_ABS;
        return new Values(f.integer("levelCount", MIN_LEVELS, MAX_LEVELS, d.levelCount()), levels,
                f.bool("filled", d.filled()), f.bool("labels", d.labels()), f.colorMap("colorMap").name(),
                f.integer("resolution", MIN_RESOLUTION, MAX_RESOLUTION, d.resolution()), f.bool("field", d.field()),
                f.integer("density", MIN_DENSITY, MAX_DENSITY, d.density()), f.bool("steepest", d.steepest()),
                f.bool("directional", d.directional()), f.number("h", -max, max, d.h()), f.number("k", -max, max, d.k()),
                method.name(), f.integer("searchSize", method == MinimumSearch.Method.GRID ? 2 : 1, maxSearchSize(method), Math.min(d.searchSize(),
                        maxSearchSize(method))), f.bool("searched", d.searched()));
    }
}
