package deepmath.app.descent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.core.BadInputException;
import deepmath.descent.DescentPreset;
import deepmath.viz.i18n.Messages;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            Files.writeString(file.toPath(), panel.csv(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            context.errors().report(messages.get("control.export"), e);
        }
    }

    @Override
    public ObjectNode saveState() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (panel != null && panel.controls().presets.getValue() != null) {
            node.put("preset", panel.controls().presets.getValue().id());
        }
        return node;
    }

    @Override
    public Runnable prepareRestore(JsonNode state) {
        if (state == null || !state.has("preset")) {
            return () -> { };
        }
        String id = state.get("preset").asText();
        DescentPreset preset = DescentPreset.all().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new BadInputException("descent: unknown preset '" + id + "'"));
        return () -> {
            view();
            panel.controls().presets.setValue(preset);
        };
    }

    @Override
    public Node exportView() {
        view();
        return panel.map();
    }
}
