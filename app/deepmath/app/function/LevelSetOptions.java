package deepmath.app.function;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.viz.color.ColorMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How the level-sets lab draws the shared function: how many levels (or the user's own), filled bands, labels,
 * colour map, grid resolution, the gradient field and its density, the steepest-slope line. The controls are
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
                  int resolution, boolean field, int density, boolean steepest) {
        static final Values DEFAULT = new Values(12, "", true, true, ColorMap.VIRIDIS.name(), 200, true, 16, true);
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

    Values values() {
        return new Values(levelCount.get(), userLevels.get(), filled.get(), labels.get(), colorMap.get().name(),
                resolution.get(), field.get(), density.get(), steepest.get());
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
        return new Values(f.integer("levelCount", MIN_LEVELS, MAX_LEVELS, d.levelCount()), levels,
                f.bool("filled", d.filled()), f.bool("labels", d.labels()), f.colorMap("colorMap").name(),
                f.integer("resolution", MIN_RESOLUTION, MAX_RESOLUTION, d.resolution()), f.bool("field", d.field()),
                f.integer("density", MIN_DENSITY, MAX_DENSITY, d.density()), f.bool("steepest", d.steepest()));
    }
}
