package deepmath.probability;

import deepmath.core.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The error functions of chapter 16 §2, by their short names (as Keras abbreviates them). */
public enum LossKind {
    /** Mean squared error, (1/N) Σ (yᵢ − ŷᵢ)². */
    MSE("mse"),
    /** Mean absolute error, (1/N) Σ |yᵢ − ŷᵢ|. */
    MAE("mae"),
    /** Mean squared logarithmic error, (1/N) Σ (ln(yᵢ + 1) − ln(ŷᵢ + 1))². */
    MSLE("msle"),
    /** Binary cross-entropy, −(1/N) Σ [yᵢ ln ŷᵢ + (1 − yᵢ) ln(1 − ŷᵢ)]. */
    BCE("bce"),
    /** Categorical cross-entropy, −(1/N) Σᵢ Σⱼ yᵢⱼ ln ŷᵢⱼ, one row per sample. */
    CCE("cce");

    private final String key;

    LossKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** True for the losses of one number per sample (all but the categorical cross-entropy). */
    public boolean scalar() {
        return this != CCE;
    }

    public static LossKind fromKey(String text) {
        String k = text.strip().toLowerCase(Locale.ROOT);
        for (LossKind kind : values()) {
            if (kind.key.equals(k)) {
                return kind;
            }
        }
        throw new BadInputException(ProbabilityProblem.UNKNOWN_LOSS, text,
                Arrays.stream(values()).map(LossKind::key).collect(Collectors.joining(", ")));
    }
}
