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
    private TerrainPanel terrain;
    private FormulaBar formulaBar;
    /** The book's topographic map (ch. 3, line 3258) instead of the formula's level sets. */
    private final javafx.beans.property.BooleanProperty topographic =
            new javafx.beans.property.SimpleBooleanProperty(this, "topographic");
    private boolean shown;

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
            terrain = new TerrainPanel(messages, e -> context.errors().report(messages.get("error.compute"), e));
            formulaBar = new FormulaBar(workspace, messages, context.i18n());
            view = new BorderPane(panel);
            view.setTop(new javafx.scene.layout.VBox(4, sourceSwitch(), formulaBar));
            view.setId("lab-" + id().key());
            view.getStyleClass().add("lab-page");
            topographic.addListener(o -> showSource());
            showSource();
        }
        return view;
    }

    /** What the map shows: the formula's level sets, or the real terrain of the book's topographic map. */
    private javafx.scene.Node sourceSwitch() {
        javafx.scene.control.ToggleButton formula = new javafx.scene.control.ToggleButton();
        javafx.scene.control.ToggleButton map = new javafx.scene.control.ToggleButton();
        formula.setId("levels-source-formula");
        map.setId("levels-source-terrain");
        formula.textProperty().bind(messages.text("terrain.switch.formula"));
        map.textProperty().bind(messages.text("terrain.switch.map"));
        org.controlsfx.control.SegmentedButton box = new org.controlsfx.control.SegmentedButton(formula, map);
        box.setId("levels-source");
        javafx.scene.control.ToggleGroup group = box.getToggleGroup();
        formula.setToggleGroup(group);
        map.setToggleGroup(group);
        Runnable follow = () -> group.selectToggle(topographic.get() ? map : formula);
        follow.run();
        topographic.addListener(o -> follow.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                follow.run();   // a click on the pressed button keeps it pressed
            } else {
                topographic.set(now == map);
            }
        });
        return box;
    }

    private void showSource() {
        boolean onMap = topographic.get();
        view.setCenter(onMap ? terrain : panel);
        formulaBar.setVisible(!onMap);
        formulaBar.setManaged(!onMap);
        panel.setActive(shown && !onMap);
        terrain.setActive(shown && onMap);
    }

    /** Shows the book's topographic map (true) or the formula's level sets. */
    void showTopographicMap(boolean on) {
        view();
        topographic.set(on);
    }

    @Override
    public void shown() {
        if (workspace.modeProperty().get() == PlotMode.CURVE && workspace.formula().variables().size() <= 1) {
            // Level sets need two variables: show the curve's formula as a surface here.
            workspace.modeProperty().set(PlotMode.SURFACE);
        }
        shown = true;
        showSource();
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
        ObjectNode node = LevelSetOptions.save(options.values());
        node.put("topographic", topographic.get());
        if (terrain != null && terrain.intervalBox().getValue() != null) {
            node.put("terrainInterval", terrain.intervalBox().getValue());
        }
        return node;
    }

    /** A session without this lab's part (older than it) draws with the default options. */
    @Override
    public Runnable prepareRestore(JsonNode state) {
        LevelSetOptions.Values drawn = LevelSetOptions.read(state);
        DisplayFields fields = new DisplayFields(state, "level-sets");
        boolean onMap = fields.bool("topographic", false);
        int interval = fields.integer("terrainInterval", 1, 1000, deepmath.terrain.TopographicMap.BOOK_INTERVAL);
        if (java.util.Arrays.stream(deepmath.terrain.TopographicMap.INTERVALS).noneMatch(i -> i == interval)) {
            throw new deepmath.core.BadInputException(deepmath.app.session.SessionProblem.FIELD_COLOR_MAP,
                    "level-sets: 'terrainInterval'", java.util.Arrays.toString(deepmath.terrain.TopographicMap.INTERVALS),
                    interval);
        }
        return () -> {
            options.set(drawn);
            view();
            terrain.intervalBox().setValue(interval);
            topographic.set(onMap);
        };
    }

    @Override
    public Node exportView() {
        view();
        return topographic.get() ? terrain.map() : panel.map();
    }
}
