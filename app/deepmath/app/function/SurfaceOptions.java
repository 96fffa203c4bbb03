package deepmath.app.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.viz.color.ColorMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How the surfaces lab draws z = f(x, y), besides the function itself: the colour map, the wireframe, the
 * level curves, slices and tangent plane, and the variable followed by forward mode in the graph tab. The
 * controls are bound to it; the session is written from it.
 */
final class SurfaceOptions {
    /** The options as one value (sessions, and tests comparing two windows). */
    record Values(String colorMap, boolean wireframe, boolean levelCurves, boolean slices, boolean tangent,
                  String forwardVariable) {
        static final Values DEFAULT = new Values(ColorMap.VIRIDIS.name(), false, true, true, true, null);
    }

    final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(this, "colorMap", ColorMap.VIRIDIS);
    final BooleanProperty wireframe = new SimpleBooleanProperty(this, "wireframe");
    final BooleanProperty levelCurves = new SimpleBooleanProperty(this, "levelCurves", true);
    final BooleanProperty slices = new SimpleBooleanProperty(this, "slices", true);
    final BooleanProperty tangent = new SimpleBooleanProperty(this, "tangent", true);
    /** The variable whose tangent forward mode carries through the graph (null: none). */
    final StringProperty forwardVariable = new SimpleStringProperty(this, "forwardVariable");

    Values values() {
        return new Values(colorMap.get().name(), wireframe.get(), levelCurves.get(), slices.get(), tangent.get(),
                forwardVariable.get());
    }

    void set(Values v) {
        colorMap.set(ColorMap.byName(v.colorMap()).orElse(ColorMap.VIRIDIS));
        wireframe.set(v.wireframe());
        levelCurves.set(v.levelCurves());
        slices.set(v.slices());
        tangent.set(v.tangent());
        forwardVariable.set(v.forwardVariable());
    }

    static ObjectNode save(Values v) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("colorMap", v.colorMap());
        node.put("wireframe", v.wireframe());
        node.put("levelCurves", v.levelCurves());
        node.put("slices", v.slices());
        node.put("tangent", v.tangent());
        if (v.forwardVariable() != null) {
            node.put("forwardVariable", v.forwardVariable());
        }
        return node;
    }

    /** Reads what {@link #save} wrote; a missing field (an older session) keeps its default. */
    static Values read(JsonNode node) {
        DisplayFields f = new DisplayFields(node, "surfaces: 'display'");
        Values d = Values.DEFAULT;
        return new Values(f.colorMap("colorMap").name(), f.bool("wireframe", d.wireframe()),
                f.bool("levelCurves", d.levelCurves()), f.bool("slices", d.slices()), f.bool("tangent", d.tangent()),
                f.text("forwardVariable", null));
    }
}
