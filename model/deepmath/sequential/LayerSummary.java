package deepmath.sequential;

import java.util.List;

/** One row of a model's summary: the layer's keras name (dense, dense_1, …), its type, output shape and parameters. */
public record LayerSummary(String name, String type, List<Integer> outputShape, long parameters) {
    public LayerSummary {
        outputShape = List.copyOf(outputShape);
    }
}
