package deepmath.app.digits;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.ModelKind;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the digits lab shows, shared by its tabs: the data split, the current dense and convolutional
 * networks, which one reads the digits, and the current 28 × 28 digit (drawn or picked from the test set).
 */
final class DigitsState {
    private final ObjectProperty<DigitSet.Split> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<DigitNetwork> dense = new SimpleObjectProperty<>(this, "dense");
    private final ObjectProperty<DigitNetwork> cnn = new SimpleObjectProperty<>(this, "cnn");
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(this, "kind", ModelKind.CNN);
    private final ObjectProperty<float[]> digit = new SimpleObjectProperty<>(this, "digit", new float[DigitSet.PIXELS]);

    ObjectProperty<DigitSet.Split> dataProperty() {
        return data;
    }

    ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    ObjectProperty<float[]> digitProperty() {
        return digit;
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
}
