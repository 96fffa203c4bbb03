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

    @Override
    public ObjectNode saveState() {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        if (panel == null) {
            return state;
        }
        AttentionState s = panel.state;
        state.put("text", s.text.get());
        state.put("layer", s.layer.get());
        state.put("head", s.head.get());
        var heads = state.putArray("heads");
        s.heads.get().stream().forEach(heads::add);
        state.put("tab", panel.tabs.getSelectionModel().getSelectedIndex());
        state.put("matrix", panel.matrix.mode().name().toLowerCase(Locale.ROOT));
        state.put("residual", panel.vectors.showsResidual());
        state.put("temperature", panel.next.temperature());
        if (s.model.get() != null) {
            state.put("model", s.model.get().folder().toAbsolutePath().toString());
        }
        return state;
    }

    @Override
    public Runnable prepareRestore(JsonNode state) {
        String text = state.path("text").isTextual() ? state.get("text").asText() : null;
        int layer = integer(state, "layer", 0, 1000);
        int head = integer(state, "head", 0, 1000);
        int tab = integer(state, "tab", 0, 7);   // 8 tabs, Language and Training included
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
        MatrixPane.Mode mode = null;
        if (state.has("matrix")) {
            try {
                mode = MatrixPane.Mode.valueOf(state.get("matrix").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(SessionProblem.ATTENTION_MATRIX);
            }
        }
        double temperature = state.has("temperature")
                ? JsonFields.number(state.get("temperature"), "attention.temperature", 0.1, 2) : 1;
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
        boolean residual = state.path("residual").asBoolean(false);
        BitSet chosenHeads = heads;
        MatrixPane.Mode chosenMode = mode;
        return () -> {
            AttentionPanel p = panel();
            if (text != null) {
                p.state.text.set(text);
            }
            p.state.layer.set(layer);
            p.state.head.set(head);
            if (chosenHeads != null) {
                p.state.heads.set(chosenHeads);
            }
            p.tabs.getSelectionModel().select(tab);
            if (chosenMode != null) {
                p.matrix.setMode(chosenMode);
            }
            p.vectors.showResidual(residual);
            p.next.setTemperature(temperature);
            if (model != null && Gpt2Checkpoint.looksLikeCheckpoint(model)
                    && (p.state.model.get() == null || !p.state.model.get().folder().equals(model))) {
                p.loadModel(model);
            }
        };
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
