package deepmath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.calculus.FunctionPreset;
import deepmath.core.BookPreset;
import deepmath.data.Dataset;
import deepmath.descent.DescentPreset;
import deepmath.descent.PointCloud;
import deepmath.nn.NetworkJson;
import deepmath.nn.Preset;
import deepmath.nn.TrainingSettings;
import java.util.Locale;
import java.util.TreeMap;

/**
 * One preset as a JSON object in the lab's own formats: {@code "function"} a formula the parser reads,
 * {@code "network"} the JSON of {@code net --network}, {@code "data"} rows [x, y, label] or [x, target].
 */
final class PresetJson {
    private final ObjectMapper json = new ObjectMapper();

    ObjectNode function(FunctionPreset preset) {
        ObjectNode node = header(preset, "surfaces");
        node.put("function", preset.formula());
        // the axes: x for a curve, x and y for a surface; the other names are parameters with their values
        array(node.putArray("variables"), preset.oneVariable() ? java.util.List.of("x") : java.util.List.of("x", "y"));
        ArrayNode window = node.putArray("window");
        window.add(preset.xMin()).add(preset.xMax());
        if (!preset.oneVariable()) {
            window.add(preset.yMin()).add(preset.yMax());
        }
        if (!preset.parameters().isEmpty()) {
            ObjectNode parameters = node.putObject("parameters");
            new TreeMap<>(preset.parameters()).forEach(parameters::put);
        }
        if (preset.start() != null) {
            numbers(node.putArray("start"), preset.start());
        }
        return node;
    }

    ObjectNode descent(DescentPreset preset) {
        ObjectNode node = header(preset, "descent");
        node.put("problem", preset.problem());
        node.put("function", preset.objectiveFormula());
        array(node.putArray("variables"), preset.variables());
        numbers(node.putArray("start"), preset.start());
        node.put("step", preset.step());
        node.put("steps", preset.steps());
        node.put("method", DescentCommand.methodName(preset.optimizer()));
        node.put("momentum", preset.mu());
        if (!preset.isFunction()) {
            node.put("batch", preset.batchSize() == 0 ? preset.data().size() : preset.batchSize());
            ArrayNode rows = node.putArray("data");
            PointCloud data = preset.data();
            for (int i = 0; i < data.size(); i++) {
                ArrayNode row = rows.addArray().add(data.xs()[i]).add(data.ys()[i]);
                if (data.hasZ()) {
                    row.add(data.zs()[i]); // the plane fit's points (x, y, z)
                }
            }
            if (!preset.shuffled()) {
                node.put("shuffled", false);
            }
            if (!preset.comparedBatches().isEmpty()) {
                ArrayNode compared = node.putArray("comparedBatches");
                preset.comparedBatches().forEach(compared::add);
            }
        }
        numbers(node.putArray("window"), preset.window());
        return node;
    }

    ObjectNode network(Preset preset) {
        ObjectNode node = header(preset, "network");
        node.set("network", NetworkJson.toTree(preset.network()));
        node.put("trainable", preset.trainable());
        numbers(node.putArray("window"), new double[] {preset.xMin(), preset.xMax(), preset.yMin(), preset.yMax()});
        ArrayNode rows = node.putArray("data");
        Dataset data = preset.data();
        for (int s = 0; s < data.size(); s++) {
            ArrayNode row = rows.addArray();
            numbers(row, data.input(s));
            numbers(row, data.target(s));
        }
        TrainingSettings t = preset.training();
        if (t != null) {
            ObjectNode training = node.putObject("training");
            training.put("loss", t.loss().key());
            training.put("optimizer", t.optimizer().key());
            training.put("lr", t.learningRate());
            training.put("momentum", t.momentum());
            training.put("batch", t.batchSize());
            if (!Double.isNaN(preset.testFraction())) {
                training.put("testFraction", preset.testFraction()); // the share held out for testing
            }
        }
        return node;
    }

    private ObjectNode header(BookPreset preset, String lab) {
        ObjectNode node = json.createObjectNode();
        node.put("key", preset.key());
        node.put("lab", lab);
        node.put("chapter", preset.book().chapter());
        node.put("bookLine", preset.book().line());
        ObjectNode name = node.putObject("name");
        name.put("en", PresetNames.of(preset, Locale.ENGLISH));
        name.put("fr", PresetNames.of(preset, Locale.FRENCH));
        return node;
    }

    private static void array(ArrayNode node, Iterable<String> values) {
        values.forEach(node::add);
    }

    private static void numbers(ArrayNode node, double[] values) {
        for (double v : values) {
            node.add(v);
        }
    }
}
