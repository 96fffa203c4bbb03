package deepmath.app.network;

import deepmath.core.BadInputException;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.nn.Activation;
import deepmath.nn.GridForward;
import deepmath.nn.Network;
import deepmath.nn.NetworkEdits;
import deepmath.viz.color.ColorMap;
import deepmath.viz.i18n.Messages;
import deepmath.viz.network.Handle;
import deepmath.viz.network.NetworkGraphView;
import deepmath.viz.plot.HeatMapImage;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The network graph with its controls: per layer an activation menu and +/− neuron buttons, +/− layer
 * buttons, and the exact value of the selected weight or bias in a field (Enter applies). Each neuron's
 * node shows its own output over the input plane.
 */
final class GraphPane {
    static final int MAX_LAYERS = 8;
    static final int MAX_NEURONS = 16;
    private static final int THUMBNAIL = 40;

    private final NetworkModel model;
    private final Messages messages;
    private final Consumer<Throwable> errors;
    private final NetworkGraphView graph = new NetworkGraphView();
    private final FlowPane layerControls = new FlowPane(10, 6);
    private final Label selectedLabel = new Label();
    private final TextField valueField = new TextField();
    private final HBox zoomBox = new HBox(4);
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane();
    private final VBox root;
    private Runnable beforeEdit = () -> { };
    private long seed = 11;

