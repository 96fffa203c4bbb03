package deepmath.app.convolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.image.ImageFiles;
import deepmath.viz.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.FileChooser;

/**
 * The convolution playground (book chapters 11–15): signal (1-D), matrix (the computation step by step, pooling),
 * image (photos, kernels, pooling), convolution neurons and layers, backpropagation through a convolution neuron,
 * the algebraic properties, and tensors ({@link deepmath.app.tensor.TensorTab}, ch. 15). Opens image files;
 * remembers its settings in sessions.
 */
public final class ConvolutionLab implements Lab {
    private final LabContext context;
    private final Messages text;
    private final ConvolutionState state = new ConvolutionState();
    private final SignalTab signal;
    private final MatrixTab matrix;
    private final ImageTab image;
    private final LayerTab layer;
    private final BackpropTab backprop;
    private final PropertiesTab properties;
    private final deepmath.app.tensor.TensorTab tensors;
    private TabPane tabs;

    public ConvolutionLab(LabContext context) {
        this.context = context;
        this.text = context.i18n().messages("convolution");
        this.signal = new SignalTab(text, state.signalProperty());
        this.matrix = new MatrixTab(text, context.i18n(), state.matrixProperty());
        this.image = new ImageTab(context, text, state.imageProperty());
        this.layer = new LayerTab(text, state.layerProperty());
        this.backprop = new BackpropTab(text, state.backpropProperty());
        this.properties = new PropertiesTab(text, state.propertiesProperty());
        this.tensors = new deepmath.app.tensor.TensorTab(context);
    }

    @Override
    public LabId id() {
        return LabId.CONVOLUTION;
    }

    @Override
    public Node view() {
        if (tabs == null) {
            tabs = new TabPane(tab("signal", signal.node()), tab("matrix", matrix.node()), tab("image", image.node()),
                    tab("layer", layer.node()), tab("backprop", backprop.node()),
                    tab("properties", properties.node()), tab("tensors", tensors.node()));
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.setId("lab-" + id().key());
            tabs.getStyleClass().add("convolution-lab");
            tabs.getSelectionModel().select(state.tabProperty().get().ordinal());
            tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
                if (now.intValue() >= 0) {
                    state.tabProperty().set(ConvolutionTab.values()[now.intValue()]);
                }
            });
            state.tabProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(now.ordinal()));
        }
        return tabs;
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(text.text("tab." + key));
        tab.setContent(content);
        tab.setId("conv-tab-" + key);
        return tab;
    }

    /** Selects a tab by key (signal, matrix, image, tensors): for --screenshot and tests. */
    public void select(String key) {
        view();
        state.tabProperty().set(ConvolutionTab.fromKey(key));
    }

    @Override
    public Node exportView() {
        view();
        return tabs.getSelectionModel().getSelectedItem().getContent();
    }

    @Override
    public List<FileChooser.ExtensionFilter> openableFiles() {
        return imageFilters(text);
    }

    static List<FileChooser.ExtensionFilter> imageFilters(Messages text) {
        return List.of(new FileChooser.ExtensionFilter(text.get("image.files"),
                ImageFiles.EXTENSIONS.stream().flatMap(e -> java.util.stream.Stream.of("*." + e,
                        "*." + e.toUpperCase(Locale.ROOT))).toList()));
    }

    @Override
    public void open(Path file) {
        select("image");
        image.open(file);
    }

    @Override
    public ObjectNode saveState() {
        ObjectNode saved = ConvolutionSession.write(state.snapshot());
        saved.set("tensors", tensors.save());
        return saved;
    }

    /** Reads the session's part (no control is touched: this may run off the FX thread), then applies it. */
    @Override
    public Runnable prepareRestore(JsonNode saved) {
        ConvolutionState.Snapshot restored = ConvolutionSession.read(saved);
        Runnable restoreTensors = tensors.prepareRestore(saved == null ? null : saved.get("tensors"));
        return () -> {
            view();
            state.apply(restored);
            restoreTensors.run();
        };
    }

    /** The lab's state (tests compare two windows by it). */
    ConvolutionState state() {
        return state;
    }

    /** For tests: the image tab's current result and whether a preview is still computing. */
    ImageTab imageTab() {
        return image;
    }

    MatrixTab matrixTab() {
        return matrix;
    }

    /** The Tensors tab (its tests reach its state through it). */
    public deepmath.app.tensor.TensorTab tensorTab() {
        return tensors;
    }

    SignalTab signalTab() {
        return signal;
    }

    LayerTab layerTab() {
        return layer;
    }

    BackpropTab backpropTab() {
        return backprop;
    }

    PropertiesTab propertiesTab() {
        return properties;
    }
}
