package deepmath.sequential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.core.StrictJson;
import deepmath.nn.Activation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of a sequential model, the lab's counterpart of the book's keras listings:
 * <pre>{"input": [28, 28, 1], "layers": [
 *   {"type": "conv2d", "filters": 32, "kernel": 3, "padding": "same", "activation": "relu"},
 *   {"type": "maxpool", "size": 2}, {"type": "dropout", "rate": 0.25}, {"type": "flatten"},
 *   {"type": "dense", "units": 10, "activation": "softmax"}]}</pre>
 * Defaults are keras's (activation linear, stride 1, padding valid, pool size 2). Every field is checked, and a
 * refusal names the layer (from 1) and the field.
 */
public final class ModelSpecJson {
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "dense", Set.of("type", "units", "activation"),
            "conv2d", Set.of("type", "filters", "kernel", "stride", "padding", "activation"),
            "maxpool", Set.of("type", "size"),
            "avgpool", Set.of("type", "size"),
            "dropout", Set.of("type", "rate"),
            "flatten", Set.of("type"));
    private static final String TYPES = "dense, conv2d, maxpool, avgpool, dropout, flatten";

    private ModelSpecJson() {
    }

    /** Reads a description; {@code name} names the text in a refusal of its JSON (a file name, "--spec"). */
    public static ModelSpec parse(String text, String name) {
        return read(StrictJson.parse(text, name));
    }

    public static ModelSpec read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new BadInputException(ModelSpecProblem.NOT_AN_OBJECT);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!field.equals("input") && !field.equals("layers")) {
                throw new BadInputException(ModelSpecProblem.TOP_UNKNOWN_FIELD, field);
            }
        }
        JsonNode input = root.get("input");
        if (input == null || !input.isArray() || input.size() < 1 || input.size() > 3) {
            throw new BadInputException(ModelSpecProblem.BAD_INPUT, JsonFields.shown(input));
        }
        List<Integer> shape = new ArrayList<>();
        for (JsonNode size : input) {
            if (!JsonFields.isInteger(size) || size.asLong() < 1 || size.asLong() > 65536) {
                throw new BadInputException(ModelSpecProblem.BAD_INPUT, JsonFields.shown(input));
            }
            shape.add(size.asInt());
        }
        JsonNode layers = root.get("layers");
        if (layers == null || !layers.isArray() || layers.isEmpty()) {
            throw new BadInputException(ModelSpecProblem.NO_LAYERS);
        }
        List<LayerSpec> specs = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            specs.add(layer(layers.get(i), i + 1));
        }
        return new ModelSpec(shape, specs);
    }

    private static LayerSpec layer(JsonNode node, int index) {
        if (node == null || !node.isObject() || !node.has("type")) {
            throw new BadInputException(ModelSpecProblem.MISSING_FIELD, index, "?", "type");
        }
        String type = text(node, "type", index, "?");
        Set<String> known = FIELDS.get(type);
        if (known == null) {
            throw new BadInputException(ModelSpecProblem.UNKNOWN_TYPE, index, type, TYPES);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                throw new BadInputException(ModelSpecProblem.UNKNOWN_FIELD, index, type, field,
                        String.join(", ", known.stream().sorted().toList()));
            }
        }
        return switch (type) {
            case "dense" -> new LayerSpec.Dense(integer(node, "units", index, type, 1, 100_000),
                    activation(node, index, type));
            case "conv2d" -> new LayerSpec.Conv2D(integer(node, "filters", index, type, 1, 4096),
                    integer(node, "kernel", index, type, 1, 64),
                    node.has("stride") ? integer(node, "stride", index, type, 1, 64) : 1,
                    node.has("padding") ? LayerSpec.Padding.fromKey(text(node, "padding", index, type), index)
                            : LayerSpec.Padding.VALID,
                    activation(node, index, type));
            case "maxpool", "avgpool" -> new LayerSpec.Pool(
                    type.equals("maxpool") ? LayerSpec.PoolKind.MAX : LayerSpec.PoolKind.AVERAGE,
                    node.has("size") ? integer(node, "size", index, type, 1, 64) : 2);
            case "dropout" -> new LayerSpec.Dropout(JsonFields.number(require(node, "rate", index, type),
                    field(index, type, "rate"), 0, 0.99));
            default -> new LayerSpec.Flatten();
        };
    }

    private static JsonNode require(JsonNode node, String field, int index, String type) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new BadInputException(ModelSpecProblem.MISSING_FIELD, index, type, field);
        }
        return value;
    }

    private static int integer(JsonNode node, String field, int index, String type, int min, int max) {
        return JsonFields.integer(require(node, field, index, type), field(index, type, field), min, max);
    }

    private static String text(JsonNode node, String field, int index, String type) {
        JsonNode value = require(node, field, index, type);
        if (!value.isTextual()) {
            throw new BadInputException(ModelSpecProblem.NOT_A_TEXT, index, type, field);
        }
        return value.asText();
    }

    private static Activation activation(JsonNode node, int index, String type) {
        return node.has("activation") ? Activation.fromKey(text(node, "activation", index, type)) : Activation.IDENTITY;
    }

    /** How a field is named in a number's refusal: "layer 2 (conv2d) 'kernel'". */
    private static String field(int index, String type, String field) {
        return "layer " + index + " (" + type + ") '" + field + "'";
    }

    /** The description as JSON (what {@link #read} reads back to an equal model). */
    public static ObjectNode write(ModelSpec spec) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode input = root.putArray("input");
        spec.input().forEach(input::add);
        ArrayNode layers = root.putArray("layers");
        for (LayerSpec layer : spec.layers()) {
            ObjectNode o = layers.addObject();
            o.put("type", layer.type());
            if (layer instanceof LayerSpec.Dense d) {
                o.put("units", d.units());
                o.put("activation", d.activation().key());
            } else if (layer instanceof LayerSpec.Conv2D c) {
                o.put("filters", c.filters());
                o.put("kernel", c.kernel());
                o.put("stride", c.stride());
                o.put("padding", c.padding().name().toLowerCase(java.util.Locale.ROOT));
                o.put("activation", c.activation().key());
            } else if (layer instanceof LayerSpec.Pool p) {
                o.put("size", p.size());
            } else if (layer instanceof LayerSpec.Dropout d) {
                o.put("rate", d.rate());
            }
        }
        return root;
    }
}
