package deepmath.app.convolution;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.convolution.ImageSettings.KernelChoice;
import deepmath.app.convolution.ImageSettings.PoolingChoice;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.Kernel;
import deepmath.conv.MatrixText;
import deepmath.conv.Operation;
import deepmath.conv.OutputSize;
import deepmath.conv.Padding;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.image.ChannelMode;
import deepmath.image.FilterStep;
import deepmath.image.SampleImages;
import deepmath.image.ToneMapping;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lab's part of a session file, from and to a {@link ConvolutionState.Snapshot}: the open tab, each tab's
 * settings (matrices and kernels in the command line's text form, e.g. {@code "1,2;3,4"}), the image tab's
 * source, chain, channels, tone and pooling. Reading checks everything first and names the field that is
 * wrong; it touches no control (it runs off the FX thread). Fields added since the first sessions (the drawn
 * signal, the slider, the polynomials, the matrix step, "normalise", the image file) are optional, so older
 * sessions open as they did.
 */
final class ConvolutionSession {
    private static final List<String> SHAPES = Arrays.stream(SignalSettings.Shape.values())
            .map(SignalSettings.Shape::key).toList();
    private static final List<String> POOLINGS = Arrays.stream(PoolingChoice.Mode.values())
            .map(PoolingChoice.Mode::key).toList();
    /** Far above what the fields hold; a longer text is not one the lab wrote. */
    private static final int MAX_TEXT = 10_000;

    private ConvolutionSession() {
    }

    static ObjectNode write(ConvolutionState.Snapshot state) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("tab", state.tab().key());
        SignalSettings signal = state.signal();
        ObjectNode s = root.putObject("signal");
        s.put("preset", signal.shape().key());
        if (signal.drawn() != null) {
            var samples = s.putArray("drawn");
            Arrays.stream(signal.drawn()).forEach(samples::add);
        }
        s.put("kernel", signal.kernel());
        s.set("spec", spec(signal.spec()));
        s.put("position", signal.position());
        s.put("p", signal.polyP());
        s.put("q", signal.polyQ());
        MatrixSettings matrix = state.matrix();
        ObjectNode m = root.putObject("matrix");
        m.put("input", MatrixText.format(matrix.input()));
        m.put("kernel", MatrixText.format(matrix.kernel()));
        m.set("spec", spec(matrix.spec()));
        m.put("cell", matrix.cell());
        m.put("compute", matrix.view().key());
        m.put("poolSize", matrix.poolSize());
        ImageSettings image = state.image();
        ObjectNode i = root.putObject("image");
        if (image.source() instanceof ImageSettings.Source.Sample sample) {
            i.put("sample", sample.key());
        } else if (image.source() instanceof ImageSettings.Source.File file) {
            i.put("file", file.path().toString());
        }
        i.put("kernel", image.kernel().weights().toText());
        i.put("normalise", image.kernel().normalised());
        i.set("spec", spec(image.spec()));
        var chain = i.putArray("chain");
        for (FilterStep step : image.chain()) {
            ObjectNode st = chain.addObject();
            st.put("kernel", step.kernel().toText());
            st.set("spec", spec(step.spec()));
        }
        i.put("channels", image.channels().key());
        i.put("tone", image.tone().key());
        i.put("pooling", image.pooling().mode().key());
        i.put("poolSize", image.pooling().size());
        LayerSettings layer = state.layer();
        ObjectNode l = root.putObject("layer");
        l.put("input", layer.input());
        l.put("kernel", layer.kernel());
        l.put("bias", layer.bias());
        l.put("activation", layer.activation().key());
        l.putArray("shape").add(layer.rows()).add(layer.cols()).add(layer.channels());
        l.put("filters", layer.filters());
        l.put("kernelSize", layer.kernelSize());
        BackpropSettings backprop = state.backprop();
        ObjectNode b = root.putObject("backprop");
        b.put("input", MatrixText.format(backprop.input()));
        b.put("kernel", MatrixText.format(backprop.kernel()));
        b.put("bias", backprop.bias());
        b.put("activation", backprop.activation().key());
        b.put("teacher", backprop.teacher());
        b.put("target", MatrixText.format(backprop.target()));
        b.put("rate", backprop.rate());
        b.put("learnBias", backprop.learnBias());
        b.putArray("weight").add(backprop.weightRow()).add(backprop.weightCol());
        b.putArray("inputCell").add(backprop.inputRow()).add(backprop.inputCol());
        PropertiesSettings properties = state.properties();
        ObjectNode p = root.putObject("properties");
        p.put("property", properties.property().key());
        p.put("f", properties.f());
        p.put("g", properties.g());
        p.put("a", MatrixText.format(properties.a()));
        p.put("m", MatrixText.format(properties.m()));
        p.put("n", MatrixText.format(properties.n()));
        p.put("alpha", properties.alpha());
        p.put("beta", properties.beta());
        p.put("correlation", properties.correlation());
        return root;
    }

    private static ObjectNode spec(ConvolutionSpec spec) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("operation", spec.operation().key());
        node.put("size", spec.size().key());
        node.put("padding", spec.padding().key());
        node.put("stride", spec.stride());
        node.put("dilation", spec.dilation());
        return node;
    }

    static ConvolutionState.Snapshot read(JsonNode root) {
        if (root == null || !root.isObject() || root.isEmpty()) {
            return ConvolutionState.Snapshot.DEFAULT;
        }
        ConvolutionTab tab = ConvolutionTab.fromKey(root.path("tab").asText("image"));
        return new ConvolutionState.Snapshot(tab, signal(root.path("signal")), matrix(root.path("matrix")),
                image(root.path("image")), layer(root.path("layer")), backprop(root.path("backprop")), properties(root.path("properties")));
    }

    /** The neuron-and-layer tab (sessions before it had none: the default). */
    private static LayerSettings layer(JsonNode l) {
        LayerSettings d = LayerSettings.DEFAULT;
        if (l.isMissingNode()) {
            return d;
        }
        List<String> activations = BackpropSettings.ACTIVATIONS.stream().map(deepmath.nn.Activation::key).toList();
        String activation = oneOf(l, "activation", d.activation().key(), activations);
        double bias = l.has("bias") ? JsonFields.number(l.get("bias"), "convolution.layer.bias", -1e6, 1e6) : 0;
        JsonNode shape = l.get("shape");
        int[] s = {d.rows(), d.cols(), d.channels()};
        if (shape != null && !shape.isNull()) {
            if (!shape.isArray() || shape.size() != 3) {
                throw new BadInputException(SessionProblem.CONV_CELL, "convolution.layer.shape",
                        JsonFields.shownValue(shape));
            }
            s[0] = JsonFields.integer(shape.get(0), "convolution.layer.shape", 1, LayerSettings.MAX_SIDE);
            s[1] = JsonFields.integer(shape.get(1), "convolution.layer.shape", 1, LayerSettings.MAX_SIDE);
            s[2] = JsonFields.integer(shape.get(2), "convolution.layer.shape", 1, LayerSettings.MAX_CHANNELS);
        }
        int filters = l.has("filters") ? JsonFields.integer(l.get("filters"), "convolution.layer.filters", 1,
                LayerSettings.MAX_CHANNELS) : d.filters();
        int size = l.has("kernelSize") ? JsonFields.integer(l.get("kernelSize"), "convolution.layer.kernelSize", 1,
                15) : d.kernelSize();
        return new LayerSettings(text(l, "input", d.input()), text(l, "kernel", d.kernel()), bias,
                BackpropSettings.ACTIVATIONS.get(activations.indexOf(activation)), s[0], s[1], s[2], filters, size);
    }

    /** The backpropagation tab (sessions before it had none: the default). */
    private static BackpropSettings backprop(JsonNode b) {
        BackpropSettings d = BackpropSettings.DEFAULT;
        if (b.isMissingNode()) {
            return d;
        }
        double[][] input = sized(text(b, "input", MatrixText.format(d.input())), "matrix", BackpropSettings.MAX_INPUT,
                "convolution.backprop");
        double[][] kernel = sized(text(b, "kernel", MatrixText.format(d.kernel())), "kernel",
                BackpropSettings.MAX_KERNEL, "convolution.backprop");
        String teacher = oneOf(b, "teacher", d.teacher(), BackpropSettings.TEACHERS);
        double[][] target = sized(text(b, "target", MatrixText.format(input)), "matrix", BackpropSettings.MAX_INPUT,
                "convolution.backprop");
        if (target.length != input.length || target[0].length != input[0].length) {
            throw new BadInputException(SessionProblem.CONV_PART_SIZE, "convolution.backprop", BackpropSettings.MAX_INPUT);
        }
        List<String> activations = BackpropSettings.ACTIVATIONS.stream().map(deepmath.nn.Activation::key).toList();
        String activation = oneOf(b, "activation", d.activation().key(), activations);
        double bias = b.has("bias") ? JsonFields.number(b.get("bias"), "convolution.backprop.bias", -1e6, 1e6) : 0;
        double rate = b.has("rate") ? JsonFields.number(b.get("rate"), "convolution.backprop.rate", 1e-12, 1)
                : d.rate();
        boolean learnBias = bool(b, "learnBias", "convolution.backprop.learnBias");
        int[] weight = pair(b.get("weight"), "convolution.backprop.weight");
        int[] cell = pair(b.get("inputCell"), "convolution.backprop.inputCell");
        return new BackpropSettings(input, kernel, bias,
                BackpropSettings.ACTIVATIONS.get(activations.indexOf(activation)), teacher, target, rate, learnBias,
                weight[0], weight[1], cell[0], cell[1]);
    }

    /** The properties tab (sessions before it had none: the default). */
    private static PropertiesSettings properties(JsonNode p) {
        PropertiesSettings d = PropertiesSettings.DEFAULT;
        if (p.isMissingNode()) {
            return d;
        }
        List<String> keys = Arrays.stream(PropertiesSettings.Property.values()).map(PropertiesSettings.Property::key)
                .toList();
        String property = oneOf(p, "property", d.property().key(), keys);
        double alpha = p.has("alpha") ? JsonFields.number(p.get("alpha"), "convolution.properties.alpha", -1e6, 1e6)
                : d.alpha();
        double beta = p.has("beta") ? JsonFields.number(p.get("beta"), "convolution.properties.beta", -1e6, 1e6)
                : d.beta();
        return new PropertiesSettings(PropertiesSettings.Property.values()[keys.indexOf(property)],
                text(p, "f", d.f()), text(p, "g", d.g()),
                sized(text(p, "a", MatrixText.format(d.a())), "matrix", PropertiesSettings.MAX_SIZE, "convolution.properties"),
                sized(text(p, "m", MatrixText.format(d.m())), "kernel", PropertiesSettings.MAX_SIZE, "convolution.properties"),
                sized(text(p, "n", MatrixText.format(d.n())), "kernel", PropertiesSettings.MAX_SIZE, "convolution.properties"), alpha, beta,
                bool(p, "correlation", "convolution.properties.correlation"));
    }

    /** A matrix in text form with at most {@code max} rows and columns. */
    private static double[][] sized(String text, String what, int max, String part) {
        double[][] rows = MatrixText.parse(text, what);
        if (rows.length > max || rows[0].length > max) {
            throw new BadInputException(SessionProblem.CONV_PART_SIZE, part, max);
        }
        return rows;
    }

    private static boolean bool(JsonNode node, String key, String field) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadInputException(deepmath.core.FileProblem.BOOLEAN, field, JsonFields.shownValue(value));
        }
        return value.asBoolean();
    }

    /** [row, col], each a small whole number (clamped to the matrix by the settings); absent: [0, 0]. */
    private static int[] pair(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return new int[] {0, 0};
        }
        if (!node.isArray() || node.size() != 2) {
            throw new BadInputException(SessionProblem.CONV_CELL, field, JsonFields.shownValue(node));
        }
        return new int[] {JsonFields.integer(node.get(0), field, 0, 10), JsonFields.integer(node.get(1), field, 0, 10)};
    }

    private static SignalSettings signal(JsonNode s) {
        SignalSettings d = SignalSettings.DEFAULT;
        String preset = s.path("preset").asText(d.shape().key());
        if (!SHAPES.contains(preset)) {
            throw new BadInputException(SessionProblem.CONV_SIGNAL_PRESET, preset);
        }
        SignalSettings.Shape shape = SignalSettings.Shape.values()[SHAPES.indexOf(preset)];
        double[] drawn = null;
        JsonNode samples = s.get("drawn");
        if (samples != null && !samples.isNull()) {
            if (!samples.isArray() || samples.size() != SignalSettings.SAMPLES) {
                throw new BadInputException(SessionProblem.CONV_DRAWN, SignalSettings.SAMPLES);
            }
            drawn = new double[SignalSettings.SAMPLES];
            for (int k = 0; k < drawn.length; k++) {
                // The drawing's range: the pointer is clamped to ±3 while drawing.
                drawn[k] = JsonFields.number(samples.get(k), "convolution.signal.drawn[" + k + "]", -3, 3);
            }
        }
        double position = s.has("position") ? JsonFields.number(s.get("position"), "convolution.signal.position", 0,
                SignalSettings.SAMPLES - 1) : d.position();
        return new SignalSettings(shape, drawn, text(s, "kernel", d.kernel()), spec(s.path("spec")), position,
                text(s, "p", d.polyP()), text(s, "q", d.polyQ()));
    }

    private static MatrixSettings matrix(JsonNode m) {
        double[][] input = MatrixText.parse(text(m, "input", MatrixText.format(MatrixSettings.BOOK_INPUT)), "matrix");
        double[][] kernel = MatrixText.parse(text(m, "kernel", MatrixText.format(MatrixSettings.BOOK_KERNEL)), "kernel");
        if (input.length > MatrixSettings.MAX_INPUT || input[0].length > MatrixSettings.MAX_INPUT
                || kernel.length > MatrixSettings.MAX_KERNEL || kernel[0].length > MatrixSettings.MAX_KERNEL) {
            throw new BadInputException(SessionProblem.CONV_MATRIX_SIZE);
        }
        // Any cell: it is shown clamped to the output's last one (the spec decides how many there are).
        int cell = m.has("cell") ? JsonFields.integer(m.get("cell"), "convolution.matrix.cell", 0, 10_000) : 0;
        String compute = oneOf(m, "compute", "convolution",
                Arrays.stream(MatrixSettings.View.values()).map(MatrixSettings.View::key).toList());
        MatrixSettings.View view = Arrays.stream(MatrixSettings.View.values()).filter(v -> v.key().equals(compute))
                .findFirst().orElseThrow();
        int poolSize = m.has("poolSize") ? JsonFields.integer(m.get("poolSize"), "convolution.matrix.poolSize", 1,
                MatrixSettings.MAX_POOL) : 2;
        return new MatrixSettings(input, kernel, spec(m.path("spec")), cell, view, poolSize);
    }

    private static ImageSettings image(JsonNode i) {
        ImageSettings d = ImageSettings.DEFAULT;
        if (i.isMissingNode()) {
            return d;
        }
        ImageSettings.Source source = d.source();
        if (i.hasNonNull("sample")) {
            String sample = i.get("sample").asText();
            if (!SampleImages.KEYS.contains(sample)) {
                throw new BadInputException(SessionProblem.CONV_SAMPLE, sample);
            }
            source = new ImageSettings.Source.Sample(sample);
        } else if (i.hasNonNull("file")) {
            source = new ImageSettings.Source.File(path(i.get("file")));
        }
        List<FilterStep> chain = new ArrayList<>();
        if (i.has("chain") && !i.get("chain").isArray()) {
            throw new BadInputException(SessionProblem.CONV_CHAIN);
        }
        for (JsonNode step : i.path("chain")) {
            chain.add(new FilterStep(Kernel.parse(step.path("kernel").asText()), spec(step.path("spec"))));
        }
        ChannelMode channels = oneOf(i, "channels", "per-channel", List.of("per-channel", "grey")).equals("grey")
                ? ChannelMode.GREY : ChannelMode.PER_CHANNEL;
        ToneMapping tone = oneOf(i, "tone", "clip", List.of("clip", "rescale")).equals("rescale")
                ? ToneMapping.RESCALE : ToneMapping.CLIP;
        String pooling = i.path("pooling").asText("none");
        if (!POOLINGS.contains(pooling)) {
            throw new BadInputException(SessionProblem.CONV_POOLING, pooling);
        }
        int poolSize = i.has("poolSize") ? JsonFields.integer(i.get("poolSize"), "convolution.image.poolSize",
                PoolingChoice.MIN_SIZE, PoolingChoice.MAX_SIZE) : d.pooling().size();
        JsonNode normalise = i.get("normalise");
        if (normalise != null && !normalise.isNull() && !normalise.isBoolean()) {
            throw new BadInputException(deepmath.core.FileProblem.BOOLEAN, "convolution.image.normalise",
                    JsonFields.shownValue(normalise));
        }
        Kernel kernel = i.has("kernel") ? Kernel.parse(text(i, "kernel", "")) : d.kernel().weights();
        return new ImageSettings(source, new KernelChoice(kernel, normalise != null && normalise.asBoolean()),
                spec(i.path("spec")), chain, channels, tone,
                new PoolingChoice(PoolingChoice.Mode.values()[POOLINGS.indexOf(pooling)], poolSize));
    }

    private static Path path(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank() || node.asText().length() > MAX_TEXT) {
            throw new BadInputException(SessionProblem.CONV_FILE, JsonFields.shownValue(node));
        }
        try {
            return Path.of(node.asText());
        } catch (InvalidPathException e) {
            throw new BadInputException(SessionProblem.CONV_FILE_PATH, node.asText());
        }
    }

    private static ConvolutionSpec spec(JsonNode node) {
        if (node.isMissingNode()) {
            return ConvolutionSpec.BOOK;
        }
        Operation op = oneOf(node, "operation", "convolution", List.of("convolution", "correlation"))
                .equals("correlation") ? Operation.CORRELATION : Operation.CONVOLUTION;
        // Exact, range-checked integers (asInt() would read 4294967297 as a stride of 1), within the spinners'
        // range: a larger value would be shown clamped, i.e. silently changed.
        int stride = node.has("stride") ? JsonFields.integer(node.get("stride"), "convolution: 'stride'", 1,
                SpecControls.MAX_STEP) : 1;
        int dilation = node.has("dilation") ? JsonFields.integer(node.get("dilation"), "convolution: 'dilation'", 1,
                SpecControls.MAX_STEP) : 1;
        return new ConvolutionSpec(op, OutputSize.fromKey(node.path("size").asText("same")),
                Padding.fromKey(node.path("padding").asText("zero")), stride, dilation);
    }

    /** A text field, {@code fallback} when absent. */
    private static String text(JsonNode node, String key, String fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual() || value.asText().length() > MAX_TEXT) {
            throw new BadInputException(SessionProblem.FIELD_TEXT, "convolution." + key, JsonFields.shownValue(value));
        }
        return value.asText();
    }

    /** A text field that must be one of {@code allowed} (a misspelt value is refused, not read as the default). */
    private static String oneOf(JsonNode node, String key, String fallback, List<String> allowed) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            throw new BadInputException(SessionProblem.CONV_CHOICE, key, String.join(", ", allowed), JsonFields.shownValue(value));
        }
        return value.asText();
    }
}
