package deepmath.app.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.viz.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The model builder (chapters 6, 10 and 14): write a sequential network layer by layer as the book does with
 * keras, read its summary as {@code model.summary()} prints it, start from one of the book's networks, choose the
 * data and the training settings. Its state is one {@link ModelsState}, which the session saves.
 */
public final class ModelsLab implements Lab {
    private final LabContext context;
    private final PulledData pulledData;
    private final Messages messages;
    private final ModelsState state = new ModelsState();
    private final TabPane tabs = new TabPane();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private BorderPane view;
    private ModelPane model;
    private TrainPane train;

    public ModelsLab(LabContext context) {
        this(context, PulledData.standard());
    }

    /** With the downloaded sets' registry, cache and catalogue given (the tests': a loopback registry). */
    public ModelsLab(LabContext context, PulledData pulledData) {
        this.context = context;
        this.pulledData = pulledData;
        this.messages = context.i18n().messages("models");
    }

    @Override
    public LabId id() {
        return LabId.MODELS;
    }

    @Override
    public Node view() {
        if (view == null) {
            build();
        }
        return view;
    }

    private void build() {
        model = new ModelPane(state, messages, context.i18n());
        train = new TrainPane(state, messages, context.i18n(), context.tasks(), context.done(), pulledData);
        running.bind(train.runningProperty());
        PulledDataRow pulled = new PulledDataRow(messages, context.tasks(),
                new deepmath.app.task.ErrorText(context.i18n()), running, pulledData);
        SettingsPane settings = new SettingsPane(state, messages, running, context.window(), pulled, pulledData);
        VBox left = new VBox(14, settings.node(), train.controls());
        left.setPadding(new Insets(12));
        ScrollPane settingsScroll = new ScrollPane(left);
        settingsScroll.setFitToWidth(true);
        // the charts take the rest of the width; the hints wrap in this column
        // at least as wide as the controls need (the French loss and optimiser names are longer): never clipped
        settingsScroll.minViewportWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(430, left.minWidth(-1)), left.widthProperty(), messages.language()));
        settingsScroll.prefViewportWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(470, left.minWidth(-1)), left.widthProperty(), messages.language()));
        settingsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Node charts = train.charts();
        HBox.setHgrow(charts, Priority.ALWAYS);
        HBox training = new HBox(8, settingsScroll, charts);
        training.setPadding(new Insets(0, 12, 12, 0));
        SeesPane sees = new SeesPane(messages, context.tasks(), train.trainedProperty(), running);
        // fitted to the tab; when the tab is lower than the editor and the summary need (the French hints wrap to
        // more lines), a bar scrolls rather than the tab's edge cutting the layer's fields and the total
        ScrollPane modelScroll = new ScrollPane(model.node());
        modelScroll.setFitToWidth(true);
        modelScroll.setFitToHeight(true);
        tabs.getTabs().setAll(tab("tab.model", modelScroll), tab("tab.train", training),
                tab("tab.sees", sees.node()));
        tabs.setId("models-tabs");
        tabs.getSelectionModel().select(Math.min(state.tabProperty().get(), tabs.getTabs().size() - 1));
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> state.tabProperty().set(now.intValue()));
        state.tabProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(now.intValue()));
        view = new BorderPane(tabs);
        view.setId("lab-" + id().key());
        view.getStyleClass().add("models-lab");
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(messages.text(key));
        tab.setContent(content);
        tab.setClosable(false);
        tab.setId("models-" + key.replace('.', '-'));
        return tab;
    }

    ModelsState state() {
        return state;
    }

    TrainPane trainPane() {
        return train;
    }

    ModelPane modelPane() {
        return model;
    }

    @Override
    public ObjectNode saveState() {
        return ModelsSession.save(state.values());
    }

    @Override
    public Runnable prepareRestore(JsonNode node) {
        ModelsSession.Restored r = ModelsSession.read(node);
        return () -> {
            view();
            state.restore(r.input(), r.layers(), r.preset());
            state.dataProperty().set(r.data());
            state.trainingProperty().set(r.training());
            state.tabProperty().set(Math.min(r.tab(), tabs.getTabs().size() - 1));
        };
    }
}
