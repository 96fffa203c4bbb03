package deepmath.app.function;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.viz.color.ColorMap;

/**
 * Reads the optional display fields of a function lab's session part: a field left out keeps its default
 * (sessions written before the field existed still open), a field of the wrong type is refused with one line.
 */
final class DisplayFields {
    private final JsonNode node;
    private final String where;

    /** {@code where} names the object in refusals, e.g. {@code "surfaces: 'display'"}. */
    DisplayFields(JsonNode node, String where) {
        if (node != null && !node.isMissingNode() && !node.isNull() && !node.isObject()) {
            throw new BadInputException(SessionProblem.FIELD_OBJECT, where, JsonFields.shownValue(node));
        }
        this.node = node == null || node.isNull() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                : node;
        this.where = where;
    }

    boolean bool(String key, boolean otherwise) {
        return node.has(key) ? JsonFields.bool(node.get(key), name(key)) : otherwise;
    }

    int integer(String key, int min, int max, int otherwise) {
        return node.has(key) ? JsonFields.integer(node.get(key), name(key), min, max) : otherwise;
    }

    double number(String key, double min, double max, double otherwise) {
        return node.has(key) ? JsonFields.number(node.get(key), name(key), min, max) : otherwise;
    }

    String text(String key, String otherwise) {
        if (!node.has(key)) {
            return otherwise;
        }
        if (!node.get(key).isTextual()) {
            throw new BadInputException(SessionProblem.FIELD_TEXT, name(key), JsonFields.shownValue(node.get(key)));
        }
        return node.get(key).asText();
    }

    ColorMap colorMap(String key) {
        String name = text(key, ColorMap.VIRIDIS.name());
        return ColorMap.byName(name).orElseThrow(() -> new BadInputException(SessionProblem.FIELD_COLOR_MAP, name(key),
                ColorMap.all().stream().map(ColorMap::name).toList(), name));
    }

    private String name(String key) {
        return where + "." + key;
    }
}
