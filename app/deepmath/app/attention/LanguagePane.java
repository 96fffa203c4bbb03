package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.gpt.train.CorpusText;
import deepmath.language.WordCounts;
import deepmath.language.ZipfMandelbrot;
import deepmath.viz.i18n.Messages;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import deepmath.viz.plot.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The Language tab (book ch. 17): Zipf's law of the corpus's words with the Zipf–Mandelbrot fit on log–log
 * axes, an n-gram generator to compare with the transformer, softmax with temperature on editable scores, and
 * the geometry of the model's token embeddings.
 */
final class LanguagePane extends BorderPane {
    /** The n-gram tables are built on the corpus's first words: enough for its style, bounded in memory. */
    static final int NGRAM_WORDS = 300_000;

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final PlotCanvas zipfPlot = new PlotCanvas();
    private final Label zipfFit = new Label();
    private volatile List<String> corpusWords;
    private boolean corpusRequested;
    /** Held here: the plot's legends are computed texts, rebuilt on every language switch. */
    private final javafx.beans.binding.StringBinding languageWatch;
    private Corpus corpus;

    LanguagePane(AttentionState state, BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
        setId("attention-language");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        grid.add(section("language.zipf.title", zipfSection()), 0, 0);
        grid.add(section("language.ngram.title", new NGramSection(tasks, messages, NGRAM_WORDS, () -> corpusWords)), 1, 0);
        grid.add(section("language.softmax.title", new SoftmaxSection(messages)), 0, 1);
        grid.add(section("language.embeddings.title", new EmbeddingSection(state, messages)), 1, 1);
        // each half at least as wide as the widest section needs (the n-gram caption and controls, in French): a
        // percentage column alone goes below its content's minimum and cut the right column at the viewport's edge
        grid.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> 2 * grid.getChildren()
                .stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0) + grid.getHgap() + grid.snappedLeftInset()
                + grid.snappedRightInset(), grid.widthProperty(), messages.language()));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
            // Rows as tall as their contents need at least (captions never cut): below that, the page scrolls.
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(Region.USE_PREF_SIZE);
            grid.getRowConstraints().add(row);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // below the sections' minimum width (the n-gram controls, the embedding buttons, in French), a bar scrolls
        // sideways rather than the viewport cutting the right column; it shows only then
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        setCenter(scroll);
        languageWatch = messages.text("language.zipf.words");
        languageWatch.addListener((o, was, now) -> {
            if (corpus != null) {
                showCorpus(corpus);
            }
        });
    }

    /** First showing of the tab: the corpus is read then, not when the lab opens (it takes a few seconds). */
    void shown() {
        if (!corpusRequested) {
            corpusRequested = true;
            loadCorpus();
        }
    }

    private Node section(String titleKey, Node content) {
        Label title = new Label();
        title.textProperty().bind(messages.text(titleKey));
        title.getStyleClass().add("language-section-title");
        VBox box = new VBox(6, title, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add("language-section");
        box.setPadding(new Insets(6));
        return box;
    }

    private Node zipfSection() {
        zipfPlot.setId("language-zipf-plot");
        zipfPlot.xAxis().scaleProperty().set(Scale.LOG);
        zipfPlot.yAxis().scaleProperty().set(Scale.LOG);
        zipfPlot.xAxis().labelProperty().bind(messages.text("language.zipf.rank"));
        zipfPlot.yAxis().labelProperty().bind(messages.text("language.zipf.count"));
        zipfPlot.setMinSize(200, 150);
        zipfFit.setWrapText(true);
        zipfFit.setMinHeight(Region.USE_PREF_SIZE);
        zipfFit.setId("language-zipf-fit");
        zipfFit.textProperty().bind(messages.text("language.zipf.computing"));
        VBox box = new VBox(4, zipfPlot, zipfFit);
        VBox.setVgrow(zipfPlot, Priority.ALWAYS);
        return box;
    }

    /** Reads the shipped corpus once, in the background: word counts, the fit, the words for the n-grams. */
    private void loadCorpus() {
        tasks.submit(messages.get("language.task.corpus"), progress -> {
            String text = CorpusText.shipped();
            WordCounts counts = WordCounts.of(text);
            List<String> words = WordCounts.words(text);
            return new Corpus(counts, ZipfMandelbrot.fit(counts.byRank()),
                    new ArrayList<>(words.subList(0, Math.min(NGRAM_WORDS, words.size()))));
        }, this::showCorpus);
    }

    private record Corpus(WordCounts counts, ZipfMandelbrot fit, List<String> words) {
    }

    private void showCorpus(Corpus corpus) {
        this.corpus = corpus;
        corpusWords = corpus.words();
        List<WordCounts.Entry> ranked = corpus.counts().byRank();
        double[] ranks = new double[ranked.size()];
        double[] counts = new double[ranked.size()];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = ranked.get(i).rank();
            counts[i] = ranked.get(i).count();
        }
        ZipfMandelbrot fit = corpus.fit();
        double[] fitted = new double[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            fitted[i] = fit.frequency(ranks[i]);
        }
        zipfPlot.layers().setAll(
                new PointsLayer(ranks, counts, Color.web("#3a86ff"), 2, messages.get("language.zipf.words")),
                new LineLayer(ranks, fitted, Color.web("#fb8500"), 2.2, null, messages.get("language.zipf.law")));
        zipfPlot.fitToData(0.05);
        zipfFit.textProperty().unbind();
        zipfFit.textProperty().bind(messages.text("language.zipf.fit",
                String.format(Locale.ROOT, "%.3g", fit.c()), String.format(Locale.ROOT, "%.3f", fit.a()),
                String.format(Locale.ROOT, "%.2f", fit.b()), corpus.counts().total(), corpus.counts().distinct(),
                ranked.get(0).word()));
    }

}
