package deepmath.app.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.viz.color.ColorMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How the surfaces lab draws z = f(x, y), besides the function itself: the colour map, the wireframe, the
 * level curves, slices and tangent plane, the tangent plane's estimate step, the level surface F = c of a function
 * of three variables, the variable followed by forward mode in the graph tab and the weights made variables there. The
 * controls are bound to it; the session is written from it.
 */
final class SurfaceOptions {
    /** The options as one value (sessions, and tests comparing two windows). */
    record Values(String colorMap, boolean wireframe, boolean levelCurves, boolean slices, boolean tangent,
                  String forwardVariable, String weights, double estimateH, double estimateK, boolean levelSurface,
                  double level) {
        static final Values DEFAULT = new Values(ColorMap.VIRIDIS.name(), false, true, true, true, null, "", 0.1,
                0.1, false, 1);
    }

    final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(this, "colorMap", ColorMap.VIRIDIS);
    final BooleanProperty wireframe = new SimpleBooleanProperty(this, "wireframe");
    final BooleanProperty levelCurves = new SimpleBooleanProperty(this, "levelCurves", true);
    final BooleanProperty slices = new SimpleBooleanProperty(this, "slices", true);
    final BooleanProperty tangent = new SimpleBooleanProperty(this, "tangent", true);
    /** The variable whose tangent forward mode carries through the graph (null: none). */
    final StringProperty forwardVariable = new SimpleStringProperty(this, "forwardVariable");
    /** The parameters chosen as variables of the graph (the weights), comma-separated; "" for none. */
    final StringProperty weights = new SimpleStringProperty(this, "weights", "");
    /** The step (h, k) of the tangent plane's estimate f(x0 + h, y0 + k) ≈ f + h·∂f/∂x + k·∂f/∂y. */
    final DoubleProperty estimateH = new SimpleDoubleProperty(this, "estimateH", 0.1);
    final DoubleProperty estimateK = new SimpleDoubleProperty(this, "estimateK", 0.1);
    /** F(x, y, z) = c drawn in 3-D instead of the graph (a function of three variables). */
    final BooleanProperty levelSurface = new SimpleBooleanProperty(this, "levelSurface");
    final DoubleProperty level = new SimpleDoubleProperty(this, "level", 1);

    Values values() {
        return new Values(colorMap.get().name(), wireframe.get(), levelCurves.get(), slices.get(), tangent.get(),
                forwardVariable.get(), weights.get(), estimateH.get(), estimateK.get(), levelSurface.get(), level.get());
    }

    void set(Values v) {
        colorMap.set(ColorMap.byName(v.colorMap()).orElse(ColorMap.VIRIDIS));
        wireframe.set(v.wireframe());
        levelCurves.set(v.levelCurves());
        slices.set(v.slices());
        tangent.set(v.tangent());
        forwardVariable.set(v.forwardVariable());
        weights.set(v.weights());
        estimateH.set(v.estimateH());
        estimateK.set(v.estimateK());
        level.set(v.level());
        levelSurface.set(v.levelSurface());
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
        node.put("weights", v.weights());
        node.put("estimateH", v.estimateH());
        node.put("estimateK", v.estimateK());
        node.put("levelSurface", v.levelSurface());
        node.put("level", v.level());
        return node;
    }

    /** Reads what {@link #save} wrote; a missing field (an older session) keeps its default. */
    static Values read(JsonNode node) {
        DisplayFields f = new DisplayFields(node, "surfaces: 'display'");
        Values d = Values.DEFAULT;
        double max = deepmath.grid.PlotWindow.MAX_ABS;
        return new Values(f.colorMap("colorMap").name(), f.bool("wireframe", d.wireframe()),
                f.bool("levelCurves", d.levelCurves()), f.bool("slices", d.slices()), f.bool("tangent", d.tangent()),
                f.text("forwardVariable", null), f.text("weights", d.weights()),
                f.number("estimateH", -max, max, d.estimateH()), f.number("estimateK", -max, max, d.estimateK()),
                f.bool("levelSurface", d.levelSurface()), f.number("level", -max, max, d.level()));
    }
}
