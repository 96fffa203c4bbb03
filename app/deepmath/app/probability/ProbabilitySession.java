package deepmath.app.probability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.probability.ProbabilityState.DropoutSettings;
import deepmath.app.probability.ProbabilityState.LossSettings;
import deepmath.app.probability.ProbabilityState.NormalSettings;
import deepmath.app.probability.ProbabilityState.NormalisationSettings;
import deepmath.app.probability.ProbabilityState.SoftmaxSettings;
import deepmath.app.session.SessionProblem;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.probability.DropoutTraining;
import deepmath.probability.LossKind;
import deepmath.probability.LossTerms;
import deepmath.probability.Normalisation;
import deepmath.probability.NumberList;

/**
 * The Probabilities tab's part of a session (inside the network lab's, field {@code probabilities}): the open
 * section and each section's settings, numbers as the text the fields show ("3, 1, 8, 6, 0", rows separated by
 * ';'). Reading checks everything first, names the field that is wrong, and touches no control; a missing part
 * keeps the book's default, so sessions saved before the tab existed open as they did.
 */
final class ProbabilitySession {
    private static final String ROOT = "network.probabilities.";
    private static final int MAX_TEXT = 20_000;

    private ProbabilitySession() {
    }

    static ObjectNode write(ProbabilityState.Snapshot state) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("section", state.section().key());
        ObjectNode s = root.putObject("softmax");
        s.put("scores", NumberList.format(ProbabilityState.array(state.softmax().scores())));
        s.put("temperature", state.softmax().temperature());
        LossSettings l = state.losses();
        ObjectNode losses = root.putObject("losses");
        losses.put("targets", NumberList.format(ProbabilityState.array(l.targets())));
        losses.put("predicted", NumberList.format(ProbabilityState.array(l.predicted())));
        losses.put("categoryTargets", NumberList.formatRows(ProbabilityState.rows(l.categoryTargets())));
        losses.put("categoryPredicted", NumberList.formatRows(ProbabilityState.rows(l.categoryPredicted())));
        ObjectNode n = root.putObject("normalisation");
        n.put("values", NumberList.format(ProbabilityState.array(state.normalisation().values())));
        n.put("method", state.normalisation().method().key());
        ObjectNode g = root.putObject("normal");
        g.put("mean", state.normal().mean());
        g.put("sigma", state.normal().sigma());
        g.put("sample", NumberList.format(ProbabilityState.array(state.normal().sample())));
        ObjectNode d = root.putObject("dropout");
        d.put("keep", state.dropout().keep());
        d.put("step", state.dropout().step());
        return root;
    }

    static ProbabilityState.Snapshot read(JsonNode root) {
        ProbabilityState.Snapshot d = ProbabilityState.Snapshot.DEFAULT;
        if (root == null || root.isNull() || root.isMissingNode()) {
            return d;
        }
        JsonNode sectionNode = root.get("section");
        ProbabilitySection section = sectionNode == null ? d.section()
                : ProbabilitySection.fromKey(text(sectionNode, "section"));
        return new ProbabilityState.Snapshot(section, softmax(root.path("softmax"), d.softmax()),
                losses(root.path("losses"), d.losses()), normalisation(root.path("normalisation"), d.normalisation()),
                normal(root.path("normal"), d.normal()), dropout(root.path("dropout"), d.dropout()));
    }

    private static SoftmaxSettings softmax(JsonNode node, SoftmaxSettings d) {
        if (node.isMissingNode()) {
            return d;
        }
        double[] scores = numbers(node, "softmax.scores", "scores");
        double t = node.has("temperature") ? JsonFields.number(node.get("temperature"), ROOT + "softmax.temperature",
                SoftmaxPane.MIN_TEMPERATURE, SoftmaxPane.MAX_TEMPERATURE) : d.temperature();
        return new SoftmaxSettings(ProbabilityState.list(scores), t);
    }

    private static LossSettings losses(JsonNode node, LossSettings d) {
        if (node.isMissingNode()) {
            return d;
        }
        double[] y = numbers(node, "losses.targets", "targets");
        double[] p = numbers(node, "losses.predicted", "predicted");
        LossTerms.of(LossKind.MSE, y, p);   // as many of each
        double[][] cy = NumberList.rows(text(node.get("categoryTargets"), "losses.categoryTargets"),
                ROOT + "losses.categoryTargets");
        double[][] cp = NumberList.rows(text(node.get("categoryPredicted"), "losses.categoryPredicted"),
                ROOT + "losses.categoryPredicted");
        LossTerms.of(LossKind.CCE, cy, cp);   // rows that match, probabilities
        return new LossSettings(ProbabilityState.list(y), ProbabilityState.list(p), ProbabilityState.rows(cy),
                ProbabilityState.rows(cp));
    }

    private static NormalisationSettings normalisation(JsonNode node, NormalisationSettings d) {
        if (node.isMissingNode()) {
            return d;
        }
        double[] values = numbers(node, "normalisation.values", "values");
        Normalisation method = Normalisation.fromKey(text(node.get("method"), "normalisation.method"));
        return new NormalisationSettings(ProbabilityState.list(values), method);
    }

    private static NormalSettings normal(JsonNode node, NormalSettings d) {
        if (node.isMissingNode()) {
            return d;
        }
        double mean = JsonFields.number(node.get("mean"), ROOT + "normal.mean", NormalSettings.MIN_MEAN,
                NormalSettings.MAX_MEAN);
        double sigma = JsonFields.number(node.get("sigma"), ROOT + "normal.sigma", NormalSettings.MIN_SIGMA,
                NormalSettings.MAX_SIGMA);
        return new NormalSettings(mean, sigma, ProbabilityState.list(numbers(node, "normal.sample", "sample")));
    }

    private static DropoutSettings dropout(JsonNode node, DropoutSettings d) {
        if (node.isMissingNode()) {
            return d;
        }
        double keep = JsonFields.number(node.get("keep"), ROOT + "dropout.keep", DropoutSettings.MIN_KEEP, 1);
        int step = JsonFields.integer(node.get("step"), ROOT + "dropout.step", 0,
                DropoutTraining.Setup.DEFAULT.steps() - 1);
        return new DropoutSettings(keep, step);
    }

    private static double[] numbers(JsonNode parent, String name, String field) {
        return NumberList.parse(text(parent.get(field), name), ROOT + name);
    }

    private static String text(JsonNode value, String name) {
        if (value == null || !value.isTextual() || value.asText().length() > MAX_TEXT) {
            throw new BadInputException(SessionProblem.FIELD_TEXT, ROOT + name, JsonFields.shownValue(value));
        }
        return value.asText();
    }
}
