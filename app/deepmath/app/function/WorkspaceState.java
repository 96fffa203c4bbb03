package deepmath.app.function;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.expr.Formula;
import deepmath.grid.PlotWindow;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/** The function workspace in a session file: formula, mode, window, resolution, parameters, picked point. */
final class WorkspaceState {
    private WorkspaceState() {
    }

    static ObjectNode save(FunctionWorkspace.Values w) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("formula", w.formula());
        node.put("mode", w.mode().name().toLowerCase(java.util.Locale.ROOT));
        Rectangle2D r = w.window();
        node.putArray("window").add(r.getMinX()).add(r.getMaxX()).add(r.getMinY()).add(r.getMaxY());
        node.put("resolution", w.resolution());
        ObjectNode parameters = node.putObject("parameters");
        new java.util.TreeMap<>(w.parameters()).forEach(parameters::put);
        Point2D p = w.picked();
        if (p != null) {
            node.putArray("picked").add(p.getX()).add(p.getY());
        }
        return node;
    }

    /** Validates everything first, then returns what applies it (sessions are all-or-nothing). */
    static Runnable prepare(JsonNode node, FunctionWorkspace w) {
        if (node == null || node.isEmpty()) {
            return () -> { };
        }
        JsonNode formulaNode = node.get("formula");
        if (formulaNode == null || formulaNode.isNull()) {
            throw new BadInputException(SessionProblem.SURFACES_NO_FORMULA);
        }
        if (!formulaNode.isTextual()) {
            throw new BadInputException(SessionProblem.SURFACES_FORMULA, JsonFields.shownValue(formulaNode));
        }
        String text = formulaNode.asText();
        Formula.parse(text);
        String modeText = node.path("mode").asText("surface");
        if (!node.path("mode").isMissingNode() && !List.of("surface", "curve").contains(modeText)) {
            throw new BadInputException(SessionProblem.SURFACES_MODE, JsonFields.shownValue(node.get("mode")));
        }
        PlotMode mode = "curve".equals(modeText) ? PlotMode.CURVE : PlotMode.SURFACE;
        JsonNode win = node.path("window");
        if (!win.isArray() || win.size() != 4) {
            throw new BadInputException(SessionProblem.SURFACES_WINDOW);
        }
        double[] bounds = new double[4];
        for (int i = 0; i < 4; i++) {
            bounds[i] = JsonFields.finite(win.get(i), "surfaces: 'window'[" + i + "]");
        }
        // Range as well as type: ±1e308 has an infinite width, a window 1e-320 wide a zero grid step.
        PlotWindow.check(bounds[0], bounds[1], bounds[2], bounds[3], "surfaces: 'window'");
        Rectangle2D window = new Rectangle2D(bounds[0], bounds[2], bounds[1] - bounds[0], bounds[3] - bounds[2]);
        int resolution = node.has("resolution")
                ? JsonFields.integer(node.get("resolution"), "surfaces: 'resolution'", FunctionWorkspace.MIN_RESOLUTION, 400) : 120;
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (node.has("parameters") && !node.get("parameters").isObject()) {
            throw new BadInputException(SessionProblem.SURFACES_PARAMETERS);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("parameters").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            parameters.put(e.getKey(), JsonFields.number(e.getValue(), "surfaces: parameter " + e.getKey(),
                    -PlotWindow.MAX_ABS, PlotWindow.MAX_ABS));
        }
        JsonNode picked = node.path("picked");
        Point2D point = null;
        if (!picked.isMissingNode() && !picked.isNull()) {
            if (!picked.isArray() || picked.size() != 2) {
                throw new BadInputException(SessionProblem.SURFACES_PICKED);
            }
            point = new Point2D(JsonFields.number(picked.get(0), "surfaces: 'picked'[0]", -PlotWindow.MAX_ABS,
                    PlotWindow.MAX_ABS), JsonFields.number(picked.get(1), "surfaces: 'picked'[1]",
                    -PlotWindow.MAX_ABS, PlotWindow.MAX_ABS));
        }
        Point2D chosenPoint = point;
        return () -> w.restore(text, mode, window, resolution, parameters, chosenPoint);
    }
}
