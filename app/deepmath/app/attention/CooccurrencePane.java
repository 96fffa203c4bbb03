package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorText;
import deepmath.gpt.train.CorpusText;
import deepmath.language.BookExamples;
import deepmath.language.Cooccurrence;
import deepmath.language.TokenVectors;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Co-occurrence embeddings (book ch. 17 §5.2): the book's 4-word table and its probabilities, then the shipped
 * corpus's N most frequent words counted in a window, PPMI, a truncated SVD to k dimensions, and the same cosine,
 * neighbour, analogy and projection tools as for GPT-2's vectors.
 */
final class CooccurrencePane extends VBox {
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ErrorText errors;
    private final Spinner<Integer> size = new Spinner<>(50, Cooccurrence.MAX_WORDS, 500, 50);
    private final Spinner<Integer> window = new Spinner<>(1, Cooccurrence.MAX_WINDOW, 2);
    private final Spinner<Integer> dims = new Spinner<>(2, 300, 50, 5);
    private final Label status = new Label();
    final ObjectProperty<TokenVectors> vectors = new SimpleObjectProperty<>();
    final VectorToolsPane tools;

    CooccurrencePane(BackgroundTasks tasks, Messages messages, ErrorText errors) {
        super(8);
        this.tasks = tasks;
        this.messages = messages;
        this.errors = errors;
        setId("embeddings-cooccurrence");
        setPadding(new Insets(8));
        Label toy = new Label(toyTable());
        toy.getStyleClass().addAll("data-text", "embeddings-table");
        toy.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        toy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        toy.setId("cooccurrence-toy");
        for (Spinner<Integer> s : java.util.List.of(size, window, dims)) {
            s.setEditable(true);
            s.setPrefWidth(90);
        }
        size.setId("cooccurrence-size");
        Button build = Translated.button(messages, "embed.cooc.build", this::build);
        build.setId("cooccurrence-build");
        FlowPane controls = new FlowPane(8, 6, Translated.label(messages, "embed.cooc.size"), size,
                Translated.label(messages, "embed.cooc.window"), window, Translated.label(messages, "embed.cooc.dims"),
                dims, build);
        controls.setAlignment(Pos.CENTER_LEFT);
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setId("cooccurrence-status");
        status.textProperty().bind(messages.text("embed.cooc.none"));
        tools = new VectorToolsPane("cooccurrence-tools", messages, errors, vectors::get,
                vectors.isNotNull(), "king", "man", "woman", "", "god, lord, king, son, daughter, father, mother, one,"
                + " two, three, seven, egypt, israel, land, water");
        Label caption = Translated.wrapped(messages, "embed.cooc.caption");
        caption.getStyleClass().add("attention-caption");
        VBox book = new VBox(4, Translated.heading(messages, "embed.cooc.toy"), toy);
        VBox corpusBox = new VBox(6, Translated.heading(messages, "embed.cooc.corpus"), controls, status);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(16, book, corpusBox);
        javafx.scene.layout.HBox.setHgrow(corpusBox, Priority.ALWAYS);
        getChildren().addAll(top, tools, caption);
        VBox.setVgrow(tools, Priority.ALWAYS);
    }

    /** Book line 18741: the counts M (column i = first word, row j = next word) and P = M / column totals. */
    static String toyTable() {
        Cooccurrence toy = new Cooccurrence(BookExamples.TOY_WORDS, BookExamples.TOY_COUNTS);
        double[][] m = toy.counts();
        double[][] p = toy.probabilities();
        double[] totals = toy.columnTotals();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-7s", ""));
        for (String w : BookExamples.TOY_WORDS) {
            s.append(String.format(Locale.ROOT, "%7s", w));
        }
        s.append("   │ P");
        for (int j = 0; j < m.length; j++) {
            s.append(String.format(Locale.ROOT, "%n%-7s", BookExamples.TOY_WORDS.get(j)));
            for (double v : m[j]) {
                s.append(String.format(Locale.ROOT, "%7.0f", v));
            }
            s.append("   │");
            for (double v : p[j]) {
                s.append(String.format(Locale.ROOT, "%7.3f", v));
            }
        }
        s.append(String.format(Locale.ROOT, "%n%-7s", "Σ"));
        for (double t : totals) {
            s.append(String.format(Locale.ROOT, "%7.0f", t));
        }
        return s.toString();
    }

    void build() {
        int n = size.getValue();
        int w = window.getValue();
        int k = Math.min(dims.getValue(), n);
        tasks.submit(messages.get("embed.cooc.task", n), progress -> {
            Cooccurrence table = Cooccurrence.ofText(CorpusText.shipped(), n, w);
            return table.embedding(k);
        }, embedding -> {
            vectors.set(TokenVectors.ofCooccurrence(embedding));
            double[] sigma = embedding.singularValues();
            status.textProperty().bind(messages.text("embed.cooc.built", n, w, k,
                    String.format(Locale.ROOT, "%.2f, %.2f, %.2f", sigma[0], sigma[1], sigma[Math.min(2, sigma.length - 1)])));
        }, error -> {
            status.textProperty().unbind();
            status.setText(errors.of(error));
        });
    }
}