    GraphPane(NetworkModel model, Messages messages, Consumer<Throwable> errors) {
        this.model = model;
        this.messages = messages;
        this.errors = errors;
        graph.setId("network-graph");
        graph.setOnValueDragged((h, v) -> {
            beforeEdit.run();
            model.setValue(h, v);
        });
        graph.selectedProperty().addListener(o -> showSelected());
        model.networkProperty().addListener(o -> rebuild());
        model.valuesVersionProperty().addListener(o -> refresh());
        model.domainProperty().addListener(o -> refresh());
        model.sliceProperty().addListener(o -> refresh());

        valueField.setId("network-value");
        valueField.setPrefColumnCount(8);
        valueField.setOnAction(e -> applyTypedValue());
        valueField.setDisable(true);
        Label hint = new Label();
        hint.textProperty().bind(messages.text("graph.hint"));
        hint.getStyleClass().add("network-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        selectedLabel.setWrapText(true);
        selectedLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(selectedLabel, Priority.ALWAYS);
        valueField.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        zoomBox.setAlignment(Pos.CENTER_LEFT);
        zoomBox.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox editor = new HBox(8, selectedLabel, valueField);
        editor.setAlignment(Pos.CENTER_LEFT);
        // the drawing asks for the size at which every neuron and weight is legible; smaller panes scroll
        scroll.setContent(graph);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(false);
        scroll.setId("network-graph-scroll");
        scroll.getStyleClass().add("network-graph-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(6, scroll, layerControls, editor, hint);
        root.setPadding(new Insets(4));
        root.getStyleClass().add("network-graph-pane");
    }

    Node node() {
        return root;
    }

    /** After a language switch: the layer names, menus and titles are rebuilt. */
    void relabel() {
        Handle selected = graph.selectedProperty().get();
        rebuild();
        graph.selectedProperty().set(selected);
    }

    javafx.scene.control.ScrollPane scroll() {
        return scroll;
    }

    NetworkGraphView graph() {
        return graph;
    }

    /** Runs before any edit by the user (the panel stops training then). */
    void setBeforeEdit(Runnable action) {
        this.beforeEdit = action;
    }

    private void rebuild() {
        Network network = model.network();
        graph.networkProperty().set(network);
        graph.selectedProperty().set(null);
        graph.setInputNames(network.inputs() == 1 ? new String[] {"x"} : new String[] {"x", "y", "z"});
        layerControls.getChildren().clear();
        for (int l = 0; l < network.depth(); l++) {
            layerControls.getChildren().add(layerBox(network, l));
        }
        Button addLayer = button("+", "graph.addLayer", () -> edit(n -> NetworkEdits.addLayer(n, 2, Activation.TANH, seed++)));
        addLayer.setId("network-add-layer");
        addLayer.setDisable(network.depth() >= MAX_LAYERS);
        Label layersLabel = new Label();
        layersLabel.textProperty().bind(messages.text("graph.layers"));
        HBox layers = new HBox(4, layersLabel, addLayer);
        layers.setAlignment(Pos.CENTER_LEFT);
        layerControls.getChildren().add(layers);
        Button zoomOut = button("−", "graph.zoomOut", () -> graph.zoomBy(1 / 1.25));
        zoomOut.setId("network-zoom-out");
        Button zoomIn = button("+", "graph.zoomIn", () -> graph.zoomBy(1.25));
        zoomIn.setId("network-zoom-in");
        Button fit = button(messages.get("graph.zoomFit"), "graph.zoomFitTip", () -> graph.zoomProperty().set(
                graph.zoomToFit(scroll.getViewportBounds().getWidth(), scroll.getViewportBounds().getHeight())));
        fit.setId("network-zoom-fit");
        Button legible = button("1:1", "graph.zoomLegibleTip", () -> graph.zoomProperty().set(1));
        legible.setId("network-zoom-legible");
        Label zoomLabel = new Label();
        zoomLabel.textProperty().bind(messages.text("graph.zoom"));
        zoomBox.getChildren().setAll(zoomLabel, zoomOut, zoomIn, fit, legible);
        layerControls.getChildren().add(zoomBox);
        refresh();
    }

    private Node layerBox(Network network, int l) {
        boolean output = l == network.depth() - 1;
        Label name = new Label(output ? messages.get("graph.output") : messages.get("graph.layer", l + 1));
        ComboBox<Activation> activation = new ComboBox<>(FXCollections.observableArrayList(Activation.values()));
        activation.setId("network-activation-" + (l + 1));
        LocalizedConverter.install(activation, a -> messages.get("activation." + a.key()));
        activation.setValue(network.layer(l).activation());
        activation.setOnAction(e -> {
            Activation chosen = activation.getValue();
            if (chosen == null || chosen == model.network().layer(l).activation()) {
                return;
            }
            Activation was = model.network().layer(l).activation();
            try {
                // The model enforces its rules (softmax on the output layer only) and changes nothing if refused.
                NetworkEdits.setActivation(model.network(), l, chosen);
            } catch (BadInputException refused) {
                activation.setValue(was);
                errors.accept(chosen == Activation.SOFTMAX
                        ? new BadInputException(messages.get("graph.softmaxOutputOnly"), refused) : refused);
                return;
            }
            beforeEdit.run();
            model.valuesChanged();
        });
        HBox box = new HBox(4, name, activation);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("network-layer-controls");
        if (!output) {
            Button more = button("+", "graph.addNeuron", () -> edit(n -> NetworkEdits.addNeuron(n, l, seed++)));
            more.setId("network-add-neuron-" + (l + 1));
            more.setDisable(network.layer(l).neurons() >= MAX_NEURONS);
            Button fewer = button("−", "graph.removeNeuron",
                    () -> edit(n -> NetworkEdits.removeNeuron(n, l, n.layer(l).neurons() - 1)));
            fewer.setDisable(network.layer(l).neurons() <= 1);
            Button drop = button("✕", "graph.removeLayer", () -> edit(n -> NetworkEdits.removeLayer(n, l)));
            box.getChildren().addAll(more, fewer, drop);
        }
        return box;
    }

    private Button button(String text, String tooltipKey, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("network-small-button");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text(tooltipKey));
        b.setTooltip(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void edit(java.util.function.UnaryOperator<Network> change) {
        try {
            beforeEdit.run();
            model.networkProperty().set(change.apply(model.network()));
        } catch (RuntimeException e) {
            errors.accept(e);
        }
    }

    /** New values: redraw the arrows and recompute every neuron's small heat map. */
    private void refresh() {
        Network network = model.network();
        if (network == null) {
            return;
        }
        String[] titles = new String[network.depth()];
        for (int l = 0; l < network.depth(); l++) {
            titles[l] = messages.get("activation." + network.layer(l).activation().key());
        }
        graph.setLayerTitles(titles);
        graph.setNeuronImages(thumbnails(network));
        graph.refresh();
        showSelected();
    }

    private Image[][] thumbnails(Network network) {
        double[] d = model.domainProperty().get();
        // a 1-input neuron's output is a curve: shown as a band over x
        Grid2D grid = network.inputs() == 1 ? new Grid2D(d[0], d[1], 0, 1, THUMBNAIL, 2)
                : new Grid2D(d[0], d[1], d[2], d[3], THUMBNAIL, THUMBNAIL);
        GridValues[][] values = GridForward.neurons(network, grid, model.sliceProperty().get());
        Image[][] images = new Image[values.length][];
        for (int l = 0; l < values.length; l++) {
            images[l] = new Image[values[l].length];
            for (int i = 0; i < values[l].length; i++) {
                double[] range = neuronRange(network.layer(l).activation(), values[l][i]);
                images[l][i] = HeatMapImage.render(values[l][i], ColorMap.DIVERGING, range[0], range[1]);
            }
        }
        return images;
    }

    /** The colours span φ's range: [0, 1] for H and σ, [−1, 1] for tanh, ± the largest value otherwise. */
    private static double[] neuronRange(Activation phi, GridValues values) {
        if (phi == Activation.TANH) {
            return new double[] {-1, 1};
        }
        if (phi == Activation.HEAVISIDE || phi == Activation.SIGMOID || phi == Activation.SOFTMAX) {
            return new double[] {0, 1};
        }
        GridValues.Range r = values.finiteRange();
        double m = r.isEmpty() ? 1 : Math.max(1e-9, Math.max(Math.abs(r.min()), Math.abs(r.max())));
        return new double[] {-m, m};
    }

    private void showSelected() {
        Handle h = graph.selectedProperty().get();
        Network network = model.network();
        if (h == null || network == null || h.layer() >= network.depth()
                || h.neuron() >= network.layer(h.layer()).neurons()
                || h.input() >= network.layer(h.layer()).inputs()) {
            selectedLabel.setText(messages.get("graph.nothingSelected"));
            valueField.setDisable(true);
            valueField.setText("");
            return;
        }
        selectedLabel.setText(describe(network, h));
        valueField.setDisable(false);
        if (!valueField.isFocused()) {
            valueField.setText(NetworkGraphView.format(model.value(h)));
        }
    }

    /** "weight from x to neuron 2 of layer 1 =" or "bias of neuron 1 of layer 2 =". */
    String describe(Network network, Handle h) {
        if (h.isBias()) {
            return messages.get("graph.bias", h.neuron() + 1, h.layer() + 1);
        }
        String from = h.layer() == 0 ? (network.inputs() == 1 ? "x" : new String[] {"x", "y", "z"}[Math.min(2, h.input())])
                : messages.get("graph.neuronOf", h.input() + 1, h.layer());
        return messages.get("graph.weight", from, h.neuron() + 1, h.layer() + 1);
    }

    private void applyTypedValue() {
        Handle h = graph.selectedProperty().get();
        if (h == null) {
            return;
        }
        String text = valueField.getText().strip().replace(',', '.');
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            beforeEdit.run();
            model.setValue(h, v);
        } catch (NumberFormatException e) {
            errors.accept(new BadInputException(messages.get("graph.notANumber", text)));
        }
    }
}
