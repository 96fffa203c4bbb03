package deepmath.app.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.viz.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/** The level-sets lab: the same function as the surfaces lab (shared workspace), seen from above. */
public final class LevelSetsLab implements Lab {
    private final LabContext context;
    private final FunctionWorkspace workspace;
    private final Messages messages;
    private final LevelSetOptions options = new LevelSetOptions();
    private BorderPane view;
    private LevelSetsPanel panel;

    public LevelSetsLab(LabContext context, FunctionWorkspace workspace) {
        this.context = context;
        this.workspace = workspace;
        this.messages = context.i18n().messages("function");
    }

    @Override
    public LabId id() {
        return LabId.LEVEL_SETS;
    }

    @Override
    public Node view() {
        if (view == null) {
            panel = new LevelSetsPanel(workspace, options, messages,
                    e -> context.errors().report(messages.get("error.compute"), e));
            view = new BorderPane(panel);
            view.setTop(new FormulaBar(workspace, messages, context.i18n()));
            view.setId("lab-" + id().key());
            view.getStyleClass().add("lab-page");
        }
        return view;
    }

    @Override
    public void shown() {
        if (workspace.modeProperty().get() == PlotMode.CURVE && workspace.formula().variables().size() <= 1) {
            // Level sets need two variables: show the curve's formula as a surface here.
            workspace.modeProperty().set(PlotMode.SURFACE);
        }
        panel.setActive(true);
    }

    /**
     * Everything a user can change in this lab, as one value: the function (shared with the surfaces lab, which
     * writes it to the session) and how its level sets are drawn.
     */
    record State(FunctionWorkspace.Values function, LevelSetOptions.Values levels) {
    }

    State state() {
        return new State(workspace.values(), options.values());
    }

    @Override
    public ObjectNode saveState() {
        return LevelSetOptions.save(options.values());
    }

    /** A session without this lab's part (older than it) draws with the default options. */
    @Override
    public Runnable prepareRestore(JsonNode state) {
        LevelSetOptions.Values drawn = LevelSetOptions.read(state);
        return () -> options.set(drawn);
    }

    @Override
    public Node exportView() {
        view();
        return panel.map();
    }
}
