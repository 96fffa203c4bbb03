package deepmath.app.digits;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.ModelKind;
import deepmath.digits.TrainingPlan;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the digits lab shows, shared by its tabs: the data split, the current dense and convolutional
 * networks, which one reads the digits, the current 28 × 28 digit (drawn or picked from the test set) and the
 * strokes that drew it, the tab, and the training settings. The session is written from it ({@link #values}).
 */
final class DigitsState {
    /** A stroke on the pad: its points x0, y0, x1, y1, … in pad pixels, and whether it erased. */
    record Stroke(boolean erase, List<Double> points) {
        Stroke {
            points = List.copyOf(points);
        }

        double[] xy() {
            return points.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** The settings of the next training run. */
    record Training(ModelKind model, int epochs, double learningRate, int batch, int shift) {
        /** What the lab proposes for {@code kind}: fewer epochs for the slower convolutional network. */
        static Training defaults(ModelKind kind) {
            TrainingPlan plan = TrainingPlan.defaults(kind);
            return new Training(kind, kind == ModelKind.CNN ? 3 : 5, plan.learningRate(), plan.batch(),
                    plan.maxShift());
        }
    }

    /** Everything a user changes, as one value: what a session keeps (the networks are the shipped ones). */
    record Values(ModelKind reader, int tab, List<Stroke> strokes, List<Float> digit, Training training) {
        Values {
            strokes = List.copyOf(strokes);
            digit = List.copyOf(digit);
        }
    }

    private final ObjectProperty<DigitSet.Split> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<DigitNetwork> dense = new SimpleObjectProperty<>(this, "dense");
    private final ObjectProperty<DigitNetwork> cnn = new SimpleObjectProperty<>(this, "cnn");
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(this, "kind", ModelKind.CNN);
    private final ObjectProperty<float[]> digit = new SimpleObjectProperty<>(this, "digit", new float[DigitSet.PIXELS]);
    /** The strokes drawn since the pad was last cleared or shown a digit (empty then). */
    private final ObjectProperty<List<Stroke>> strokes = new SimpleObjectProperty<>(this, "strokes", List.of());
    private final IntegerProperty tab = new SimpleIntegerProperty(this, "tab");
    private final ObjectProperty<Training> training = new SimpleObjectProperty<>(this, "training",
            Training.defaults(ModelKind.CNN));

    ObjectProperty<DigitSet.Split> dataProperty() {
        return data;
    }

    ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    ObjectProperty<float[]> digitProperty() {
        return digit;
    }

    ObjectProperty<List<Stroke>> strokesProperty() {
        return strokes;
    }

    /** The tab shown: 0 draw, 1 test set, 2 inside the CNN, 3 training. */
    IntegerProperty tabProperty() {
        return tab;
    }

    ObjectProperty<Training> trainingProperty() {
        return training;
    }

    ObjectProperty<DigitNetwork> networkProperty(ModelKind k) {
        return k == ModelKind.DENSE ? dense : cnn;
    }

    /** The network of the selected kind (null until the shipped weights are loaded). */
    DigitNetwork network() {
        return networkProperty(kind.get()).get();
    }

    void setNetwork(DigitNetwork network) {
        networkProperty(network.kind()).set(network);
    }

    boolean ready() {
        return data.get() != null && dense.get() != null && cnn.get() != null;
    }

    Values values() {
        List<Float> pixels = new ArrayList<>(DigitSet.PIXELS);
        for (float v : digit.get()) {
            pixels.add(v);
        }
        return new Values(kind.get(), tab.get(), strokes.get(), pixels, training.get());
    }
}
