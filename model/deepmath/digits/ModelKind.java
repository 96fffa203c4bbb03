package deepmath.digits;

import deepmath.core.BadInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The two digit networks of the book: dense (chapter 10) and convolutional (chapter 14). */
public enum ModelKind {
    DENSE("dense"),
    CNN("cnn");

    private final String key;

    ModelKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** A fresh, randomly initialised network of this kind (seeded: same seed, same weights). */
    public DigitNetwork create(long seed) {
        return switch (this) {
            case DENSE -> DenseDigitNet.initialised(DenseDigitNet.DEFAULT_HIDDEN, seed);
            case CNN -> ConvDigitNet.initialised(seed);
        };
    }

    /** A network of this kind with the given parameters (e.g. read from a weights file). */
    public DigitNetwork withParameters(double[] parameters) {
        return switch (this) {
            case DENSE -> DenseDigitNet.fromParameters(parameters);
            case CNN -> ConvDigitNet.fromParameters(parameters);
        };
    }

    public static ModelKind fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equalsIgnoreCase(key.strip())).findFirst()
                .orElseThrow(() -> new BadInputException(DigitsProblem.UNKNOWN_MODEL, key,
                        Arrays.stream(values()).map(ModelKind::key).collect(Collectors.joining(" or "))));
    }
}
