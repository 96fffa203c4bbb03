package deepmath.app.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.session.SessionProblem;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The chapter-9 views' choices in a session ({@code "learning": {"view": "perceptron", "parameter": 0,
 * "squaresP": 10, "polynomial": {...}}}), read with range as well as type before anything is applied; a field left out keeps its default.
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
        PolynomialExample e = c.polynomial();
        ObjectNode polynomial = node.putObject("polynomial");
        var points = polynomial.putArray("points");
        for (int i = 0; i < e.size(); i++) {
            points.addArray().add(e.xs().get(i)).add(e.ys().get(i));
        }
        polynomial.putArray("newPoint").add(e.newX()).add(e.newY());
        polynomial.put("degree", e.degree());
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
        PolynomialExample polynomial = node.has("polynomial") ? polynomial(node.get("polynomial")) : d.polynomial();
        return new LearningChoices(view, parameter, p, polynomial);
    }

    /** {@code {"points": [[1, 1], [2, 2.5], ...], "newPoint": [5, 4.3], "degree": 1}}, every field required. */
    private static PolynomialExample polynomial(JsonNode node) {
        JsonNode points = node.path("points");
        JsonNode newPoint = node.path("newPoint");
        if (!points.isArray() || points.size() < PolynomialExample.MIN_POINTS
                || points.size() > PolynomialExample.MAX_POINTS || !isPoint(newPoint) || !node.has("degree")) {
            throw new BadInputException(SessionProblem.NETWORK_POLYNOMIAL);
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (JsonNode point : points) {
            if (!isPoint(point)) {
                throw new BadInputException(SessionProblem.NETWORK_POLYNOMIAL);
            }
            xs.add(point.get(0).asDouble());
            ys.add(point.get(1).asDouble());
        }
        int degree = JsonFields.integer(node.get("degree"), "network: 'learning.polynomial.degree'", 0,
                points.size() - 1);
        return new PolynomialExample(xs, ys, newPoint.get(0).asDouble(), newPoint.get(1).asDouble(), degree);
    }

    private static boolean isPoint(JsonNode node) {
        return node.isArray() && node.size() == 2 && node.get(0).isNumber() && node.get(1).isNumber()
                && Double.isFinite(node.get(0).asDouble()) && Double.isFinite(node.get(1).asDouble());
    }
}
