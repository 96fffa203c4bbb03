package deepmath.app.network;

import deepmath.data.ClassicSets;
import deepmath.data.CurveSets;
import deepmath.data.Dataset;
import deepmath.viz.i18n.Messages;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The data: one of the classic 2-D sets or a 1-D curve, its size and noise, regenerated on demand with a
 * new seed; the generated set replaces the current data (which presets and CSV files also set).
 */
final class DataControls {
    private final NetworkModel model;
    private final ComboBox<String> kind = new ComboBox<>();
    private final Spinner<Integer> size = new Spinner<>(4, 2000, 200, 20);
    private final Slider noise = new Slider(0, 0.5, 0.1);
    private final HBox root;
    private long seed = 1;

    DataControls(NetworkModel model, Messages messages, Consumer<Throwable> errors) {
        this.model = model;
        for (ClassicSets set : ClassicSets.values()) {
            kind.getItems().add(set.key());
        }
        for (CurveSets set : CurveSets.values()) {
            kind.getItems().add("curve-" + set.key());
        }
        kind.setValue(ClassicSets.SPIRALS.key());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : messages.get("data." + key);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        kind.setId("network-data-kind");
        size.setEditable(true);
        size.setPrefWidth(90);
        noise.setPrefWidth(90);
        Button generate = new Button();
        generate.setId("network-generate");
        generate.textProperty().bind(messages.text("data.generate"));
        generate.setOnAction(e -> {
            try {
                model.dataProperty().set(generate(kind.getValue(), size.getValue(), noise.getValue(), ++seed));
            } catch (RuntimeException ex) {
                errors.accept(ex);
            }
        });
        Label data = new Label();
        data.textProperty().bind(messages.text("data.label"));
        Label points = new Label();
        points.textProperty().bind(messages.text("data.size"));
        Label noiseLabel = new Label();
        noiseLabel.textProperty().bind(messages.text("data.noise"));
        root = new HBox(6, data, kind, points, size, noiseLabel, noise, generate);
        root.setAlignment(Pos.CENTER_LEFT);
        for (Node n : root.getChildren()) {
            if (n instanceof javafx.scene.layout.Region r && !(n instanceof Slider)) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }

    Node node() {
        return root;
    }

    /** A 2-D classic set, or a curve ("curve-sin"…) on 1 input. */
    static Dataset generate(String key, int size, double noise, long seed) {
        if (key.startsWith("curve-")) {
            return CurveSets.fromKey(key.substring(6)).generate(size, noise, seed);
        }
        return ClassicSets.fromKey(key).generate(size, noise, seed);
    }
}
