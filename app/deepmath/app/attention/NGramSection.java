package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.language.NGramDecoder;
import deepmath.language.NGramModel;
import deepmath.language.WordCounts;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The n-gram generator of the Language tab (book ch. 17 §2.2–2.4): the same start words continued twice, side by
 * side — greedy (always the most frequent next word) and drawn from softmax_T over the k most frequent next words.
 */
final class NGramSection extends VBox {
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<List<String>> corpusWords;
    private final Spinner<Integer> n = new Spinner<>(1, 4, 2);
    private final Spinner<Integer> length = new Spinner<>(5, 200, 20);
    private final Spinner<Double> temperature = new Spinner<>(0.001, 10, 0.05, 0.05);
    private final Spinner<Integer> topK = new Spinner<>(1, 100, 20);
    private final TextField start = new TextField("and the lord said");
    private final TextArea greedy = new TextArea();
    private final TextArea sampled = new TextArea();
    private final Map<Integer, NGramModel> models = new HashMap<>();
    private final Random random = new Random();

    NGramSection(BackgroundTasks tasks, Messages messages, int corpusSize, Supplier<List<String>> corpusWords) {
        super(6);
        this.tasks = tasks;
        this.messages = messages;
        this.corpusWords = corpusWords;
        n.setPrefWidth(70);
        n.setId("language-ngram-n");
        length.setPrefWidth(80);
        length.setEditable(true);
        temperature.setPrefWidth(90);
        temperature.setEditable(true);
        temperature.setId("language-ngram-temperature");
        topK.setPrefWidth(80);
        topK.setEditable(true);
        topK.setId("language-ngram-k");
        start.setPrefColumnCount(14);
        start.setId("language-ngram-start");
        Button generate = Translated.button(messages, "language.ngram.generate", this::generate);
        generate.setId("language-ngram-generate");
        for (TextArea area : List.of(greedy, sampled)) {
            area.setWrapText(true);
            area.setEditable(false);
            area.setPrefRowCount(4);
            area.getStyleClass().add("data-text");
        }
        greedy.setId("language-ngram-greedy");
        sampled.setId("language-ngram-text");
        Label caption = Translated.wrapped(messages, "language.ngram.caption", corpusSize);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.getStyleClass().add("attention-caption");
        FlowPane controls = new FlowPane(8, 6, Translated.label(messages, "language.ngram.n"), n,
                Translated.label(messages, "language.ngram.length"), length,
                Translated.label(messages, "language.ngram.temperature"), temperature,
                Translated.label(messages, "language.ngram.k"), topK,
                Translated.label(messages, "language.ngram.start"), start, generate);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPrefWrapLength(400);
        GridPane texts = new GridPane();
        texts.setHgap(8);
        texts.setVgap(2);
        texts.add(Translated.label(messages, "language.ngram.greedy"), 0, 0);
        texts.add(Translated.label(messages, "language.ngram.sampled"), 1, 0);
        texts.add(greedy, 0, 1);
        texts.add(sampled, 1, 1);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(50);
            texts.getColumnConstraints().add(c);
        }
        GridPane.setVgrow(greedy, Priority.ALWAYS);
        GridPane.setVgrow(sampled, Priority.ALWAYS);
        getChildren().addAll(controls, texts, caption);
        VBox.setVgrow(texts, Priority.ALWAYS);
    }

    /** Both texts from the same start: greedy, and drawn at temperature T among the k best. */
    void generate() {
        List<String> words = corpusWords.get();
        if (words == null) {
            sampled.setText(messages.get("language.zipf.computing"));
            return;
        }
        int order = n.getValue();
        List<String> history = WordCounts.words(start.getText());
        NGramModel cached = models.get(order);
        if (cached != null) {
            show(history, cached);
            return;
        }
        tasks.submit(messages.get("language.task.ngram", order), progress -> new NGramModel(order, words), model -> {
            models.put(order, model);
            show(history, model);
        });
    }

    private void show(List<String> history, NGramModel model) {
        NGramDecoder decoder = new NGramDecoder(model);
        String prefix = String.join(" ", history) + (history.isEmpty() ? "" : " ");
        greedy.setText(prefix + String.join(" ", decoder.greedy(history, length.getValue())));
        sampled.setText(prefix + String.join(" ", decoder.sample(history, length.getValue(), temperature.getValue(),
                topK.getValue(), random)));
    }
}
