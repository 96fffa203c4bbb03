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
    private final SurfaceOptions display = new SurfaceOptions();
    private final CurveOptions curve = new CurveOptions();
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
        surfacePanel = new SurfacePanel(workspace, display, messages, e -> context.errors().report(messages.get("error.compute"), e));
        curvePanel = new CurvePanel(workspace, curve, messages, e -> context.errors().report(messages.get("error.compute"), e),
                new deepmath.app.task.ErrorText(context.i18n()));
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

    /** Everything a user can change in this lab, as one value: the function and how it is drawn. */
    record State(FunctionWorkspace.Values function, SurfaceOptions.Values display, CurveOptions.Values curve) {
    }

    State state() {
        return new State(workspace.values(), display.values(), curve.values());
    }

    @Override
    public ObjectNode saveState() {
        State s = state();
        ObjectNode node = WorkspaceState.save(s.function());
        node.set("display", SurfaceOptions.save(s.display()));
        node.set("curve", CurveOptions.save(s.curve()));
        return node;
    }

    /** A session without "display" or "curve" (older than them) draws with the default options. */
    @Override
    public Runnable prepareRestore(JsonNode state) {
        Runnable function = WorkspaceState.prepare(state, workspace);
        if (state == null || state.isEmpty()) {
            return function;
        }
        SurfaceOptions.Values shown = SurfaceOptions.read(state.get("display"));
        CurveOptions.Values drawn = CurveOptions.read(state.get("curve"));
        return () -> {
            function.run();
            display.set(shown);
            curve.set(drawn);
        };
    }

    @Override
    public Node exportView() {
        view();
        return workspace.modeProperty().get() == PlotMode.CURVE ? curvePanel.plot() : surfacePanel.surfaceView();
    }
}
