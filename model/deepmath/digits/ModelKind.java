package deepmath.digits;

import deepmath.core.BadInputException;
import deepmath.nn.Activation;
import deepmath.sequential.LayerSpec;
import deepmath.sequential.ModelSpec;
import deepmath.sequential.SequentialNetwork;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two digit networks of the book, as sequential-engine models (one engine for every network of the lab):
 * dense 784 → 128 ReLU → 10 softmax (chapter 10), and the small convolutional network of chapter 14,
 * [28, 28, 1] → conv 3×3 ×8 ReLU → max-pool 2 → conv 3×3 ×16 ReLU → max-pool 2 → flatten → dropout 25 % → dense 10
 * softmax. Their weights are the engine's flat vector, in the engine's layout.
 */
public enum ModelKind {
    DENSE("dense"),
    CNN("cnn");

    public static final int DENSE_HIDDEN = 128;
    public static final int FILTERS1 = 8;
    public static final int FILTERS2 = 16;
    public static final double DROPOUT = 0.25;
    /** The CNN's two convolution layers, as positions in {@link SequentialNetwork#layers()}. */
    static final int CONV1 = 0;
    static final int CONV2 = 2;
    /** The CNN's dense layer, after conv, pool, conv, pool, flatten and dropout. */
    static final int CNN_DENSE = 6;

    private final String key;

    ModelKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The keras description of this network (the dense one with the lab's 128 hidden neurons). */
    public ModelSpec spec() {
        return this == DENSE ? dense(DENSE_HIDDEN) : cnn();
    }

    static ModelSpec dense(int hidden) {
        return new ModelSpec(List.of(DigitSet.PIXELS), List.of(new LayerSpec.Dense(hidden, Activation.RELU),
                new LayerSpec.Dense(DigitSet.CLASSES, Activation.SOFTMAX)));
    }

    private static ModelSpec cnn() {
        return new ModelSpec(List.of(DigitSet.SIDE, DigitSet.SIDE, 1), List.of(
                new LayerSpec.Conv2D(FILTERS1, 3, 1, LayerSpec.Padding.SAME, Activation.RELU),
                new LayerSpec.Pool(LayerSpec.PoolKind.MAX, 2),
                new LayerSpec.Conv2D(FILTERS2, 3, 1, LayerSpec.Padding.SAME, Activation.RELU),
                new LayerSpec.Pool(LayerSpec.PoolKind.MAX, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dropout(DROPOUT),
                new LayerSpec.Dense(DigitSet.CLASSES, Activation.SOFTMAX)));
    }

    /** A fresh network of this kind, the engine's (keras's) seeded start: same seed, same weights. */
    public DigitNetwork create(long seed) {
        return new DigitNetwork(this, SequentialNetwork.initialised(spec(), seed));
    }

    /**
     * A network of this kind with the given parameters (kept, not copied) in the engine's layout; a dense vector of
     * 795·H + 10 values is a 784-H-10 network, whatever H.
     */
    public DigitNetwork withParameters(double[] parameters) {
        if (this == CNN) {
            long count = cnn().parameters();
            if (parameters.length != count) {
                throw new BadInputException(DigitsProblem.CNN_PARAMETERS, parameters.length, count);
            }
            return new DigitNetwork(this, SequentialNetwork.withParameters(cnn(), parameters));
        }
        int out = DigitSet.CLASSES;
        int hidden = (parameters.length - out) / (DigitSet.PIXELS + 1 + out);
        if (hidden < 1 || (long) hidden * (DigitSet.PIXELS + 1 + out) + out != parameters.length) {
            throw new BadInputException(DigitsProblem.DENSE_PARAMETERS, parameters.length);
        }
        return new DigitNetwork(this, SequentialNetwork.withParameters(dense(hidden), parameters));
    }

    public static ModelKind fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equalsIgnoreCase(key.strip())).findFirst()
                .orElseThrow(() -> new BadInputException(DigitsProblem.UNKNOWN_MODEL, key,
                        Arrays.stream(values()).map(ModelKind::key).collect(Collectors.joining(" or "))));
    }
}
