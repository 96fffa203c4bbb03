package deepmath.app.function;

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
            panel = new LevelSetsPanel(workspace, messages,
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

    @Override
    public Node exportView() {
        view();
        return panel.map();
    }
}
