package deepmath.app.descent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.descent.DescentPreset;
import deepmath.viz.i18n.Messages;
import deepmath.optim.OptimizerKind;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The gradient-descent lab (book ch. 8). */
public final class DescentLab implements Lab {
    private final LabContext context;
    private final Messages messages;
    private DescentPanel panel;

    public DescentLab(LabContext context) {
        this.context = context;
        this.messages = context.i18n().messages("descent");
    }

    @Override
    public LabId id() {
        return LabId.DESCENT;
    }

    @Override
    public Node view() {
        if (panel == null) {
            panel = new DescentPanel(messages, context.i18n(),
                    e -> context.errors().report(messages.get("error.compute"), e));
            panel.setId("lab-" + id().key());
            panel.getStyleClass().add("lab-page");
            panel.controls().exportCsv.setOnAction(e -> exportCsv());
        }
        return panel;
    }

    @Override
    public void shown() {
        view();
        panel.setActive(true);
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("control.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("descent.csv");
        File file = chooser.showSaveDialog(context.window().get());
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.writeString(file.toPath(), panel.csv());
        } catch (Exception e) {
            context.errors().report(messages.get("control.export"), e);
        }
    }

    @Override
    public ObjectNode saveState() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (panel == null) {
            return node;
        }
        DescentControls c = panel.controls();
        if (c.presets.getValue() != null) {
            node.put("preset", c.presets.getValue().id());
        }
        node.put("method", c.method.getValue().key());
        node.put("step", c.step());
        node.put("mu", c.mu.getValue());
        var race = node.putArray("race");
        c.racers().stream().skip(1).forEach(k -> race.add(k.key()));
        node.put("batch", c.batch.getValue());
        node.put("steps", panel.stepsDone());
        return node;
    }

    /** Checks every field first (sessions are all-or-nothing), then returns what replays the run. */
    @Override
    public Runnable prepareRestore(JsonNode state) {
        if (state == null || !state.has("preset")) {
            return () -> { };
        }
        if (!state.get("preset").isTextual()) {
            throw new BadInputException("descent: 'preset' must be a preset's name");
        }
        String id = state.get("preset").asText();
        DescentPreset preset = DescentPreset.all().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new BadInputException("descent: unknown preset '" + id + "'"));
        OptimizerKind method = state.hasNonNull("method") ? OptimizerKind.fromKey(text(state, "method")) : null;
        // Values are range-checked as well as typed: a step of 1e308 or 4294967297 steps are refused here,
        // before any lab changes, not discovered by the panel afterwards.
        double step = state.has("step") ? JsonFields.number(state.get("step"), "descent: 'step'", MIN_STEP, MAX_STEP) : preset.step();
        double mu = state.has("mu") ? JsonFields.number(state.get("mu"), "descent: 'mu'", 0, MAX_MU) : preset.mu();
        List<OptimizerKind> race = new ArrayList<>();
        if (state.has("race") && !state.get("race").isArray()) {
            throw new BadInputException("descent: 'race' must be a list of method names");
        }
        for (JsonNode k : state.path("race")) {
            if (!k.isTextual()) {
                throw new BadInputException("descent: 'race' must be a list of method names, got " + JsonFields.shown(k));
            }
            race.add(OptimizerKind.fromKey(k.asText()));
        }
        int batch = state.has("batch") ? JsonFields.integer(state.get("batch"), "descent: 'batch'", 0, MAX_BATCH)
                : preset.batchSize();
        int steps = state.has("steps") ? JsonFields.integer(state.get("steps"), "descent: 'steps'", 0, 100_000) : 0;
        return () -> {
            view();
            panel.restore(preset, method, step, mu, race, batch, steps);
        };
    }

    /**
     * The ranges of the lab's controls (δ slider 10^-4..2, μ slider 0..0.99, batch spinner 0..1000): a session
     * value outside would be clamped by the control, i.e. silently changed, so it is refused instead.
     */
    static final double MIN_STEP = 0.9999e-4; // 10^-4 and 2 with room for the slider's rounding
    static final double MAX_STEP = 2.0001; // the book's diverging δ = 1.1 (ch. 8, line 9034) is a session value
    static final double MAX_MU = 0.99;
    static final int MAX_BATCH = 1000;

    private static String text(JsonNode state, String key) {
        if (!state.get(key).isTextual()) {
            throw new BadInputException("descent: '" + key + "' must be a name, got " + JsonFields.shown(state.get(key)));
        }
        return state.get(key).asText();
    }

    /** File > Open (or a dropped file) while this lab is shown: points x,y for the regression. */
    @Override
    public List<FileChooser.ExtensionFilter> openableFiles() {
        return List.of(new FileChooser.ExtensionFilter(messages.get("open.csv"), "*.csv", "*.txt"));
    }

    @Override
    public void open(java.nio.file.Path file) {
        view();
        try {
            panel.loadRegressionData(deepmath.descent.PointCloud.readCsv(file), file.getFileName().toString());
        } catch (Exception e) {
            context.errors().report(messages.get("open.csv"), e);
        }
    }

    @Override
    public Node exportView() {
        view();
        return panel.map();
    }
}
