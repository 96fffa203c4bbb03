package deepmath.app.digits;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.digits.DigitSet;
import deepmath.digits.ModelKind;
import deepmath.digits.TrainingPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The digits lab's part of a session: the reading network, the tab, the drawing (its strokes, or the 28 × 28
 * digit when it came from the test set) and the training settings. Values are written exactly (a digit's
 * k/255 greys and the strokes' points come back as they were, so the networks read the same digit).
 */
final class DigitsSession {
    /** Largest |coordinate| of a stroke point in a session (the pad is a few hundred pixels wide). */
    static final double MAX_COORDINATE = 1e5;
    /** Far more epochs than a lesson trains for; the bound only keeps a damaged file from running for days. */
    static final int MAX_EPOCHS = 1000;

    /** What a session restores; {@code digit} is null when the session has strokes or no drawing at all. */
    record Restored(ModelKind reader, int tab, List<DigitsState.Stroke> strokes, float[] digit,
                    DigitsState.Training training) {
    }

    private DigitsSession() {
    }

    /** {@code drawn}: the draw tab exists (before, the pad is blank and there is no drawing to keep). */
    static ObjectNode save(DigitsState.Values v, boolean drawn) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("model", v.reader().key());
        node.put("tab", v.tab());
        DigitsState.Training t = v.training();
        ObjectNode training = node.putObject("training");
        training.put("model", t.model().key());
        training.put("epochs", t.epochs());
        training.put("learningRate", t.learningRate());
        training.put("batch", t.batch());
        training.put("shift", t.shift());
        if (!drawn) {
            return node;
        }
        if (!v.strokes().isEmpty()) {
            ArrayNode array = node.putArray("strokes");
            for (DigitsState.Stroke s : v.strokes()) {
                ObjectNode stroke = array.addObject();
                stroke.put("erase", s.erase());
                ArrayNode points = stroke.putArray("points");
                s.points().forEach(points::add);
            }
        } else {
            ArrayNode digit = node.putArray("digit");
            v.digit().forEach(digit::add);
        }
        return node;
    }

    /** Checks everything first (a session is applied all or nothing). */
    static Restored read(JsonNode node) {
        ModelKind kind = kind(node.get("model"), "digits.model", ModelKind.CNN);
        int tab = node.has("tab") ? JsonFields.integer(node.get("tab"), "digits.tab", 0, 3) : 0;
        if (node.has("strokes") && !node.get("strokes").isArray()) {
            throw new BadInputException(SessionProblem.DIGITS_STROKES);
        }
        List<DigitsState.Stroke> strokes = new ArrayList<>();
        for (JsonNode stroke : node.path("strokes")) {
            JsonNode points = stroke.path("points");
            if (!points.isArray() || points.size() % 2 != 0) {
                throw new BadInputException(SessionProblem.DIGITS_POINTS);
            }
            List<Double> xy = new ArrayList<>(points.size());
            for (JsonNode p : points) {
                // Pad coordinates: finite and near the pad (a point at 1e308 would overflow the drawing maths).
                xy.add(JsonFields.number(p, "digits.strokes: a point's coordinate", -MAX_COORDINATE, MAX_COORDINATE));
            }
            boolean erase = stroke.has("erase") ? JsonFields.bool(stroke.get("erase"), "digits.strokes: erase") : false;
            strokes.add(new DigitsState.Stroke(erase, xy));
        }
        float[] digit = null;
        if (node.has("digit")) {
            JsonNode values = node.get("digit");
            if (!values.isArray() || values.size() != DigitSet.PIXELS) {
                throw new BadInputException(SessionProblem.DIGITS_PIXELS);
            }
            digit = new float[DigitSet.PIXELS];
            for (int i = 0; i < digit.length; i++) {
                digit[i] = (float) JsonFields.number(values.get(i), "digits.digit[" + i + "]", 0, 1);
            }
        }
        return new Restored(kind, tab, strokes, strokes.isEmpty() ? digit : null, training(node.get("training")));
    }

    /** The training settings; a session older than them gets the defaults. */
    private static DigitsState.Training training(JsonNode node) {
        if (node == null || node.isNull()) {
            return DigitsState.Training.defaults(ModelKind.CNN);
        }
        if (!node.isObject()) {
            throw new BadInputException(SessionProblem.DIGITS_TRAINING, JsonFields.shownValue(node));
        }
        ModelKind model = kind(node.get("model"), "digits.training.model", ModelKind.CNN);
        DigitsState.Training d = DigitsState.Training.defaults(model);
        int epochs = node.has("epochs") ? JsonFields.integer(node.get("epochs"), "digits.training.epochs", 1,
                MAX_EPOCHS) : d.epochs();
        double rate = node.has("learningRate") ? JsonFields.number(node.get("learningRate"),
                "digits.training.learningRate", Double.MIN_NORMAL, 10) : d.learningRate();
        int batch = node.has("batch") ? JsonFields.integer(node.get("batch"), "digits.training.batch", 1,
                DigitSet.PIXELS * 100) : d.batch();
        int shift = node.has("shift") ? JsonFields.integer(node.get("shift"), "digits.training.shift", 0, 4)
                : d.shift();
        new TrainingPlan(epochs, batch, rate, 1, 1, shift);   // the plan's own checks, with its one-line reasons
        return new DigitsState.Training(model, epochs, rate, batch, shift);
    }

    private static ModelKind kind(JsonNode node, String what, ModelKind otherwise) {
        if (node == null) {
            return otherwise;
        }
        if (!node.isTextual()) {
            throw new BadInputException(SessionProblem.DIGITS_MODEL, what, JsonFields.shownValue(node));
        }
        return ModelKind.fromKey(node.asText());
    }
}
