package deepmath.sequential;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A model's summary as keras 2 prints {@code model.summary()} (the book's listings use it to count the weights to
 * learn): one row per layer with its name and class, output shape with the batch as None, and parameter count, then
 * the totals with thousands separators.
 */
public final class KerasSummary {
    private static final Map<String, String> CLASSES = Map.of("dense", "Dense", "conv2d", "Conv2D",
            "maxpool", "MaxPooling2D", "avgpool", "AveragePooling2D", "dropout", "Dropout", "flatten", "Flatten");
    private static final int NAME = 29;
    private static final int SHAPE = 26;
    private static final String RULE = "_".repeat(65);
    private static final String DOUBLE_RULE = "=".repeat(65);

    private KerasSummary() {
    }

    public static String text(ModelSpec spec) {
        StringBuilder out = new StringBuilder("Model: \"sequential\"\n").append(RULE).append('\n');
        out.append(row("Layer (type)", "Output Shape", "Param #")).append('\n').append(DOUBLE_RULE).append('\n');
        List<LayerSummary> rows = spec.summary();
        for (int i = 0; i < rows.size(); i++) {
            LayerSummary r = rows.get(i);
            out.append(row(r.name() + " (" + CLASSES.get(r.type()) + ")", shape(r.outputShape()),
                    String.valueOf(r.parameters()))).append('\n');
            out.append(i == rows.size() - 1 ? DOUBLE_RULE : "").append('\n');   // keras leaves a blank line between rows
        }
        String total = String.format(Locale.ROOT, "%,d", spec.parameters());
        out.append("Total params: ").append(total).append('\n')
                .append("Trainable params: ").append(total).append('\n')
                .append("Non-trainable params: 0\n").append(RULE).append('\n');
        return out.toString();
    }

    /** keras's class name for a layer type: "conv2d" is Conv2D, "maxpool" MaxPooling2D. */
    public static String kerasClass(String type) {
        return CLASSES.get(type);
    }

    /** keras's shape text: (None, 28, 28, 32). */
    public static String shape(List<Integer> shape) {
        return shape.stream().map(String::valueOf).collect(Collectors.joining(", ", "(None, ", ")"));
    }

    private static String row(String name, String shape, String params) {
        return " " + pad(name, NAME - 1) + pad(shape, SHAPE) + params;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
