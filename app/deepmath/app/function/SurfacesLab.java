package deepmath.app.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.viz.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The surfaces & curves lab: a formula, drawn as a curve with its derivatives or as a 3D surface. */
public final class SurfacesLab implements Lab {
    private final LabContext context;
    private final FunctionWorkspace workspace;
    private final Messages messages;
    private BorderPane view;
    private SurfacePanel surfacePanel;
    private CurvePanel curvePanel;
    private boolean shown;

    public SurfacesLab(LabContext context, FunctionWorkspace workspace) {
        this.context = context;
        this.workspace = workspace;
        this.messages = context.i18n().messages("function");
    }

    @Override
    public LabId id() {
        return LabId.SURFACES;
    }

    @Override
    public Node view() {
        if (view == null) {
            build();
        }
        return view;
    }

    private void build() {
        surfacePanel = new SurfacePanel(workspace, messages, e -> context.errors().report(messages.get("error.compute"), e));
        curvePanel = new CurvePanel(workspace, messages, e -> context.errors().report(messages.get("error.compute"), e));
        StackPane modes = new StackPane(surfacePanel, curvePanel);
        view = new BorderPane(modes);
        view.setTop(new FormulaBar(workspace, messages, context.i18n()));
        view.setId("lab-" + id().key());
        view.getStyleClass().add("lab-page");
        workspace.modeProperty().addListener(o -> showMode());
        showMode();
    }

    private void showMode() {
        boolean curve = workspace.modeProperty().get() == PlotMode.CURVE;
        curvePanel.setVisible(curve);
        surfacePanel.setVisible(!curve);
        curvePanel.setActive(shown && curve);
        surfacePanel.setActive(shown && !curve);
    }

    @Override
    public void shown() {
        shown = true;
        showMode();
    }

    @Override
    public ObjectNode saveState() {
        return WorkspaceState.save(workspace);
    }

    @Override
    public Runnable prepareRestore(JsonNode state) {
        return WorkspaceState.prepare(state, workspace);
    }

    @Override
    public Node exportView() {
        view();
        return workspace.modeProperty().get() == PlotMode.CURVE ? curvePanel.plot() : surfacePanel.surfaceView();
    }
}
