package deepmath.app.digits;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.ModelKind;
import deepmath.digits.WeightsFile;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * Handwritten digits (chapters 10, 12, 14, 16): draw a digit and watch a network read it, judge the networks
 * on the held-out MNIST digits, look inside the convolutional network, train either network from scratch.
 * The shipped pre-trained weights are loaded when the lab is first shown, so everything works at once.
 */
public final class DigitsLab implements Lab {
    private final LabContext context;
    private final Messages messages;
    private final DigitsState state = new DigitsState();
    private final ComboBox<ModelKind> reader = new ComboBox<>(FXCollections.observableArrayList(ModelKind.values()));
    private final TabPane tabs = new TabPane();
    private BorderPane view;
    private DrawPane draw;
    private TestSetPane testSet;
    private TrainPane train;
    private InsidePane inside;

    public DigitsLab(LabContext context) {
        this.context = context;
        this.messages = context.i18n().messages("digits");
    }

    @Override
    public LabId id() {
        return LabId.DIGITS;
    }

    @Override
    public Node view() {
        if (view == null) {
            build();
            load();
        }
        return view;
    }

    private void build() {
        java.util.function.Consumer<Throwable> readingFailed = e -> context.errors().report(messages.get("draw.failed"), e);
        draw = new DrawPane(state, messages, context.nd4jReady(), readingFailed);
        testSet = new TestSetPane(state, messages, context.tasks(), digit -> {
            draw.show(digit);
            tabs.getSelectionModel().select(0);
        });
        inside = new InsidePane(state, messages, context.nd4jReady(), readingFailed);
        train = new TrainPane(state, messages, context.tasks(), context.errors(), context.done());
        tabs.getTabs().setAll(tab("tab.draw", draw.node()), tab("tab.test", testSet.node()),
                tab("tab.inside", inside.node()), tab("tab.train", train.node()));
        tabs.setId("digits-tabs");
        tabs.getSelectionModel().select(state.tabProperty().get());
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> state.tabProperty().set(now.intValue()));
        state.tabProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(now.intValue()));
        tabs.getSelectionModel().selectedIndexProperty().addListener(o -> {
            inside.setActive(tabs.getSelectionModel().getSelectedIndex() == 2);
            refreshTestSet();
        });
        inside.setActive(false);
        for (ModelKind k : ModelKind.values()) {
            state.networkProperty(k).addListener(o -> {
                testSet.invalidate();
                refreshTestSet();
            });
        }

        reader.setId("digits-model");
        names(reader, messages);
        reader.setMinWidth(Region.USE_PREF_SIZE);
        reader.valueProperty().bindBidirectional(state.kindProperty());
        state.kindProperty().addListener(o -> refreshTestSet());
        Label readerLabel = Translated.label(messages, "toolbar.model");
        Button load = Translated.button(messages, "toolbar.load", this::chooseAndLoad);
        load.setId("digits-load");
        Button save = Translated.button(messages, "toolbar.save", this::chooseAndSave);
        save.setId("digits-save");
        Button shipped = Translated.button(messages, "toolbar.shipped", this::restoreShipped);
        shipped.setId("digits-shipped");
        for (Button b : List.of(load, save, shipped)) {
            b.disableProperty().bind(train.runningProperty());
        }
        FlowPane toolbar = new FlowPane(8, 6, readerLabel, reader, load, save, shipped);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6));
        view = new BorderPane(tabs);
        view.setTop(toolbar);
        view.setId("lab-" + id().key());
        view.getStyleClass().add("digits-lab");
        // texts written by hand (verdicts, titles drawn on canvases, status lines, menus) follow a switch
        context.i18n().localeProperty().addListener(o -> {
            draw.relabel();
            testSet.relabel();
            inside.relabel();
            train.relabel();
        });
    }

    /** A menu of the networks, named in the current language (it follows a switch by itself). */
    static void names(ComboBox<ModelKind> box, Messages messages) {
        Translated.cells(box, messages, k -> "model." + k.key());
    }

    /** The weights files' filter, named in the current language. */
    private FileChooser.ExtensionFilter weights() {
        return new FileChooser.ExtensionFilter(messages.get("toolbar.weightsFilter"), "*.zip");
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(messages.text(key));
        tab.setContent(content);
        tab.setClosable(false);
        tab.setId("digits-" + key.replace('.', '-'));
        return tab;
    }

    /** The 10 000 digits and both shipped networks, read in the background (≈ 0.3 s). */
    private void load() {
        context.tasks().submit(messages.get("task.load"), progress -> new Loaded(DigitSet.shippedSplit(),
                WeightsFile.shipped(ModelKind.DENSE), WeightsFile.shipped(ModelKind.CNN)), loaded -> {
                    state.dataProperty().set(loaded.data());
                    state.setNetwork(loaded.dense());
                    state.setNetwork(loaded.cnn());
                    if (isBlank(state.digitProperty().get())) {
                        draw.show(loaded.data().test().image(0));
                    }
                    refreshTestSet();
                });
    }

    private record Loaded(DigitSet.Split data, DigitNetwork dense, DigitNetwork cnn) {
    }

    private static boolean isBlank(float[] digit) {
        for (float v : digit) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private void refreshTestSet() {
        if (tabs.getSelectionModel().getSelectedIndex() == 1 && state.ready()) {
            testSet.refresh();
        }
    }

    /** Selects a tab by index (0 draw, 1 test set, 2 inside the CNN, 3 training). */
    void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    DigitsState state() {
        return state;
    }

    /** True while a reading of the digit shown (its probabilities, the CNN's maps) is still to be drawn. */
    boolean predicting() {
        return draw.busy() || inside.busy();
    }

    DrawPane drawPane() {
        return draw;
    }

    TestSetPane testSet() {
        return testSet;
    }

    TrainPane trainPane() {
        return train;
    }

    private void chooseAndLoad() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(weights());
        java.io.File file = chooser.showOpenDialog(context.window().get());
        if (file != null) {
            open(file.toPath());
        }
    }

    @Override
    public void open(Path file) {
        view();
        try {
            DigitNetwork network = WeightsFile.read(file);
            state.setNetwork(network);
            state.kindProperty().set(network.kind());
        } catch (IOException | RuntimeException e) {
            context.errors().report(messages.get("toolbar.load"), e);
        }
    }

    private void chooseAndSave() {
        DigitNetwork network = state.network();
        if (network == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(weights());
        chooser.setInitialFileName(network.kind().key() + ".zip");
        java.io.File file = chooser.showSaveDialog(context.window().get());
        if (file != null) {
            try {
                WeightsFile.write(network, null, file.toPath());
            } catch (IOException | RuntimeException e) {
                context.errors().report(messages.get("toolbar.save"), e);
            }
        }
    }

    private void restoreShipped() {
        state.setNetwork(WeightsFile.shipped(state.kindProperty().get()));
    }

    @Override
    public List<FileChooser.ExtensionFilter> openableFiles() {
        return List.of(weights());
    }

    /** Everything a user changes in this lab, as one value (see {@link DigitsState#values}). */
    DigitsState.Values stateValues() {
        return state.values();
    }

    @Override
    public ObjectNode saveState() {
        return DigitsSession.save(state.values(), draw != null);
    }

    @Override
    public Runnable prepareRestore(JsonNode node) {
        DigitsSession.Restored restored = DigitsSession.read(node);
        return () -> {
            view();
            state.kindProperty().set(restored.reader());
            state.trainingProperty().set(restored.training());
            state.tabProperty().set(restored.tab());
            if (!restored.strokes().isEmpty()) {
                draw.replay(restored.strokes());
            } else if (restored.digit() != null) {
                draw.show(restored.digit());
            }
        };
    }
}
