package deepmath.sequential.data;

import java.util.List;
import java.util.Objects;

/**
 * A labelled data set as the model builder trains on it: example i is {@code inputs[i]}, its values in the
 * order of {@code shape} (row-major, channels last as keras stores [h, w, c]), and {@code targets[i]}.
 * Classification sets have one name per class and one-hot targets; regression sets (a function of one or two
 * variables, a CSV of numbers) have no class names and the target values themselves.
 *
 * <p>Shared by the data readers (MNIST, function, CSV, text, CIFAR-10, image folders, lfw_subset), the training
 * engine and the panel: one type, so that any reader feeds any model whose input shape fits.
 */
public record Examples(String name, List<Integer> shape, float[][] inputs, float[][] targets, List<String> classes) {

    public Examples {
        Objects.requireNonNull(name, "name");
        shape = List.copyOf(shape);
        classes = List.copyOf(classes);
        if (inputs.length != targets.length) {
            throw new IllegalArgumentException(inputs.length + " inputs but " + targets.length + " targets");
        }
        int size = shape.stream().mapToInt(Integer::intValue).reduce(1, (a, b) -> a * b);
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].length != size) {
                throw new IllegalArgumentException("example " + i + " has " + inputs[i].length
                        + " values, the shape " + shape + " holds " + size);
            }
        }
    }

    /** Number of examples. */
    public int count() {
        return inputs.length;
    }

    /** Values per target: the number of classes, or of regression outputs. */
    public int outputs() {
        return targets.length == 0 ? classes.size() : targets[0].length;
    }

    /** Whether the targets are one-hot classes (otherwise they are values to fit). */
    public boolean isClassification() {
        return !classes.isEmpty();
    }

    /** The class of example i (index of its largest target), for classification sets. */
    public int label(int i) {
        float[] t = targets[i];
        int best = 0;
        for (int k = 1; k < t.length; k++) {
            if (t[k] > t[best]) {
                best = k;
            }
        }
        return best;
    }
}
