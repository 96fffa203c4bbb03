package deepmath.app.network;

import deepmath.data.ClassicSets;
import deepmath.data.CurveSets;
import deepmath.data.Dataset;
import deepmath.nn.BookNetworks;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The data: the preset's own points, one of the classic 2-D sets or a 1-D curve, its size and noise. The
 * menu always names where the shown points come from (the preset, a file, a generator); choosing a set
 * generates it at once, New sample draws it again with a new seed, and the plot is fitted to the new points.
 */
final class DataControls {
    private final NetworkModel model;
    private final ComboBox<String> kind = new ComboBox<>();
    private final Spinner<Integer> size = new Spinner<>(4, 2000, 200, 20);
    private final Slider noise = new Slider(0, 0.5, 0.1);
    private final Consumer<Throwable> errors;
    private final HBox root;
    private boolean following;
    private long seed = 1;

    DataControls(NetworkModel model, Messages messages, Consumer<Throwable> errors) {
        this.model = model;
        this.errors = errors;
        kind.getItems().add(NetworkModel.SOURCE_PRESET);
        for (ClassicSets set : ClassicSets.values()) {
            kind.getItems().add(set.key());
        }
        for (CurveSets set : CurveSets.values()) {
            kind.getItems().add("curve-" + set.key());
        }
        Translated.cells(kind, messages, key -> "data." + key);
        kind.setId("network-data-kind");
        follow();
        model.dataSourceProperty().addListener(o -> follow());
        kind.setOnAction(e -> {
            if (!following && kind.getValue() != null && !kind.getValue().equals(model.dataSourceProperty().get())) {
                generate();
            }
        });
        size.setEditable(true);
        size.setPrefWidth(90);
        noise.setPrefWidth(90);
        Button generate = Translated.button(messages, "data.generate", this::generate);
        generate.setId("network-generate");
        generate.setTooltip(Translated.tooltip(messages, "data.generateTip"));
        Label data = Translated.label(messages, "data.label");
        Label points = Translated.label(messages, "data.size");
        Label noiseLabel = Translated.label(messages, "data.noise");
        root = new HBox(6, data, kind, points, size, noiseLabel, noise, generate);
        root.setAlignment(Pos.CENTER_LEFT);
        for (Node n : root.getChildren()) {
            if (n instanceof Region r && !(n instanceof Slider)) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    Node node() {
        return root;
    }

    /** The menu shows the model's data source, without generating anything. */
    private void follow() {
        following = true;
        try {
            kind.setValue(model.dataSourceProperty().get());
        } finally {
            following = false;
        }
    }

    private void generate() {
        String key = kind.getValue();
        try {
            if (key == null || key.equals(NetworkModel.SOURCE_FILE)) {
                return;
            }
            if (key.equals(NetworkModel.SOURCE_PRESET)) {
                String preset = model.presetProperty().get();
                if (preset == null || preset.isEmpty()) {
                    follow();
                    return;
                }
                model.setData(BookNetworks.byKey(preset).data(), key);
                return;
            }
            Dataset points = generate(key, size.getValue(), noise.getValue(), ++seed);
            model.domainProperty().set(domainFor(points));
            model.setData(points, key);
        } catch (RuntimeException ex) {
            follow();
            errors.accept(ex);
        }
    }

    /** A 2-D classic set, or a curve ("curve-sin"…) on 1 input. */
    static Dataset generate(String key, int size, double noise, long seed) {
        if (key.startsWith("curve-")) {
            return CurveSets.fromKey(key.substring(6)).generate(size, noise, seed);
        }
        return ClassicSets.fromKey(key).generate(size, noise, seed);
    }

    /**
     * The rectangle that shows every point with a margin: the classic sets' own square [−6, 6]² when they
     * fit in it, else the points' bounding box plus 10 % (for 1 input: x and the targets).
     */
    static double[] domainFor(Dataset data) {
        double[] d = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int s = 0; s < data.size(); s++) {
            double[] x = data.inputsView()[s];
            double y = x.length > 1 ? x[1] : data.targetsView()[s][0];
            d[0] = Math.min(d[0], x[0]);
            d[1] = Math.max(d[1], x[0]);
            d[2] = Math.min(d[2], y);
            d[3] = Math.max(d[3], y);
        }
        if (data.isEmpty()) {
            return new double[] {-ClassicSets.EXTENT, ClassicSets.EXTENT, -ClassicSets.EXTENT, ClassicSets.EXTENT};
        }
        double e = ClassicSets.EXTENT;
        if (data.inputCount() == 2 && d[0] >= -e && d[1] <= e && d[2] >= -e && d[3] <= e) {
            return new double[] {-e, e, -e, e};
        }
        double px = Math.max(0.5, (d[1] - d[0]) * 0.1);
        double py = Math.max(0.5, (d[3] - d[2]) * 0.1);
        return new double[] {d[0] - px, d[1] + px, d[2] - py, d[3] + py};
    }
}
