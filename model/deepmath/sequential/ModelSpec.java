package deepmath.sequential;

import deepmath.core.BadInputException;
import deepmath.nn.Activation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sequential model as the book builds it with keras ({@code Sequential()}, {@code Input(shape=…)}, then
 * {@code add(…)} layer by layer): the input shape and the layers, checked as a whole when built — each layer must
 * accept its input's shape, and softmax may only end the model. {@link #summary()} is keras's
 * {@code model.summary()}: each layer's output shape and parameter count.
 */
public record ModelSpec(List<Integer> input, List<LayerSpec> layers) {
    /** Far above the book's largest network (a CIFAR-10 dense network of a few million) and below what fits in memory. */
    public static final long MAX_PARAMETERS = 50_000_000L;

    public ModelSpec {
        input = List.copyOf(input);
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new BadInputException(ModelSpecProblem.NO_LAYERS);
        }
        for (int i = 0; i < layers.size() - 1; i++) {
            if (layers.get(i) instanceof LayerSpec.Dense d && d.activation() == Activation.SOFTMAX) {
                throw new BadInputException(ModelSpecProblem.SOFTMAX_NOT_LAST, i + 1);
            }
            if (layers.get(i) instanceof LayerSpec.Conv2D c && c.activation() == Activation.SOFTMAX) {
                throw new BadInputException(ModelSpecProblem.SOFTMAX_NOT_LAST, i + 1);
            }
        }
        long total = summaryOf(input, layers).stream().mapToLong(LayerSummary::parameters).sum();
        if (total > MAX_PARAMETERS) {
            throw new BadInputException(ModelSpecProblem.TOO_MANY_PARAMETERS, total, MAX_PARAMETERS);
        }
    }

    /** keras's summary: one row per layer, named as keras names them (dense, dense_1, conv2d, …). */
    public List<LayerSummary> summary() {
        return summaryOf(input, layers);
    }

    /** The number of parameters of the whole model (keras's "Total params"). */
    public long parameters() {
        return summary().stream().mapToLong(LayerSummary::parameters).sum();
    }

    /** The model's output shape. */
    public List<Integer> outputShape() {
        List<LayerSummary> rows = summary();
        return rows.get(rows.size() - 1).outputShape();
    }

    private static List<LayerSummary> summaryOf(List<Integer> input, List<LayerSpec> layers) {
        List<LayerSummary> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> shape = input;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            List<Integer> out = layer.outputShape(shape, i + 1);
            int count = seen.merge(layer.kerasName(), 1, Integer::sum);
            String name = count == 1 ? layer.kerasName() : layer.kerasName() + "_" + (count - 1);
            rows.add(new LayerSummary(name, layer.type(), out, layer.parameters(shape)));
            shape = out;
        }
        return rows;
    }

    /** A shape as the messages write it: [28, 28, 1]. */
    static String shown(List<Integer> shape) {
        return shape.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
