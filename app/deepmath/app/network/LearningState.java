package deepmath.app.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.session.SessionProblem;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;

/**
 * The chapter-9 views' choices in a session ({@code "learning": {"view": "perceptron", "parameter": 0,
 * "squaresP": 10}}), read with range as well as type before anything is applied; a field left out keeps its default.
 */
final class LearningState {
    /** The largest p a session may hold (the menu offers the book's 3 … 20). */
    static final int MAX_SQUARES_P = 100;
    /** More parameters than any network the lab edits. */
    static final int MAX_PARAMETER = 1_000_000;

    private LearningState() {
    }

    static ObjectNode write(LearningChoices c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("view", c.view());
        node.put("parameter", c.parameter());
        node.put("squaresP", c.squaresP());
        return node;
    }

    /** Null when the session has none (written before these views). */
    static LearningChoices read(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadInputException(SessionProblem.NETWORK_LEARNING);
        }
        LearningChoices d = LearningChoices.DEFAULT;
        String view = d.view();
        if (node.has("view")) {
            JsonNode v = node.get("view");
            if (!v.isTextual() || !LearningChoices.VIEWS.contains(v.asText())) {
                throw new BadInputException(SessionProblem.NETWORK_LEARNING_VIEW, JsonFields.shownValue(v),
                        String.join(", ", LearningChoices.VIEWS));
            }
            view = v.asText();
        }
        int parameter = node.has("parameter") ? JsonFields.integer(node.get("parameter"),
                "network: 'learning.parameter'", 0, MAX_PARAMETER) : d.parameter();
        int p = node.has("squaresP") ? JsonFields.integer(node.get("squaresP"), "network: 'learning.squaresP'", 1,
                MAX_SQUARES_P) : d.squaresP();
        return new LearningChoices(view, parameter, p);
    }
}
