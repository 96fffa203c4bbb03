package deepmath.app.descent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.core.AtomicFiles;
import deepmath.descent.PointCloud;
import deepmath.viz.i18n.Messages;
import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The gradient-descent lab (book ch. 8): its {@link DescentState}, shown by a {@link DescentPanel}. */
public final class DescentLab implements Lab {
    private final LabContext context;
    private final Messages messages;
    private final DescentState state = new DescentState();
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
            panel = new DescentPanel(state, messages, context.i18n(),
                    e -> context.errors().report(messages.get("error.compute"), e));
            panel.setId("lab-" + id().key());
            panel.getStyleClass().add("lab-page");
            panel.controls().exportCsv.setOnAction(e -> exportCsv());
        }
        return panel;
    }

    /** The lab's state (what the session saves and the panel draws). */
    DescentState state() {
        return state;
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
            AtomicFiles.writeString(file.toPath(), ControlsBinding.csv(state));
        } catch (Exception e) {
            context.errors().report(messages.get("control.export"), e);
        }
    }

    @Override
    public ObjectNode saveState() {
        return DescentStateJson.save(state);
    }

    /** Checks every field first (sessions are all-or-nothing), then returns what sets the state and replays the run. */
    @Override
    public Runnable prepareRestore(JsonNode state) {
        return DescentStateJson.prepare(state, this.state);
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
            PointCloud points = PointCloud.readCsv(file);
            state.loadRegressionData(points);
            panel.controls().status.setText(messages.get("open.loaded", points.size(), file.getFileName().toString()));
        } catch (Exception e) {
            context.errors().report(messages.get("open.csv"), e);
        }
    }

    @Override
    public Node exportView() {
        view();
        return panel.mainFigure();
    }
}
