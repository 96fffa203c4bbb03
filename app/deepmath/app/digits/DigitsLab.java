package deepmath.app.digits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.ModelKind;
import deepmath.digits.WeightsFile;
import deepmath.viz.i18n.Messages;
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
        draw = new DrawPane(state, messages);
        testSet = new TestSetPane(state, messages, context.tasks(), digit -> {
            draw.show(digit);
            tabs.getSelectionModel().select(0);
        });
        inside = new InsidePane(state, messages);
        train = new TrainPane(state, messages, context.tasks(), context.errors(), context.done());
        tabs.getTabs().setAll(tab("tab.draw", draw.node()), tab("tab.test", testSet.node()),
                tab("tab.inside", inside.node()), tab("tab.train", train.node()));
        tabs.setId("digits-tabs");
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
        reader.setConverter(modelNames(messages));
        reader.setMinWidth(Region.USE_PREF_SIZE);
        reader.valueProperty().bindBidirectional(state.kindProperty());
        state.kindProperty().addListener(o -> refreshTestSet());
        Label readerLabel = new Label();
        readerLabel.textProperty().bind(messages.text("toolbar.model"));
        Button load = button("toolbar.load", this::chooseAndLoad);
        Button save = button("toolbar.save", this::chooseAndSave);
        Button shipped = button("toolbar.shipped", this::restoreShipped);
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
            // the menu's button keeps the old text until its value is set again: do it away from the state
            reader.valueProperty().unbindBidirectional(state.kindProperty());
            reader.setConverter(modelNames(messages));
            reader.setValue(null);
            reader.valueProperty().bindBidirectional(state.kindProperty());
            draw.relabel();
            testSet.relabel();
            inside.relabel();
            train.relabel();
        });
    }

    /** The networks' names in the current language (a new converter each time: the menus redraw). */
    static javafx.util.StringConverter<ModelKind> modelNames(Messages messages) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(ModelKind k) {
                return k == null ? "" : messages.get("model." + k.key());
            }

            @Override
            public ModelKind fromString(String s) {
                return null;
            }
        };
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

    private Button button(String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(messages.text(key));
        b.setOnAction(e -> action.run());
        b.setId("digits-" + key.substring(key.indexOf('.') + 1));
        return b;
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

    @Override
    public ObjectNode saveState() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("model", state.kindProperty().get().key());
        node.put("tab", tabs.getSelectionModel().getSelectedIndex() < 0 ? 0 : tabs.getSelectionModel().getSelectedIndex());
        if (draw == null) {
            return node;
        }
        List<double[]> strokes = draw.pad().strokes();
        if (!strokes.isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode array = node.putArray("strokes");
            List<Boolean> erasing = draw.pad().erasingStrokes();
            for (int s = 0; s < strokes.size(); s++) {
                ObjectNode stroke = array.addObject();
                stroke.put("erase", erasing.get(s));
                com.fasterxml.jackson.databind.node.ArrayNode points = stroke.putArray("points");
                for (double v : strokes.get(s)) {
                    points.add(Math.round(v * 10) / 10.0);
                }
            }
        } else {
            com.fasterxml.jackson.databind.node.ArrayNode digit = node.putArray("digit");
            for (float v : state.digitProperty().get()) {
                digit.add(Math.round(v * 1000) / 1000.0);
            }
        }
        return node;
    }

    /** Largest |coordinate| of a stroke point in a session (the pad is a few hundred pixels wide). */
    static final double MAX_COORDINATE = 1e5;

    @Override
    public Runnable prepareRestore(JsonNode node) {
        if (node.has("model") && !node.get("model").isTextual()) {
            throw new BadInputException("digits.model must be dense or cnn, got " + JsonFields.shown(node.get("model")));
        }
        ModelKind kind = node.has("model") ? ModelKind.fromKey(node.get("model").asText()) : ModelKind.CNN;
        int tab = node.has("tab") ? JsonFields.integer(node.get("tab"), "digits.tab", 0, 3) : 0;
        if (node.has("strokes") && !node.get("strokes").isArray()) {
            throw new BadInputException("digits.strokes must be a list of strokes");
        }
        List<double[]> strokes = new java.util.ArrayList<>();
        List<Boolean> erasing = new java.util.ArrayList<>();
        for (JsonNode stroke : node.path("strokes")) {
            JsonNode points = stroke.path("points");
            if (!points.isArray() || points.size() % 2 != 0) {
                throw new BadInputException("digits.strokes: each stroke needs \"points\": [x0, y0, x1, y1, ...]");
            }
            double[] xy = new double[points.size()];
            for (int i = 0; i < xy.length; i++) {
                // Pad coordinates: finite and near the pad (a point at 1e308 would overflow the drawing maths).
                xy[i] = JsonFields.number(points.get(i), "digits.strokes: a point's coordinate", -MAX_COORDINATE,
                        MAX_COORDINATE);
            }
            strokes.add(xy);
            erasing.add(stroke.path("erase").asBoolean(false));
        }
        float[] digit = null;
        if (node.has("digit")) {
            JsonNode values = node.get("digit");
            if (!values.isArray() || values.size() != DigitSet.PIXELS) {
                throw new BadInputException("digits.digit must hold 784 values (28 × 28)");
            }
            digit = new float[DigitSet.PIXELS];
            for (int i = 0; i < digit.length; i++) {
                digit[i] = (float) JsonFields.number(values.get(i), "digits.digit[" + i + "]", 0, 1);
            }
        }
        float[] shown = digit;
        return () -> {
            view();
            state.kindProperty().set(kind);
            tabs.getSelectionModel().select(tab);
            if (!strokes.isEmpty()) {
                draw.pad().replay(strokes, erasing);
            } else if (shown != null) {
                draw.show(shown);
            }
        };
    }
}
