package deepmath.app.network;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.nn.Loss;
import deepmath.nn.Regularization;
import deepmath.optim.OptimizerKind;

/**
 * The training settings in a session file ({@code "training": {"loss": "mse", "optimizer": "adam", ...}}).
 * Reading checks range as well as type, before anything is applied; a field left out keeps its default.
 */
final class TrainingState {
    /** The largest step, batch, λ, test share and τ a session may hold (the menus offer less). */
    static final double MAX_STEP = 10;
    static final int MAX_BATCH = 1000;
    static final double MAX_LAMBDA = 1;
    static final double MAX_TEST_FRACTION = 0.9;
    static final double MAX_DECAY = 1e6;

    private TrainingState() {
    }

    static ObjectNode write(TrainingChoices c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("loss", c.loss().key());
        node.put("optimizer", c.optimizer().key());
        node.put("learningRate", c.learningRate());
        node.put("batch", c.batchSize());
        node.put("regularization", c.regularization().key());
        node.put("lambda", c.lambda());
        node.put("testFraction", c.testFraction());
        node.put("stepDecay", c.stepDecay());
        return node;
    }

    /** Null when the session has no training settings (written before they were saved). */
    static TrainingChoices read(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadInputException(SessionProblem.NETWORK_TRAINING);
        }
        TrainingChoices d = TrainingChoices.DEFAULT;
        Loss loss = node.has("loss") ? Loss.fromKey(text(node, "loss")) : d.loss();
        OptimizerKind optimizer = node.has("optimizer") ? OptimizerKind.fromKey(text(node, "optimizer")) : d.optimizer();
        Regularization regularization = node.has("regularization")
                ? Regularization.fromKey(text(node, "regularization")) : d.regularization();
        double step = node.has("learningRate") ? JsonFields.number(node.get("learningRate"),
                "network: 'training.learningRate'", 0, MAX_STEP) : d.learningRate();
        if (step == 0) {
            throw new BadInputException(SessionProblem.NETWORK_LEARNING_RATE);
        }
        int batch = node.has("batch") ? JsonFields.integer(node.get("batch"), "network: 'training.batch'", 1, MAX_BATCH)
                : d.batchSize();
        double lambda = node.has("lambda") ? JsonFields.number(node.get("lambda"), "network: 'training.lambda'", 0,
                MAX_LAMBDA) : d.lambda();
        double test = node.has("testFraction") ? JsonFields.number(node.get("testFraction"),
                "network: 'training.testFraction'", 0, MAX_TEST_FRACTION) : d.testFraction();
        double decay = node.has("stepDecay") ? JsonFields.number(node.get("stepDecay"), "network: 'training.stepDecay'",
                0, MAX_DECAY) : d.stepDecay();
        return new TrainingChoices(loss, optimizer, step, batch, regularization, lambda, test, decay);
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (!value.isTextual()) {
            throw new BadInputException(SessionProblem.NETWORK_TRAINING_NAME, key, JsonFields.shownValue(value));
        }
        return value.asText();
    }
}
