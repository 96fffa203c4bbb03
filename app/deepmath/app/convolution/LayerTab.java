package deepmath.app.convolution;

import deepmath.conv.ConvLayer;
import deepmath.conv.ConvNeuron;
import deepmath.conv.Convolution1D;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.MatrixText;
import deepmath.conv.Polynomials;
import deepmath.core.BadInputException;
import deepmath.nn.Activation;
import deepmath.viz.conv.ConvLayerDiagram;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Convolution neurons and layers (book chapter 11 §3, chapter 12 §2.3–2.5, chapter 14 §1.2): a 1-D layer drawn
 * as the book draws it — each neuron joined to the inputs under its window, the arrows of one weight in one
 * colour everywhere (shared weights), its output φ(Σ + b) in it; and the weights of a layer of ℓ filters
 * r × r × k over k channels counted against a dense layer, with the book's MNIST network as presets.
 */
final class LayerTab {
    private final Messages text;
    private final ObjectProperty<LayerSettings> settings;
    private boolean pushing;
    private final TextField input = new TextField();
    private final TextField kernel = new TextField();
    private final TextField bias = new TextField();
    private final ComboBox<Activation> activation = new ComboBox<>();
    private final Spinner<Integer> rows = new Spinner<>(1, LayerSettings.MAX_SIDE, 28);
    private final Spinner<Integer> cols = new Spinner<>(1, LayerSettings.MAX_SIDE, 28);
    private final Spinner<Integer> channels = new Spinner<>(1, LayerSettings.MAX_CHANNELS, 1);
    private final Spinner<Integer> filters = new Spinner<>(1, LayerSettings.MAX_CHANNELS, 32);
    private final Spinner<Integer> size = new Spinner<>(1, 15, 3);
    private final ConvLayerDiagram diagram = new ConvLayerDiagram();
    private final Label neuronText = new Label();
    private final Label layerText = new Label();
    private final javafx.beans.binding.StringBinding languageWatch;
    private double[] output;
    private Node node;

    LayerTab(Messages text, ObjectProperty<LayerSettings> settings) {
        this.text = text;
        this.settings = settings;
        this.languageWatch = text.text("layer.neuron.count");
    }

    Node node() {
        if (node == null) {
            node = build();
            push(settings.get());
            input.textProperty().addListener(o -> neuronEdited());
            kernel.textProperty().addListener(o -> neuronEdited());
            bias.textProperty().addListener(o -> neuronEdited());
            activation.valueProperty().addListener(o -> neuronEdited());
            for (Spinner<Integer> s : List.of(rows, cols, channels, filters, size)) {
                s.valueProperty().addListener(o -> change(x -> x.withLayer(rows.getValue(), cols.getValue(),
                        channels.getValue(), filters.getValue(), size.getValue())));
            }
            TabFrame.follow(settings, this::push, this::recompute, languageWatch);
        }
        return node;
    }

    private Node build() {
        input.setId("conv-layer-input");
        kernel.setId("conv-layer-kernel");
        bias.setId("conv-layer-bias");
        activation.setId("conv-layer-activation");
        diagram.setId("conv-layer-diagram");
        neuronText.setId("conv-layer-neuron-text");
        layerText.setId("conv-layer-text");
        rows.setId("conv-layer-rows");
        cols.setId("conv-layer-cols");
        channels.setId("conv-layer-channels");
        filters.setId("conv-layer-filters");
        size.setId("conv-layer-size");
        activation.getItems().setAll(BackpropSettings.ACTIVATIONS);
        Translated.cells(activation, text, a -> "backprop.activation." + a.key());
        activation.setMaxWidth(Double.MAX_VALUE);
        for (Spinner<Integer> s : List.of(rows, cols, channels, filters, size)) {
            s.setEditable(true);
            s.setPrefWidth(90);
        }
        GridPane neuron = new GridPane();
        neuron.setHgap(8);
        neuron.setVgap(6);
        neuron.addRow(0, Translated.label(text, "layer.input"), input);
        neuron.addRow(1, Translated.label(text, "layer.kernel"), kernel);
        neuron.addRow(2, Translated.label(text, "backprop.bias"), bias);
        neuron.addRow(3, Translated.label(text, "backprop.activation"), activation);
        GridPane layer = new GridPane();
        layer.setHgap(8);
        layer.setVgap(6);
        layer.addRow(0, Translated.label(text, "layer.rows"), rows);
        layer.addRow(1, Translated.label(text, "layer.cols"), cols);
        layer.addRow(2, Translated.label(text, "layer.channels"), channels);
        layer.addRow(3, Translated.label(text, "layer.filters"), filters);
        layer.addRow(4, Translated.label(text, "layer.size"), size);
        Button first = Translated.button(text, "layer.preset.first", () -> change(x -> x.withLayer(28, 28, 1, 32, 3)));
        first.setId("conv-layer-preset-first");
        Button second = Translated.button(text, "layer.preset.second",
                () -> change(x -> x.withLayer(28, 28, 32, 16, 3)));
        second.setId("conv-layer-preset-second");
        for (Button b : List.of(first, second)) {
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
        }
        VBox left = new VBox(8, Heading.of(text, "layer.neuron"), neuron, Heading.of(text, "layer.layer"), layer,
                first, second);
        ScrollPane leftScroll = TabFrame.side(left);
        Label formula = Translated.label(text, "layer.formula");
        formula.getStyleClass().add("conv-formula");
        for (Label l : List.of(formula, neuronText, layerText)) {
            TabFrame.wrapped(l);
        }
        neuronText.getStyleClass().add("conv-window-sum");
        layerText.getStyleClass().add("conv-window-sum");
        diagram.setMinHeight(220);
        VBox.setVgrow(diagram, Priority.ALWAYS);
        VBox centre = new VBox(10, formula, diagram, neuronText, Heading.of(text, "layer.layer"), layerText);
        centre.setAlignment(Pos.TOP_LEFT);
        return TabFrame.of(leftScroll, centre);
    }

