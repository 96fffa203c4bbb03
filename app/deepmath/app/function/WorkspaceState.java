package deepmath.app.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.expr.Formula;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/** The function workspace in a session file: formula, mode, window, resolution, parameters, picked point. */
final class WorkspaceState {
    private WorkspaceState() {
    }

    static ObjectNode save(FunctionWorkspace w) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("formula", w.formula().text());
        node.put("mode", w.modeProperty().get().name().toLowerCase());
        Rectangle2D r = w.windowProperty().get();
        node.putArray("window").add(r.getMinX()).add(r.getMaxX()).add(r.getMinY()).add(r.getMaxY());
        node.put("resolution", w.resolutionProperty().get());
        ObjectNode parameters = node.putObject("parameters");
        w.parametersProperty().get().forEach(parameters::put);
        Point2D p = w.pickedProperty().get();
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
        String text = node.path("formula").asText(null);
        if (text == null) {
            throw new BadInputException("surfaces: 'formula' is missing");
        }
        Formula.parse(text);
        PlotMode mode = "curve".equals(node.path("mode").asText()) ? PlotMode.CURVE : PlotMode.SURFACE;
        JsonNode win = node.path("window");
        if (!win.isArray() || win.size() != 4 || !(win.get(1).asDouble() > win.get(0).asDouble())
                || !(win.get(3).asDouble() > win.get(2).asDouble())) {
            throw new BadInputException("surfaces: 'window' must be [xMin, xMax, yMin, yMax] with min < max");
        }
        Rectangle2D window = new Rectangle2D(win.get(0).asDouble(), win.get(2).asDouble(),
                win.get(1).asDouble() - win.get(0).asDouble(), win.get(3).asDouble() - win.get(2).asDouble());
        int resolution = node.path("resolution").asInt(120);
        if (resolution < 10 || resolution > 400) {
            throw new BadInputException("surfaces: 'resolution' must be between 10 and 400");
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("parameters").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!e.getValue().isNumber()) {
                throw new BadInputException("surfaces: parameter " + e.getKey() + " is not a number");
            }
            parameters.put(e.getKey(), e.getValue().asDouble());
        }
        JsonNode picked = node.path("picked");
        Point2D point = picked.isArray() && picked.size() == 2
                ? new Point2D(picked.get(0).asDouble(), picked.get(1).asDouble()) : null;
        return () -> {
            w.setFormula(text);
            w.modeProperty().set(mode);
            w.windowProperty().set(window);
            w.resolutionProperty().set(resolution);
            parameters.forEach(w::setParameter);
            w.pickedProperty().set(point);
        };
    }
}
