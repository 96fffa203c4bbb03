package deepmath.app.models;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.sequential.BookArchitecture;
import deepmath.sequential.BookArchitectures;
import deepmath.sequential.ModelSpec;
import deepmath.sequential.ModelSpecJson;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The model builder's state, shared by its panes: the input shape and the layers being edited, the preset they
 * came from, the data set and the training settings, the tab shown. The model they describe is checked after
 * every change: {@link #specProperty()} holds it when it is sound, {@link #problemProperty()} the refusal (naming
 * the layer and the field) when not — one of the two is always null. A session is written from {@link #values()}.
 */
public final class ModelsState {
    /** Everything a user changes, as one value (what a session keeps and a round-trip test compares). */
    public record Values(List<Integer> input, String layersJson, String preset, DataChoice data,
                         TrainingSettings training, int tab) {
        public Values {
            input = List.copyOf(input);
        }
    }

    private final ObservableList<LayerDraft> layers = FXCollections.observableArrayList(LayerDraft::observables);
    private final ObjectProperty<List<Integer>> input = new SimpleObjectProperty<>(this, "input", List.of(28, 28, 1));
    private final StringProperty preset = new SimpleStringProperty(this, "preset", "");
    private final ObjectProperty<DataChoice> data = new SimpleObjectProperty<>(this, "data",
            DataChoice.of(DataChoice.Kind.MNIST));
    private final ObjectProperty<TrainingSettings> training = new SimpleObjectProperty<>(this, "training",
            TrainingSettings.classification());
    private final IntegerProperty tab = new SimpleIntegerProperty(this, "tab");
    private final ReadOnlyObjectWrapper<ModelSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<BadInputException> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    /** True while a preset or a model is being opened: its own changes do not make it "your own model". */
    private boolean opening;

    public ModelsState() {
        layers.addListener((javafx.collections.ListChangeListener<LayerDraft>) c -> check());
        input.addListener(o -> check());
        apply(BookArchitectures.byKey("mnist-cnn").orElseThrow());
    }

    /** Opens a book network: its layers, data and settings. */
    public void apply(BookArchitecture p) {
        open(p.spec(), p.key());
        data.set(DataChoice.of(p.dataKind(), p.data()));
        training.set(TrainingSettings.of(p.training()));
    }

    /** Opens a model (a user's description); the preset is then none. */
    public void apply(ModelSpec model) {
        open(model, "");
    }

    /** A session's model as it was left, with the preset it came from (if it was not edited since). */
    public void restore(List<Integer> shape, List<LayerDraft> drafts, String presetKey) {
        opening = true;
        try {
            input.set(shape);
            layers.setAll(drafts);
            preset.set(presetKey);
        } finally {
            opening = false;
        }
    }

    private void open(ModelSpec model, String key) {
        restore(model.input(), model.layers().stream().map(LayerDraft::of).toList(), key);
    }

    /** The model's description as {@code ModelSpecJson} reads it, whether it fits or not. */
    public ObjectNode json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode in = root.putArray("input");
        input.get().forEach(in::add);
        ArrayNode array = root.putArray("layers");
        layers.forEach(l -> array.add(l.json()));
        return root;
    }

    /** Checks the model after any change; an edit makes it the user's own model (no preset any more). */
    private void check() {
        if (!opening) {
            preset.set("");
        }
        try {
            ModelSpec checked = ModelSpecJson.read(json());
            spec.set(checked);
            problem.set(null);
        } catch (BadInputException e) {
            problem.set(e);   // first: a listener of the spec finds the refusal that emptied it
            spec.set(null);
        }
    }

    /** Sets the input shape from its text ("28, 28, 1", "784"); refuses anything but 1 to 3 sizes. */
    public void setInput(String text) {
        List<Integer> shape = new java.util.ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                int size = Integer.parseInt(part.strip());
                if (size < 1 || size > 65536) {
                    throw new NumberFormatException();
                }
                shape.add(size);
            } catch (NumberFormatException e) {
                throw new BadInputException(deepmath.sequential.ModelSpecProblem.BAD_INPUT, "[" + text.strip() + "]");
            }
        }
        if (shape.size() > 3) {
            throw new BadInputException(deepmath.sequential.ModelSpecProblem.BAD_INPUT, "[" + text.strip() + "]");
        }
        input.set(List.copyOf(shape));
    }

    /** Moves layer {@code from} by {@code by} places (−1 up, +1 down) when it stays in the list. */
    public void move(int from, int by) {
        int to = from + by;
        if (from >= 0 && from < layers.size() && to >= 0 && to < layers.size()) {
            LayerDraft d = layers.remove(from);
            layers.add(to, d);
        }
    }

    public ObservableList<LayerDraft> layers() {
        return layers;
    }

    public ObjectProperty<List<Integer>> inputProperty() {
        return input;
    }

    public StringProperty presetProperty() {
        return preset;
    }

    public ObjectProperty<DataChoice> dataProperty() {
        return data;
    }

    public ObjectProperty<TrainingSettings> trainingProperty() {
        return training;
    }

    /** The tab shown: 0 model, 1 training, 2 what the network sees. */
    public IntegerProperty tabProperty() {
        return tab;
    }

    public ReadOnlyObjectProperty<ModelSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BadInputException> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Values values() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        layers.forEach(l -> array.add(l.json()));
        return new Values(input.get(), array.toString(), preset.get(), data.get(), training.get(), tab.get());
    }
}