    private void change(java.util.function.UnaryOperator<LayerSettings> edit) {
        if (!pushing) {
            settings.set(edit.apply(settings.get()));
        }
    }

    /** The neuron's fields: written into the settings when the bias is a number (the lists are checked below). */
    private void neuronEdited() {
        if (pushing || activation.getValue() == null) {
            return;
        }
        try {
            double b = TabFrame.number(bias.getText());
            if (!Double.isFinite(b)) {
                throw new NumberFormatException();
            }
            bias.getStyleClass().remove("invalid");
            change(x -> x.withNeuron(input.getText(), kernel.getText(), b, activation.getValue()));
        } catch (NumberFormatException e) {
            if (!bias.getStyleClass().contains("invalid")) {
                bias.getStyleClass().add("invalid");
            }
        }
    }

    private void push(LayerSettings s) {
        pushing = true;
        try {
            if (!input.getText().equals(s.input())) {
                input.setText(s.input());
            }
            if (!kernel.getText().equals(s.kernel())) {
                kernel.setText(s.kernel());
            }
            TabFrame.setNumber(bias, s.bias());
            activation.setValue(s.activation());
            rows.getValueFactory().setValue(s.rows());
            cols.getValueFactory().setValue(s.cols());
            channels.getValueFactory().setValue(s.channels());
            filters.getValueFactory().setValue(s.filters());
            size.getValueFactory().setValue(s.kernelSize());
        } finally {
            pushing = false;
        }
    }

    private void recompute() {
        LayerSettings s = settings.get();
        layerText.setText(layerSummary(s));
        double[] x;
        double[] m;
        try {
            x = Polynomials.parse(s.input());
            m = Polynomials.parse(s.kernel());
            if (x.length > 24 || m.length > 7) {
                throw new BadInputException(deepmath.conv.ConvProblem.SIGNAL_EMPTY);
            }
        } catch (BadInputException e) {
            output = null;
            neuronText.setText(text.get("layer.neuron.bad"));
            diagram.show(new double[0], new double[0], new int[0][], new double[0], "", "");
            return;
        }
        ConvNeuron neuron = ConvNeuron.of(new double[][] {m}, s.bias(), s.activation());
        output = neuron.output(new double[][] {x})[0];
        diagram.show(x, output, Convolution1D.links(x.length, m.length, ConvolutionSpec.BOOK), m,
                text.get("layer.diagram.input"), text.get("layer.diagram.output",
                        text.get("backprop.activation." + s.activation().key()), MatrixText.number(s.bias())));
        long dense = (long) x.length * x.length;
        neuronText.setText(text.get("layer.neuron.count", x.length, m.length, dense));
    }

    private String layerSummary(LayerSettings s) {
        long weights = ConvLayer.weightCount(s.kernelSize(), s.kernelSize(), s.channels(), s.filters());
        long cells = (long) s.rows() * s.cols();
        long dense = ConvLayer.denseWeightCount(cells * s.channels(), Math.toIntExact(Math.min(Integer.MAX_VALUE,
                cells * s.filters())));
        return text.get("layer.count", s.rows(), s.cols(), s.channels(), s.filters(), s.kernelSize(),
                group(weights), group(cells * s.filters()), group(dense),
                s.kernelSize() * s.kernelSize() * s.channels() + 1);
    }

    private static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    /** For tests: the outputs drawn in the neurons, and the layer's summary. */
    double[] output() {
        return output == null ? null : output.clone();
    }

    String layerText() {
        return layerText.getText();
    }
}
