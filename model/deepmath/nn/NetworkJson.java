package deepmath.nn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.core.StrictJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The network file: architecture, activations and exact weights, e.g.
 * {@code {"inputs":2,"layers":[{"activation":"heaviside","weights":[[-1,3],[2,1]],"biases":[0,0]},
 * {"activation":"heaviside","weights":[[1,1]],"biases":[-2]}]}} — {@code weights[i]} holds the incoming
 * weights of neuron i. Numbers are written in the shortest form that reads back to the same double, so a
 * save/load round trip is exact. Errors name the field, e.g. {@code layers[1].weights[0]}.
 */
public final class NetworkJson {
    private static final ObjectMapper MAPPER = StrictJson.mapper();
    /** Most inputs a network file may declare (its weights are in the file, so a real one is far smaller). */
    public static final int MAX_WIDTH = 1_000_000;

    private NetworkJson() {
    }

    public static Network read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(deepmath.core.FileProblem.NO_SUCH_FILE, file);
        } catch (IOException e) {
            throw new BadInputException(e, deepmath.core.FileProblem.CANNOT_READ, file, deepmath.core.ReadProblem.of(e));
        }
    }

    public static Network parse(String json, String name) {
        JsonNode root = StrictJson.parse(json, name);
        if (root == null || !root.isObject()) {
            throw new BadInputException(NetworkProblem.NOT_AN_OBJECT, name);
        }
        return fromTree(root, name);
    }

    /** Reads a network from a JSON tree (also used inside session files). */
    public static Network fromTree(JsonNode root, String name) {
        if (root == null || !root.isObject()) {
            throw new BadInputException(NetworkProblem.NOT_AN_OBJECT, name);
        }
        JsonNode inputsNode = root.get("inputs");
        // Read exactly and range-checked: asInt() would wrap 4294967298 around to 2.
        int inputs = JsonFields.integer(inputsNode, NetworkProblem.INPUTS_FIELD.phrase(name), 1, MAX_WIDTH);
        JsonNode layersNode = root.get("layers");
        if (layersNode == null || !layersNode.isArray() || layersNode.isEmpty()) {
            throw new BadInputException(NetworkProblem.NO_LAYERS, name);
        }
        int expected = inputs;
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < layersNode.size(); l++) {
            String at = name + ": layers[" + l + "]";
            JsonNode layer = layersNode.get(l);
            if (!layer.isObject()) {
                throw new BadInputException(NetworkProblem.LAYER_NOT_OBJECT, name, l);
            }
            JsonNode activationNode = layer.get("activation");
            if (activationNode == null || !activationNode.isTextual()) {
                throw new BadInputException(NetworkProblem.ACTIVATION_NAME, name, l);
            }
            Activation activation;
            try {
                activation = Activation.fromKey(activationNode.asText());
            } catch (BadInputException e) {
                throw new BadInputException(NetworkProblem.ACTIVATION, name, l, e);
            }
            JsonNode weightsNode = layer.get("weights");
            if (weightsNode == null || !weightsNode.isArray() || weightsNode.isEmpty()) {
                throw new BadInputException(NetworkProblem.NO_WEIGHTS, name, l);
            }
            double[][] weights = new double[weightsNode.size()][];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = numbers(weightsNode.get(i), at + ".weights[" + i + "]");
                if (weights[i].length != expected) {
                    throw l == 0
                            ? new BadInputException(NetworkProblem.WEIGHT_COUNT_INPUTS, name, l, i, weights[i].length,
                                    expected)
                            : new BadInputException(NetworkProblem.WEIGHT_COUNT, name, l, i, weights[i].length, expected,
                                    l - 1);
                }
            }
            double[] biases = numbers(layer.get("biases"), at + ".biases");
            if (biases.length != weights.length) {
                throw new BadInputException(NetworkProblem.BIAS_COUNT, name, l, biases.length, weights.length);
            }
            if (activation == Activation.SOFTMAX && l != layersNode.size() - 1) {
                throw new BadInputException(NetworkProblem.SOFTMAX_FIELD, name, l);
            }
            layers.add(new Layer(activation, weights, biases));
            expected = weights.length;
        }
        return new Network(inputs, layers);
    }

    private static double[] numbers(JsonNode node, String at) {
        if (node == null || !node.isArray()) {
            throw new BadInputException(NetworkProblem.NOT_NUMBERS, at);
        }
        double[] values = new double[node.size()];
        for (int k = 0; k < values.length; k++) {
            JsonNode v = node.get(k);
            if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new BadInputException(NetworkProblem.NOT_FINITE, at, k, v);
            }
            values[k] = v.asDouble();
        }
        return values;
    }

    /**
     * The file's text (Jackson's pretty form: one line per field, a weight row per bracket), numbers in their
     * shortest exact form. A network whose weights are no longer finite (a diverged training) has no JSON form:
     * {@link IllegalStateException}, never "NaN" in a file that would then be refused on reading.
     */
    public static String write(Network network) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(network)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when every weight and bias is a finite number. */
    public static boolean isFinite(Network network) {
        for (int l = 0; l < network.depth(); l++) {
            Layer layer = network.layer(l);
            for (int i = 0; i < layer.neurons(); i++) {
                if (!Double.isFinite(layer.bias(i))) {
                    return false;
                }
                for (int j = 0; j < layer.inputs(); j++) {
                    if (!Double.isFinite(layer.weight(i, j))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The shortest text that reads back as exactly {@code v} (integers without ".0"). */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** The network as a JSON tree ({@link #write} prints it; session files embed it). */
    public static JsonNode toTree(Network network) {
        if (!isFinite(network)) {
            throw new IllegalStateException("the network's weights are not all finite numbers");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("inputs", network.inputs());
        ArrayNode layers = root.putArray("layers");
        for (int l = 0; l < network.depth(); l++) {
            Layer layer = network.layer(l);
            ObjectNode node = layers.addObject();
            node.put("activation", layer.activation().key());
            ArrayNode weights = node.putArray("weights");
            for (int i = 0; i < layer.neurons(); i++) {
                ArrayNode row = weights.addArray();
                for (int j = 0; j < layer.inputs(); j++) {
                    row.add(numberNode(layer.weight(i, j)));
                }
            }
            ArrayNode biases = node.putArray("biases");
            for (int i = 0; i < layer.neurons(); i++) {
                biases.add(numberNode(layer.bias(i)));
            }
        }
        return root;
    }

    /** Integers as integers (1, not 1.0), every other value as the double it is. */
    private static JsonNode numberNode(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? JsonNodeFactory.instance.numberNode((long) v) : JsonNodeFactory.instance.numberNode(v);
    }
}
