package deepmath.app.descent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
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
        String id = state.get("preset").asText();
        DescentPreset preset = DescentPreset.all().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new BadInputException("descent: unknown preset '" + id + "'"));
        OptimizerKind method = state.has("method") ? OptimizerKind.fromKey(state.get("method").asText()) : null;
        double step = state.path("step").asDouble(preset.step());
        double mu = state.path("mu").asDouble(preset.mu());
        if (!(step > 0) || !(mu >= 0 && mu < 1)) {
            throw new BadInputException("descent: 'step' must be > 0 and 'mu' in [0, 1)");
        }
        List<OptimizerKind> race = new ArrayList<>();
        state.path("race").forEach(k -> race.add(OptimizerKind.fromKey(k.asText())));
        int batch = state.path("batch").asInt(preset.batchSize());
        int steps = state.path("steps").asInt(0);
        if (steps < 0 || steps > 100_000 || batch < 0) {
            throw new BadInputException("descent: 'steps' must be in 0..100000 and 'batch' >= 0");
        }
        return () -> {
            view();
            panel.restore(preset, method, step, mu, race, batch, steps);
        };
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
