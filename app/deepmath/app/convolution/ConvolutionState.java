package deepmath.app.convolution;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * All the state of the convolution lab, observable: the open tab and each tab's settings, as immutable
 * records. The tabs show what is here and write the user's changes here; they compute from it, never from
 * their controls. A session saves {@link #snapshot()} and restores with {@link #apply}.
 */
final class ConvolutionState {
    private final ObjectProperty<ConvolutionTab> tab = new SimpleObjectProperty<>(this, "tab", ConvolutionTab.IMAGE);
    private final ObjectProperty<SignalSettings> signal = new SimpleObjectProperty<>(this, "signal",
            SignalSettings.DEFAULT);
    private final ObjectProperty<MatrixSettings> matrix = new SimpleObjectProperty<>(this, "matrix",
            MatrixSettings.BOOK);
    private final ObjectProperty<ImageSettings> image = new SimpleObjectProperty<>(this, "image",
            ImageSettings.DEFAULT);
    private final ObjectProperty<LayerSettings> layer = new SimpleObjectProperty<>(this, "layer", LayerSettings.DEFAULT);
    private final ObjectProperty<BackpropSettings> backprop = new SimpleObjectProperty<>(this, "backprop",
            BackpropSettings.DEFAULT);
    private final ObjectProperty<PropertiesSettings> properties = new SimpleObjectProperty<>(this, "properties",
            PropertiesSettings.DEFAULT);

    /** The whole state at one moment: equal snapshots mean the lab shows the same thing. */
    record Snapshot(ConvolutionTab tab, SignalSettings signal, MatrixSettings matrix, ImageSettings image,
                    LayerSettings layer, BackpropSettings backprop, PropertiesSettings properties) {
        static final Snapshot DEFAULT = new Snapshot(ConvolutionTab.IMAGE, SignalSettings.DEFAULT, MatrixSettings.BOOK,
                ImageSettings.DEFAULT, LayerSettings.DEFAULT, BackpropSettings.DEFAULT, PropertiesSettings.DEFAULT);
    }

    ObjectProperty<ConvolutionTab> tabProperty() {
        return tab;
    }

    ObjectProperty<SignalSettings> signalProperty() {
        return signal;
    }

    ObjectProperty<MatrixSettings> matrixProperty() {
        return matrix;
    }

    ObjectProperty<ImageSettings> imageProperty() {
        return image;
    }

    ObjectProperty<LayerSettings> layerProperty() {
        return layer;
    }

    ObjectProperty<BackpropSettings> backpropProperty() {
        return backprop;
    }

    ObjectProperty<PropertiesSettings> propertiesProperty() {
        return properties;
    }

    Snapshot snapshot() {
        return new Snapshot(tab.get(), signal.get(), matrix.get(), image.get(), layer.get(), backprop.get(),
                properties.get());
    }

    void apply(Snapshot state) {
        signal.set(state.signal());
        matrix.set(state.matrix());
        image.set(state.image());
        layer.set(state.layer());
        backprop.set(state.backprop());
        properties.set(state.properties());
        tab.set(state.tab());
    }
}
