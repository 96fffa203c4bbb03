package deepmath.app.attention;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.NextToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * Chapters 17–18: GPT-2's tokens and attention heads. Session state: the text, the layer and heads, the
 * tab and toggles, the temperature, and the model folder (reopened if it still exists).
 */
public final class AttentionLab implements Lab {
    private final LabContext context;
    private AttentionPanel panel;
    private boolean started;

    public AttentionLab(LabContext context) {
        this.context = context;
    }

    @Override
    public LabId id() {
        return LabId.ATTENTION;
    }

    @Override
    public Node view() {
        return panel();
    }

    AttentionPanel panel() {
        if (panel == null) {
            panel = new AttentionPanel(context);
        }
        return panel;
    }

    @Override
    public void shown() {
        if (!started) {
            started = true;
            panel().start();
        }
    }

    /** Everything a user changes in this lab, as one value (the defaults before the lab was first opened). */
    AttentionState.Values stateValues() {
        return panel == null ? new AttentionState().values() : panel.state.values();
    }

    @Override
    public ObjectNode saveState() {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        if (panel == null) {
            return state;
        }
        AttentionState.Values v = panel.state.values();
        state.put("text", v.text());
        state.put("layer", v.layer());
        state.put("head", v.head());
        var heads = state.putArray("heads");
        v.heads().stream().forEach(heads::add);
        state.put("tab", AttentionTabs.key(v.tab()));
        state.put("matrix", v.matrix().name().toLowerCase(Locale.ROOT));
        state.put("residual", v.residual());
        state.put("temperature", v.temperature());
        state.put("strategy", v.strategy().name().toLowerCase(Locale.ROOT));
        state.put("topK", v.topK());
        state.put("topP", v.topP());
        state.put("seed", v.seed());
        state.put("newTokens", v.newTokens());
        if (v.model() != null) {
            state.put("model", v.model());
        }
        return state;
    }

    /** Fields a session older than them lacks keep their defaults. */
    @Override
    public Runnable prepareRestore(JsonNode state) {
        String text = state.path("text").isTextual() ? state.get("text").asText() : null;
        int layer = integer(state, "layer", 0, 1000);
        int head = integer(state, "head", 0, 1000);
        int tab = AttentionTabs.restore(state.path("tab"));
        BitSet heads = null;
        if (state.has("heads")) {
            if (!state.get("heads").isArray()) {
                throw new BadInputException(SessionProblem.ATTENTION_HEADS);
            }
            heads = new BitSet();
            for (JsonNode h : state.get("heads")) {
                heads.set(JsonFields.integer(h, "attention.heads: a head number", 0, 1000));
            }
        }
        MatrixPane.Mode mode = choice(state, "matrix", MatrixPane.Mode.class, "probabilities, scores, mask");
        NextToken.Strategy strategy = choice(state, "strategy", NextToken.Strategy.class,
                "greedy, sample, top_k, top_p");
        double temperature = state.has("temperature")
                ? JsonFields.number(state.get("temperature"), "attention.temperature", 0.1, 2) : 1;
        int topK = state.has("topK") ? JsonFields.integer(state.get("topK"), "attention.topK", 1, 200) : 10;
        double topP = state.has("topP") ? JsonFields.number(state.get("topP"), "attention.topP", 0.05, 1) : 0.9;
        int seed = state.has("seed") ? JsonFields.integer(state.get("seed"), "attention.seed", 0, NextTokenPane.MAX_SEED) : 0;
        int newTokens = state.has("newTokens")
                ? JsonFields.integer(state.get("newTokens"), "attention.newTokens", 1, NextTokenPane.MAX_NEW_TOKENS) : 20;
        if (state.has("text") && !state.get("text").isTextual()) {
            throw new BadInputException(SessionProblem.ATTENTION_TEXT);
        }
        if (state.has("model") && !state.get("model").isTextual() && !state.get("model").isNull()) {
            throw new BadInputException(SessionProblem.ATTENTION_MODEL);
        }
        Path model;
        try {
            model = state.path("model").isTextual() ? Path.of(state.get("model").asText()) : null;
        } catch (java.nio.file.InvalidPathException e) {
            throw new BadInputException(SessionProblem.ATTENTION_MODEL_PATH, e.getReason());
        }
        boolean residual = state.has("residual") && JsonFields.bool(state.get("residual"), "attention.residual");
        BitSet chosenHeads = heads;
        return () -> {
            AttentionPanel p = panel();
            AttentionState s = p.state;
            if (text != null) {
                s.text.set(text);
            }
            s.layer.set(layer);
            s.head.set(head);
            if (chosenHeads != null) {
                s.heads.set(chosenHeads);
            }
            s.tab.set(tab);
            if (mode != null) {
                s.matrixMode.set(mode);
            }
            s.residual.set(residual);
            s.temperature.set(temperature);
            if (strategy != null) {
                s.strategy.set(strategy);
            }
            s.topK.set(topK);
            s.topP.set(topP);
            s.seed.set(seed);
            s.newTokens.set(newTokens);
            if (model != null && Gpt2Checkpoint.looksLikeCheckpoint(model)
                    && (s.model.get() == null || !s.model.get().folder().equals(model))) {
                p.loadModel(model);
            }
        };
    }

    private static <E extends Enum<E>> E choice(JsonNode state, String key, Class<E> type, String expected) {
        if (!state.has(key)) {
            return null;
        }
        try {
            return Enum.valueOf(type, state.get(key).asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(SessionProblem.ATTENTION_CHOICE, key, expected, JsonFields.shownValue(state.get(key)));
        }
    }

    private static int integer(JsonNode state, String key, int min, int max) {
        if (!state.has(key)) {
            return min;
        }
        return JsonFields.integer(state.get(key), "attention." + key, min, max);
    }

    @Override
    public Node exportView() {
        return panel().exportView();
    }

    @Override
    public List<FileChooser.ExtensionFilter> openableFiles() {
        return List.of(new FileChooser.ExtensionFilter(
                context.i18n().messages("attention").get("model.filter"), "*.safetensors", "config.json"));
    }

    /** A model.safetensors or config.json opens the model folder that holds it. */
    @Override
    public void open(Path file) {
        Path folder = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        panel().loadModel(folder);
    }
}
