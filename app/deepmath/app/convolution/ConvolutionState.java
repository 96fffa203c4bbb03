package deepmath.app.convolution;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's part of a session file: the open tab, each tab's kernel and spec (matrices and kernels in the
 * command line's text form, e.g. {@code "1,2;3,4"}), the image tab's chain, channels, tone and pooling.
 * Reading checks everything first and names the field that is wrong.
 */
final class ConvolutionState {
    private ConvolutionState() {
    }

    record Parsed(int tab, String signalPreset, String signalKernel, ConvolutionSpec signalSpec,
                  double[][] matrixInput, double[][] matrixKernel, ConvolutionSpec matrixSpec, ImageTab.ImageState image) {
    }

    static ObjectNode write(int tab, SignalTab signal, MatrixTab matrix, ImageTab.ImageState image) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("tab", List.of("signal", "matrix", "image").get(tab));
        ObjectNode s = root.putObject("signal");
        s.put("preset", signal.state()[0]);
        s.put("kernel", signal.state()[1]);
        s.set("spec", spec(signal.spec()));
        ObjectNode m = root.putObject("matrix");
        m.put("input", MatrixText.format(matrix.inputValues()));
        m.put("kernel", MatrixText.format(matrix.kernelValues()));
        m.set("spec", spec(matrix.spec()));
        ObjectNode i = root.putObject("image");
        if (image.sample() != null) {
            i.put("sample", image.sample());
        }
        i.put("kernel", image.kernel().toText());
        i.set("spec", spec(image.spec()));
        var chain = i.putArray("chain");
        for (FilterStep step : image.chain()) {
            ObjectNode st = chain.addObject();
            st.put("kernel", step.kernel().toText());
            st.set("spec", spec(step.spec()));
        }
        i.put("channels", image.channels().key());
        i.put("tone", image.tone().key());
        i.put("pooling", image.pooling());
        i.put("poolSize", image.poolSize());
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

    static Parsed read(JsonNode root) {
        if (root == null || !root.isObject() || root.isEmpty()) {
            return defaults();
        }
        int tab = List.of("signal", "matrix", "image").indexOf(root.path("tab").asText("image"));
        if (tab < 0) {
            throw new BadInputException(SessionProblem.CONV_TAB, root.path("tab").asText());
        }
        JsonNode s = root.path("signal");
        String preset = s.path("preset").asText("sine");
        if (!List.of("sine", "steps", "drawn").contains(preset)) {
            throw new BadInputException(SessionProblem.CONV_SIGNAL_PRESET, preset);
        }
        JsonNode m = root.path("matrix");
        double[][] input = MatrixText.parse(m.path("input").asText(MatrixText.format(MatrixTab.BOOK_INPUT)), "matrix");
        double[][] kernel = MatrixText.parse(m.path("kernel").asText(MatrixText.format(MatrixTab.BOOK_KERNEL)), "kernel");
        if (input.length > 10 || input[0].length > 10 || kernel.length > 7 || kernel[0].length > 7) {
            throw new BadInputException(SessionProblem.CONV_MATRIX_SIZE);
        }
        return new Parsed(tab, preset, s.path("kernel").asText("1/5, 1/5, 1/5, 1/5, 1/5"), spec(s.path("spec")),
                input, kernel, spec(m.path("spec")), image(root.path("image")));
    }

    private static ImageTab.ImageState image(JsonNode i) {
        if (i.isMissingNode()) {
            return null;
        }
        String sample = i.hasNonNull("sample") ? i.get("sample").asText() : null;
        if (sample != null && !SampleImages.KEYS.contains(sample)) {
            throw new BadInputException(SessionProblem.CONV_SAMPLE, sample);
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
        if (!List.of("none", "max", "avg").contains(pooling)) {
            throw new BadInputException(SessionProblem.CONV_POOLING, pooling);
        }
        int poolSize = i.has("poolSize") ? JsonFields.integer(i.get("poolSize"), "convolution.image.poolSize", 2, 16) : 4;
        return new ImageTab.ImageState(sample, Kernel.parse(i.path("kernel").asText("0,0,0;0,1,0;0,0,0")), false,
                spec(i.path("spec")), chain, channels, tone, pooling, poolSize);
    }

    private static ConvolutionSpec spec(JsonNode node) {
        if (node.isMissingNode()) {
            return ConvolutionSpec.BOOK;
        }
        Operation op = oneOf(node, "operation", "convolution", List.of("convolution", "correlation"))
                .equals("correlation") ? Operation.CORRELATION : Operation.CONVOLUTION;
        // Exact, range-checked integers: asInt() would read 4294967297 as a stride of 1.
        int stride = node.has("stride") ? JsonFields.integer(node.get("stride"), "convolution: 'stride'", 1,
                ConvolutionSpec.MAX_STEP) : 1;
        int dilation = node.has("dilation") ? JsonFields.integer(node.get("dilation"), "convolution: 'dilation'", 1,
                ConvolutionSpec.MAX_STEP) : 1;
        return new ConvolutionSpec(op, OutputSize.fromKey(node.path("size").asText("same")),
                Padding.fromKey(node.path("padding").asText("zero")), stride, dilation);
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

    private static Parsed defaults() {
        return new Parsed(2, "sine", "1/5, 1/5, 1/5, 1/5, 1/5", ConvolutionSpec.BOOK, MatrixTab.BOOK_INPUT,
                MatrixTab.BOOK_KERNEL, ConvolutionSpec.BOOK, null);
    }
}
