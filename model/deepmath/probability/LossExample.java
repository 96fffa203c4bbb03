package deepmath.probability;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;

/**
 * The book's worked examples of error functions (chapter 16 §2), as presets of the probabilities view: the
 * targets yᵢ and the predictions ŷᵢ, line of the book where they are given.
 */
public enum LossExample implements BookPreset {
    /** Mean squared error 0.08 and mean absolute error 0.24 (lines 16621–16666). */
    SQUARED("squared", 16621, new double[] {1, 2, 5, 1, 3}, new double[] {1.2, 1.9, 4.5, 1.1, 2.7}),
    /** Mean squared log error ≃ 0.060, against the absolute error ≃ 2.25 (lines 16694–16709). */
    LOGARITHMIC("logarithmic", 16694, new double[] {1, 5, 10, 100}, new double[] {2, 4, 8, 105}),
    /** Binary cross-entropy ≃ 0.17 (lines 16740–16753). */
    BINARY("binary", 16740, new double[] {1, 0, 1, 1, 0, 1}, new double[] {0.9, 0.2, 0.8, 1.0, 0.1, 0.7});

    private final String key;
    private final BookReference book;
    private final double[] targets;
    private final double[] predicted;

    LossExample(String key, int line, double[] targets, double[] predicted) {
        this.key = key;
        this.book = BookReference.of(16, line);
        this.targets = targets;
        this.predicted = predicted;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public BookReference book() {
        return book;
    }

    @Override
    public String bundle() {
        return "probability";
    }

    public double[] targets() {
        return targets.clone();
    }

    public double[] predicted() {
        return predicted.clone();
    }

    public static LossExample fromKey(String key) {
        for (LossExample e : values()) {
            if (e.key.equals(key)) {
                return e;
            }
        }
        return null;
    }
}
