package deepmath.app.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.grid.PlotWindow;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How the surfaces lab draws a curve y = f(x), besides the function: f′ and f″ shown or not, the tangent's
 * point x0 and step h, Newton's method (its start and how many steps were taken), the curves drawn over f and
 * the weights made variables of the graph. NaN for x0 and h: not
 * chosen yet, the curve panel places them in the window.
 */
final class CurveOptions {
    /** Newton steps kept in a session: far more than the method ever needs. */
    static final int MAX_NEWTON_STEPS = 1000;

    /** The options as one value (sessions, and tests comparing two windows). */
    record Values(boolean derivative, boolean second, double x0, double h, int newtonSteps, double newtonStart,
                  String overlay, String weights) {
        static final Values DEFAULT = new Values(true, false, Double.NaN, Double.NaN, 0, 0, "", "");
    }

    final BooleanProperty derivative = new SimpleBooleanProperty(this, "derivative", true);
    final BooleanProperty second = new SimpleBooleanProperty(this, "second");
    final DoubleProperty x0 = new SimpleDoubleProperty(this, "x0", Double.NaN);
    final DoubleProperty h = new SimpleDoubleProperty(this, "h", Double.NaN);
    final IntegerProperty newtonSteps = new SimpleIntegerProperty(this, "newtonSteps");
    final DoubleProperty newtonStart = new SimpleDoubleProperty(this, "newtonStart");
    /** Curves drawn over f, as {@link deepmath.calculus.CurveList} reads them ("" for none). */
    final StringProperty overlay = new SimpleStringProperty(this, "overlay", "");
    /** The parameters chosen as variables of the graph (the weights), comma-separated; "" for none. */
    final StringProperty weights = new SimpleStringProperty(this, "weights", "");

    Values values() {
        return new Values(derivative.get(), second.get(), x0.get(), h.get(), newtonSteps.get(), newtonStart.get(),
                overlay.get(), weights.get());
    }

    void set(Values v) {
        derivative.set(v.derivative());
        second.set(v.second());
        x0.set(v.x0());
        h.set(v.h());
        newtonStart.set(v.newtonStart());
        newtonSteps.set(v.newtonSteps());
        overlay.set(v.overlay());
        weights.set(v.weights());
    }

    static ObjectNode save(Values v) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("derivative", v.derivative());
        node.put("second", v.second());
        if (!Double.isNaN(v.x0()) && !Double.isNaN(v.h())) {
            node.put("x0", v.x0());
            node.put("h", v.h());
        }
        node.put("newtonSteps", v.newtonSteps());
        node.put("newtonStart", v.newtonStart());
        node.put("overlay", v.overlay());
        node.put("weights", v.weights());
        return node;
    }

    /** Reads what {@link #save} wrote; a missing field (an older session) keeps its default. */
    static Values read(JsonNode node) {
        DisplayFields f = new DisplayFields(node, "surfaces: 'curve'");
        Values d = Values.DEFAULT;
        double max = PlotWindow.MAX_ABS;
        return new Values(f.bool("derivative", d.derivative()), f.bool("second", d.second()),
                f.number("x0", -max, max, d.x0()), f.number("h", -max, max, d.h()),
                f.integer("newtonSteps", 0, MAX_NEWTON_STEPS, d.newtonSteps()),
                f.number("newtonStart", -max, max, d.newtonStart()), f.text("overlay", d.overlay()),
                f.text("weights", d.weights()));
    }
}
