package deepmath.app.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.session.SessionProblem;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.core.StrictJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The model builder's part of a session: the input shape and the layers as drafts (a model that does not fit yet
 * comes back as the user left it, with its refusal), the preset, the data set and the training settings, the tab.
 * Everything is checked before anything is applied.
 */
final class ModelsSession {
    /** What a session restores. */
    record Restored(List<Integer> input, List<LayerDraft> layers, String preset, DataChoice data,
                    TrainingSettings training, int tab) {
    }

    private ModelsSession() {
    }

    static ObjectNode save(ModelsState.Values v) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode input = node.putArray("input");
        v.input().forEach(input::add);
        node.set("layers", StrictJson.parse(v.layersJson(), "layers"));
        node.put("preset", v.preset());
        ObjectNode data = node.putObject("data");
        data.put("kind", v.data().kind().key());
        data.put("formula", v.data().formula());
        data.put("range", v.data().range());
        data.put("path", v.data().path());
        TrainingSettings t = v.training();
        ObjectNode training = node.putObject("training");
        training.put("loss", t.loss());
        training.put("optimizer", t.optimizer());
        training.put("learningRate", t.learningRate());
        training.put("epochs", t.epochs());
        training.put("batch", t.batch());
        training.put("validationSplit", t.validationSplit());
        training.put("seed", t.seed());
        node.put("tab", v.tab());
        return node;
    }

    static Restored read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new BadInputException(SessionProblem.FIELD_OBJECT, "models", JsonFields.shownValue(node));
        }
        List<Integer> input = new ArrayList<>();
        JsonNode in = node.get("input");
        if (in == null || !in.isArray() || in.size() < 1 || in.size() > 3) {
            throw new BadInputException(deepmath.sequential.ModelSpecProblem.BAD_INPUT, JsonFields.shown(in));
        }
        for (JsonNode size : in) {
            input.add(JsonFields.integer(size, "models.input", 1, 65536));
        }
        JsonNode array = node.get("layers");
        if (array == null || !array.isArray()) {
            throw new BadInputException(SessionProblem.FIELD_OBJECT, "models.layers", JsonFields.shownValue(array));
        }
        List<LayerDraft> layers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            layers.add(LayerDraft.read(array.get(i), "models.layers[" + i + "]"));
        }
        String preset = node.has("preset") ? text(node.get("preset"), "models.preset") : "";
        if (!preset.isEmpty() && deepmath.sequential.BookArchitectures.byKey(preset).isEmpty()) {
            throw new BadInputException(SessionProblem.FIELD_COLOR_MAP, "models.preset", String.join(", ",
                    deepmath.sequential.BookArchitectures.all().stream().map(p -> p.key()).toList()), preset);
        }
        int tab = node.has("tab") ? JsonFields.integer(node.get("tab"), "models.tab", 0, 2) : 0;
        return new Restored(input, layers, preset, data(node.get("data")), training(node.get("training")), tab);
    }

    private static DataChoice data(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new BadInputException(SessionProblem.FIELD_OBJECT, "models.data", JsonFields.shownValue(node));
        }
        DataChoice.Kind kind = DataChoice.Kind.fromKey(LayerDraft.choice(node.get("kind"), "models.data.kind",
                DataChoice.Kind.keys()));
        return new DataChoice(kind, optionalText(node, "formula"), optionalText(node, "range"), optionalText(node, "path"));
    }

    private static TrainingSettings training(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new BadInputException(SessionProblem.FIELD_OBJECT, "models.training", JsonFields.shownValue(node));
        }
        String w = "models.training.";
        return new TrainingSettings(LayerDraft.choice(node.get("loss"), w + "loss", TrainingSettings.LOSSES),
                LayerDraft.choice(node.get("optimizer"), w + "optimizer", TrainingSettings.OPTIMIZERS),
                JsonFields.number(node.get("learningRate"), w + "learningRate", Double.MIN_NORMAL,
                        TrainingSettings.MAX_RATE),
                JsonFields.integer(node.get("epochs"), w + "epochs", 1, TrainingSettings.MAX_EPOCHS),
                JsonFields.integer(node.get("batch"), w + "batch", 1, TrainingSettings.MAX_BATCH),
                JsonFields.number(node.get("validationSplit"), w + "validationSplit", 0, TrainingSettings.MAX_SPLIT),
                JsonFields.longInteger(node.get("seed"), w + "seed", 0, TrainingSettings.MAX_SEED));
    }

    private static String optionalText(JsonNode node, String field) {
        return node.has(field) ? text(node.get(field), "models.data." + field) : "";
    }

    private static String text(JsonNode node, String where) {
        if (!node.isTextual()) {
            throw new BadInputException(SessionProblem.FIELD_TEXT, where, JsonFields.shownValue(node));
        }
        return node.asText();
    }
}
