package deepmath.sequential;

import deepmath.core.BadInputException;
import deepmath.nn.Activation;
import java.util.List;

/**
 * One layer of a sequential model, as the book's keras listings add them ({@code modele.add(Dense(8,
 * activation='sigmoid'))}): what it is, not its weights. Each kind knows its output shape for an input shape (or
 * refuses the input, naming itself) and how many parameters it holds, as keras's {@code summary()} counts them.
 * Shapes leave the batch axis out: {@code [784]}, {@code [28, 28, 1]} (height, width, channels, as keras).
 */
public sealed interface LayerSpec {
    /** The type as the JSON description writes it ("dense", "conv2d", "maxpool", …). */
    String type();

    /** keras's name for the layer class, used in the summary ("dense", "conv2d", "max_pooling2d", …). */
    String kerasName();

    /** The output shape for {@code input}; {@code index} names the layer (from 1) in a refusal. */
    List<Integer> outputShape(List<Integer> input, int index);

    /** The number of trainable parameters for {@code input} (weights and biases). */
    long parameters(List<Integer> input);

    /** A fully connected layer on a vector: {@code units} neurons. */
    record Dense(int units, Activation activation) implements LayerSpec {
        @Override
        public String type() {
            return "dense";
        }

        @Override
        public String kerasName() {
            return "dense";
        }

        @Override
        public List<Integer> outputShape(List<Integer> input, int index) {
            if (input.size() != 1) {
                throw new BadInputException(ModelSpecProblem.DENSE_NEEDS_VECTOR, index, ModelSpec.shown(input));
            }
            return List.of(units);
        }

        @Override
        public long parameters(List<Integer> input) {
            return (long) input.get(0) * units + units;
        }
    }

    /**
     * A 2-D convolution layer of {@code filters} square kernels of side {@code kernel} on an image [h, w, c]; keras
     * computes a correlation (the kernel is not flipped, see the book's note) — what matters here is the shape.
     */
    record Conv2D(int filters, int kernel, int stride, Padding padding, Activation activation) implements LayerSpec {
        @Override
        public String type() {
            return "conv2d";
        }

        @Override
        public String kerasName() {
            return "conv2d";
        }

        @Override
        public List<Integer> outputShape(List<Integer> input, int index) {
            if (input.size() != 3) {
                throw new BadInputException(ModelSpecProblem.NEEDS_IMAGE, index, type(), ModelSpec.shown(input));
            }
            int h = padding.outputSide(input.get(0), kernel, stride);
            int w = padding.outputSide(input.get(1), kernel, stride);
            if (h < 1 || w < 1) {
                throw new BadInputException(ModelSpecProblem.KERNEL_TOO_LARGE, index, kernel, ModelSpec.shown(input));
            }
            return List.of(h, w, filters);
        }

        @Override
        public long parameters(List<Integer> input) {
            return (long) kernel * kernel * input.get(2) * filters + filters;
        }
    }

    /** Max or average pooling over {@code size} × {@code size} blocks (stride = size, as keras's default). */
    record Pool(PoolKind kind, int size) implements LayerSpec {
        @Override
        public String type() {
            return kind.key();
        }

        @Override
        public String kerasName() {
            return kind.kerasName();
        }

        @Override
        public List<Integer> outputShape(List<Integer> input, int index) {
            if (input.size() != 3) {
                throw new BadInputException(ModelSpecProblem.NEEDS_IMAGE, index, type(), ModelSpec.shown(input));
            }
            if (size > input.get(0) || size > input.get(1)) {
                throw new BadInputException(ModelSpecProblem.POOL_TOO_LARGE, index, size, ModelSpec.shown(input));
            }
            return List.of(input.get(0) / size, input.get(1) / size, input.get(2));
        }

        @Override
        public long parameters(List<Integer> input) {
            return 0;
        }
    }

    /** Dropout: during training each value is zeroed with probability {@code rate}; no parameters, same shape. */
    record Dropout(double rate) implements LayerSpec {
        @Override
        public String type() {
            return "dropout";
        }

        @Override
        public String kerasName() {
            return "dropout";
        }

        @Override
        public List<Integer> outputShape(List<Integer> input, int index) {
            return input;
        }

        @Override
        public long parameters(List<Integer> input) {
            return 0;
        }
    }

    /** Flatten: an image [h, w, c] read as one vector of h·w·c values, in keras's (row, column, channel) order. */
    record Flatten() implements LayerSpec {
        @Override
        public String type() {
            return "flatten";
        }

        @Override
        public String kerasName() {
            return "flatten";
        }

        @Override
        public List<Integer> outputShape(List<Integer> input, int index) {
            int size = 1;
            for (int n : input) {
                size = Math.multiplyExact(size, n);
            }
            return List.of(size);
        }

        @Override
        public long parameters(List<Integer> input) {
            return 0;
        }
    }

    /** keras's two paddings: "valid" keeps only full windows, "same" pads so the side is ⌈n / stride⌉. */
    enum Padding {
        VALID, SAME;

        int outputSide(int n, int kernel, int stride) {
            return this == SAME ? (n + stride - 1) / stride : (n - kernel) / stride + 1;
        }

        static Padding fromKey(String key, int index) {
            return switch (key) {
                case "valid" -> VALID;
                case "same" -> SAME;
                default -> throw new BadInputException(ModelSpecProblem.BAD_PADDING, index, key);
            };
        }
    }

    /** The two poolings of the book (ch. 12–13). */
    enum PoolKind {
        MAX("maxpool", "max_pooling2d"), AVERAGE("avgpool", "average_pooling2d");

        private final String key;
        private final String kerasName;

        PoolKind(String key, String kerasName) {
            this.key = key;
            this.kerasName = kerasName;
        }

        String key() {
            return key;
        }

        String kerasName() {
            return kerasName;
        }
    }
}
