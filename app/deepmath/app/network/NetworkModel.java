package deepmath.app.network;

import deepmath.data.CsvData;
import deepmath.data.Dataset;
import deepmath.nn.Layer;
import deepmath.nn.Network;
import deepmath.nn.NetworkJson;
import deepmath.nn.UniversalApproximation;
import deepmath.viz.network.Handle;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * All the state of the network panel, observable: the network (replaced when its shape changes, edited in
 * place when a value changes, then {@link #valuesVersion} moves), the data, the viewed rectangle of the
 * input plane, the slice of a third input, the preset it came from and the training settings. Views listen;
 * nothing else holds state, so a session saves exactly this ({@link #snapshot()} is it, by value).
 */
final class NetworkModel {
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network");
    private final IntegerProperty valuesVersion = new SimpleIntegerProperty(this, "valuesVersion");
    private final ObjectProperty<Dataset> data = new SimpleObjectProperty<>(this, "data", Dataset.empty(2, 1));
    private final ObjectProperty<double[]> domain = new SimpleObjectProperty<>(this, "domain", new double[] {-6, 6, -6, 6});
    private final DoubleProperty slice = new SimpleDoubleProperty(this, "slice", 0.5);
    private final StringProperty preset = new SimpleStringProperty(this, "preset", "");
    private final StringProperty dataSource = new SimpleStringProperty(this, "dataSource", SOURCE_PRESET);
    private final ObjectProperty<TrainingChoices> training = new SimpleObjectProperty<>(this, "training",
            TrainingChoices.DEFAULT);
    private final ObjectProperty<UniversalApproximation> approximation = new SimpleObjectProperty<>(this,
            "approximation");
    private final ObjectProperty<LearningChoices> learning = new SimpleObjectProperty<>(this, "learning",
            LearningChoices.DEFAULT);
    private boolean dataEdit;

    /** {@link #dataSourceProperty()} when the points are the preset's own. */
    static final String SOURCE_PRESET = "preset";
    /** {@link #dataSourceProperty()} when the points were read from a CSV file (or a session). */
    static final String SOURCE_FILE = "file";

    ObjectProperty<Network> networkProperty() {
        return network;
    }

    Network network() {
        return network.get();
    }

    /** Moves whenever a weight, a bias or an activation changed in place. */
    IntegerProperty valuesVersionProperty() {
        return valuesVersion;
    }

    ObjectProperty<Dataset> dataProperty() {
        return data;
    }

    Dataset data() {
        return data.get();
    }

    /** New points from somewhere ({@code source}: a generator's key, the preset, a file): training starts again. */
    void setData(Dataset points, String source) {
        dataSource.set(source);
        dataEdit = false;
        data.set(points);
    }

    /** A point added or removed by hand: the same data set, edited, so training goes on from where it is. */
    void editData(Dataset points) {
        dataEdit = true;
        try {
            data.set(points);
        } finally {
            dataEdit = false;
        }
    }

    /** True while listeners hear of a hand edit (see {@link #editData}). */
    boolean isDataEdit() {
        return dataEdit;
    }

    /** Where the shown points come from: a generator key ("spirals", "curve-sin"…), "preset" or "file". */
    StringProperty dataSourceProperty() {
        return dataSource;
    }

    /** {xMin, xMax, yMin, yMax} of the input plane shown. */
    ObjectProperty<double[]> domainProperty() {
        return domain;
    }

    DoubleProperty sliceProperty() {
        return slice;
    }

    StringProperty presetProperty() {
        return preset;
    }

    /**
     * The universal approximation (f and n) the network was built from, or null when it is not one: the lab then
     * draws f with F, says how far they are and lets the user choose another f or n.
     */
    ObjectProperty<UniversalApproximation> approximationProperty() {
        return approximation;
    }

    /** The slice's range: a third input z runs over the same interval as y. */
    double[] sliceRange() {
        double[] d = domain.get();
        return new double[] {d[2], d[3]};
    }

    /** The training settings chosen (the training pane's menus show and edit them). */
    ObjectProperty<TrainingChoices> trainingProperty() {
        return training;
    }

    /** The chapter-9 views' choices (the view shown under the network, E(a)'s weight, the black squares' p). */
    ObjectProperty<LearningChoices> learningProperty() {
        return learning;
    }

    /**
     * The state by value, for comparing two panels: the network and the data in their file forms (JSON, CSV),
     * so equal snapshots mean equal weights, biases, activations and points.
     */
    record Snapshot(String preset, String network, String data, List<Double> domain, double slice, String dataSource,
                    TrainingChoices training, UniversalApproximation approximation, LearningChoices learning) {
    }

    Snapshot snapshot() {
        double[] d = domain.get();
        return new Snapshot(preset.get(), network() == null ? null : NetworkJson.write(network()),
                CsvData.write(data()), List.of(d[0], d[1], d[2], d[3]), slice.get(), dataSource.get(), training.get(),
                approximation.get(), learning.get());
    }

    double value(Handle h) {
        Layer layer = network().layer(h.layer());
        return h.isBias() ? layer.bias(h.neuron()) : layer.weight(h.neuron(), h.input());
    }

    void setValue(Handle h, double value) {
        Layer layer = network().layer(h.layer());
        if (h.isBias()) {
            layer.setBias(h.neuron(), value);
        } else {
            layer.setWeight(h.neuron(), h.input(), value);
        }
        valuesChanged();
    }

    /** Copies trained parameters into the shown network (same shape). */
    void setParameters(double[] parameters) {
        network().setParameters(parameters);
        valuesChanged();
    }

    void valuesChanged() {
        valuesVersion.set(valuesVersion.get() + 1);
    }
}
