package deepmath.app.tensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.session.SessionProblem;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.tensor.DataTensors;
import deepmath.tensor.GradientPreset;
import deepmath.tensor.TensorOperation;
import deepmath.tensor.TensorPreset;
import deepmath.tensor.TensorText;
import java.util.Arrays;
import java.util.List;

/**
 * The tensors tab's part of a session ({@code "tensors"} in the convolution lab's object): the page, the
 * operation page's tensors as typed and its operation, the data page's picture, digits and filter, the gradient page's
 * formula and values. Reading checks every field and names the wrong one; it touches no control. A missing
 * part (a session written before this tab existed) reads as the default.
 */
public final class TensorSession {
    /** Far above what the fields hold; a longer text is not one the lab wrote. */
    private static final int MAX_TEXT = 10_000;

    private TensorSession() {
    }

    public static ObjectNode write(TensorState.Snapshot s) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("page", s.page().key());
        ObjectNode o = root.putObject("operations");
        o.put("preset", s.operations().preset());
        o.put("a", s.operations().a());
        o.put("b", s.operations().b());
        TensorOperation op = s.operations().operation();
        o.put("operation", op.kind().key());
        o.put("shape", TensorText.integers(op.shape()));
        o.put("axes", op.axes().length == 0 ? "" : TensorText.integers(op.axes()));
        o.put("axis", op.axis());
        ObjectNode d = root.putObject("data");
        d.put("image", s.data().image());
        d.put("first", s.data().first());
        d.put("step", s.data().step());
        d.put("count", s.data().count());
        d.put("filter", s.data().filter());
        ObjectNode g = root.putObject("gradient");
        g.put("preset", s.gradient().preset());
        g.put("formula", s.gradient().formula());
        g.put("x", s.gradient().x());
        g.put("y", s.gradient().y());
        return root;
    }

    public static TensorState.Snapshot read(JsonNode root) {
        TensorState.Snapshot d = TensorState.Snapshot.DEFAULT;
        if (root == null || root.isNull() || root.isMissingNode()) {
            return d;
        }
        if (!root.isObject()) {
            throw new BadInputException(SessionProblem.FIELD_OBJECT, "tensors", JsonFields.shownValue(root));
        }
        List<String> pages = Arrays.stream(TensorState.Page.values()).map(TensorState.Page::key).toList();
        TensorState.Page page = TensorState.Page.values()[pages.indexOf(oneOf(root, "page", d.page().key(), pages))];
        return new TensorState.Snapshot(page, operations(root.path("operations"), d.operations()),
                data(root.path("data"), d.data()), gradient(root.path("gradient"), d.gradient()));
    }

    private static TensorState.Operations operations(JsonNode o, TensorState.Operations d) {
        List<String> presets = keys(Arrays.stream(TensorPreset.values()).map(TensorPreset::key).toList());
        List<String> kinds = Arrays.stream(TensorOperation.Kind.values()).map(TensorOperation.Kind::key).toList();
        TensorOperation.Kind kind = TensorOperation.Kind.fromKey(oneOf(o, "operation", d.operation().kind().key(), kinds));
        String shape = text(o, "shape", TensorText.integers(d.operation().shape()));
        String axes = text(o, "axes", "");
        int axis = o.has("axis") ? JsonFields.integer(o.get("axis"), "tensors.operations.axis", 0, 4) : d.operation().axis();
        TensorOperation op = new TensorOperation(kind, TensorText.integers(shape),
                axes.isBlank() ? new int[0] : TensorText.integers(axes), axis);
        return new TensorState.Operations(oneOf(o, "preset", d.preset(), presets), text(o, "a", d.a()),
                text(o, "b", d.b()), op);
    }

    private static TensorState.Data data(JsonNode node, TensorState.Data d) {
        String image = oneOf(node, "image", d.image(), DataTensors.IMAGES);
        int first = node.has("first") ? JsonFields.integer(node.get("first"), "tensors.data.first", 0,
                TensorState.Data.DIGITS - 1) : d.first();
        int step = node.has("step") ? JsonFields.integer(node.get("step"), "tensors.data.step", 1,
                TensorState.Data.MAX_STEP) : d.step();
        int count = node.has("count") ? JsonFields.integer(node.get("count"), "tensors.data.count", 1,
                TensorState.Data.fitting(first, step, DataTensors.MAX_BATCH)) : TensorState.Data.fitting(first, step, d.count());
        return new TensorState.Data(image, first, step, count, oneOf(node, "filter", d.filter(), DataTensors.FILTERS));
    }

    private static TensorState.Gradient gradient(JsonNode g, TensorState.Gradient d) {
        List<String> presets = keys(Arrays.stream(GradientPreset.values()).map(GradientPreset::key).toList());
        return new TensorState.Gradient(oneOf(g, "preset", d.preset(), presets), text(g, "formula", d.formula()),
                text(g, "x", d.x()), text(g, "y", d.y()));
    }

    /** The keys, and "" for "edited, no preset". */
    private static List<String> keys(List<String> keys) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(""), keys.stream()).toList();
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual() || value.asText().length() > MAX_TEXT) {
            throw new BadInputException(SessionProblem.FIELD_TEXT, "tensors." + key, JsonFields.shownValue(value));
        }
        return value.asText();
    }

    private static String oneOf(JsonNode node, String key, String fallback, List<String> allowed) {
        String value = text(node, key, fallback);
        if (!allowed.contains(value)) {
            throw new BadInputException(SessionProblem.CONV_CHOICE, "tensors." + key, String.join(", ", allowed),
                    JsonFields.shownValue(node.get(key)));
        }
        return value;
    }
}
