package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorText;
import deepmath.language.BookExamples;
import deepmath.language.RandomVectors;
import deepmath.language.VectorGeometry;
import deepmath.probability.NumberList;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import deepmath.viz.plot.Scale;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Vectors typed by hand (book ch. 17 §4.1): the distance, cosine and angle of two vectors with the book's examples
 * as presets, and the curse of dimension — the spread of distances and cosines of random vectors as n grows.
 */
final class ToyVectorsPane extends VBox {
    static final int[] DIMENSIONS = {2, 3, 5, 10, 20, 50, 100, 200, 768};
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ErrorText errors;
    private final TextField x = new TextField("2, 3");
    private final TextField y = new TextField("4, 4");
    private final Label result = new Label();
    private final PlotCanvas curse = new PlotCanvas();
    private final Label curseText = new Label();
    private RandomVectors.Sample[] shown;
    /** Held here: the curves' legends are computed texts, redrawn on a language switch. */
    private final javafx.beans.binding.StringBinding languageWatch;

    ToyVectorsPane(BackgroundTasks tasks, Messages messages, ErrorText errors) {
        super(8);
        this.tasks = tasks;
        this.messages = messages;
        this.errors = errors;
        setId("embeddings-toys");
        setPadding(new Insets(8));
        x.setId("toy-x");
        y.setId("toy-y");
        result.setId("toy-result");
        result.getStyleClass().add("data-text");
        result.setWrapText(true);
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        x.textProperty().addListener(o -> compute());
        y.textProperty().addListener(o -> compute());
        MenuButton presets = new MenuButton();
        presets.textProperty().bind(messages.text("embed.toys.presets"));
        presets.setId("toy-presets");
        presets.getItems().add(preset("embed.toys.preset.xy", "2, 3", "4, 4"));
        for (int i = 0; i < 3; i++) {
            presets.getItems().add(preset("embed.toys.preset.royal." + BookExamples.ROYAL_WORDS.get(i),
                    NumberList.format(BookExamples.ROYAL_VECTORS[i]), NumberList.format(BookExamples.ROYAL_TEXT)));
        }
        FlowPane vectors = new FlowPane(8, 6, Translated.label(messages, "embed.toys.x"), x,
                Translated.label(messages, "embed.toys.y"), y, presets);
        vectors.setAlignment(Pos.CENTER_LEFT);
        Button run = Translated.button(messages, "embed.toys.curse.run", this::runCurse);
        run.setId("toy-curse-run");
        curse.setId("toy-curse-plot");
        curse.setMinSize(240, 180);
        curse.xAxis().scaleProperty().set(Scale.LOG);
        curse.xAxis().labelProperty().bind(messages.text("embed.toys.curse.n"));
        curse.yAxis().labelProperty().bind(messages.text("embed.toys.curse.spread"));
        curseText.setWrapText(true);
        curseText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        curseText.getStyleClass().add("data-text");
        curseText.setId("toy-curse-text");
        Label caption = Translated.wrapped(messages, "embed.toys.curse.caption");
        caption.getStyleClass().add("attention-caption");
        getChildren().addAll(Translated.heading(messages, "embed.toys.title"), vectors, result,
                Translated.heading(messages, "embed.toys.curse.title"), run, curse, curseText, caption);
        VBox.setVgrow(curse, Priority.ALWAYS);
        compute();
        languageWatch = messages.text("embed.toys.curse.distance");
        languageWatch.addListener((o, was, now) -> {
            if (shown != null) {
                showCurse(shown);
            }
        });
    }

    private MenuItem preset(String key, String first, String second) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(messages.text(key));
        item.setOnAction(e -> {
            x.setText(first);
            y.setText(second);
        });
        return item;
    }

    void compute() {
        try {
            double[] u = NumberList.parse(x.getText(), "X");
            double[] v = NumberList.parse(y.getText(), "Y");
            result.setText(String.format(Locale.ROOT, "‖X − Y‖ = %.4f    cos θ = ⟨X | Y⟩/(‖X‖ ‖Y‖) = %.4f / %.4f = %.4f"
                    + "    θ = %.1f°", VectorGeometry.distance(u, v), VectorGeometry.dot(u, v),
                    VectorGeometry.norm(u) * VectorGeometry.norm(v), VectorGeometry.cosine(u, v),
                    VectorGeometry.angleDegrees(u, v)));
        } catch (RuntimeException e) {
            result.setText(errors.of(e));
        }
    }

    /** 300 random points per dimension; the book's own case (1000 points of R⁷⁶⁸) is a test. */
    void runCurse() {
        tasks.submit(messages.get("embed.toys.curse.task"), progress -> {
            RandomVectors.Sample[] samples = new RandomVectors.Sample[DIMENSIONS.length];
            for (int i = 0; i < DIMENSIONS.length; i++) {
                progress.update(i, DIMENSIONS.length);
                samples[i] = RandomVectors.sample(DIMENSIONS[i], 300, 17 + i);
            }
            return samples;
        }, this::showCurse);
    }

    private void showCurse(RandomVectors.Sample[] samples) {
        shown = samples;
        double[] n = new double[samples.length];
        double[] distance = new double[samples.length];
        double[] cosine = new double[samples.length];
        double[] theory = new double[samples.length];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < samples.length; i++) {
            n[i] = samples[i].dimension();
            distance[i] = samples[i].distances().relative();
            cosine[i] = samples[i].cosines().std();
            theory[i] = 1 / Math.sqrt(n[i]);
            text.append(String.format(Locale.ROOT, "n = %d: d = %.2f ± %.2f, cos = %.3f ± %.3f · ", samples[i].dimension(),
                    samples[i].distances().mean(), samples[i].distances().std(), samples[i].cosines().mean(),
                    samples[i].cosines().std()));
        }
        curse.layers().setAll(
                new PointsLayer(n, distance, Color.web("#3a86ff"), 4, messages.get("embed.toys.curse.distance")),
                new PointsLayer(n, cosine, Color.web("#fb8500"), 4, messages.get("embed.toys.curse.cosine")),
                new LineLayer(n, theory, Color.web("#8d99ae"), 1.5, null, "1/√n"));
        curse.fitToData(0.08);
        curseText.setText(text.substring(0, text.length() - 3));
    }
}
