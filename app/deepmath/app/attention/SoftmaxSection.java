package deepmath.app.attention;

import deepmath.gpt.NextToken;
import deepmath.viz.attention.ProbabilityBars;
import deepmath.viz.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * softmax(z/T) of a few scores typed by the reader: T → 0 puts all the mass on the largest score, T = 1 is the
 * plain softmax, a large T flattens the law towards uniform.
 */
final class SoftmaxSection extends VBox {
    private final Messages messages;
    private final TextField scores = new TextField("3.0, 2.0, 1.0, 0.5, -1.0");
    private final Slider temperature = new Slider(0.05, 5.0, 1.0);
    private final Label temperatureValue = new Label();
    private final Label problem = new Label();
    private final ProbabilityBars bars = new ProbabilityBars();

    SoftmaxSection(Messages messages) {
        super(6);
        this.messages = messages;
        scores.setId("language-softmax-scores");
        scores.setPrefColumnCount(20);
        temperature.setId("language-softmax-temperature");
        temperature.setPrefWidth(160);
        bars.setId("language-softmax-bars");
        bars.setIdText(null);   // scores z1, z2, … have no token id
        bars.setMinHeight(Label.USE_PREF_SIZE);
        problem.getStyleClass().add("error-text");
        Label scoresLabel = new Label();
        scoresLabel.textProperty().bind(messages.text("language.softmax.scores"));
        Label temperatureLabel = new Label();
        temperatureLabel.textProperty().bind(messages.text("language.softmax.temperature"));
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 6, scoresLabel, scores, temperatureLabel, temperature, temperatureValue);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPrefWrapLength(400);
        Label caption = new Label();
        caption.textProperty().bind(messages.text("language.softmax.caption"));
        caption.setWrapText(true);
        caption.setMinHeight(Label.USE_PREF_SIZE);
        caption.getStyleClass().add("attention-caption");
        getChildren().addAll(controls, problem, bars, caption);
        VBox.setVgrow(bars, Priority.ALWAYS);
        scores.textProperty().addListener(o -> refresh());
        temperature.valueProperty().addListener(o -> refresh());
        refresh();
    }

    /** The scores as numbers, or a one-line reason. */
    static float[] parse(String text) {
        List<Float> values = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                values.add(Float.parseFloat(part.strip()));
            }
        }
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    void refresh() {
        double t = temperature.getValue();
        temperatureValue.setText(String.format(Locale.ROOT, "T = %.2f", t));
        float[] z;
        try {
            z = parse(scores.getText());
        } catch (NumberFormatException e) {
            problem.setText(messages.get("language.softmax.bad"));
            bars.setBars(List.of());
            return;
        }
        problem.setText(z.length == 0 ? messages.get("language.softmax.bad") : "");
        double[] p = NextToken.softmax(z, t);
        List<ProbabilityBars.Bar> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            out.add(new ProbabilityBars.Bar(String.format(Locale.ROOT, "z%d = %s", i + 1, z[i]), i, p[i]));
        }
        bars.setBars(out);
    }
}
