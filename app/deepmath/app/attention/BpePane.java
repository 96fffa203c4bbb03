package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorText;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.train.CorpusText;
import deepmath.language.BookExamples;
import deepmath.language.BytePairCodec;
import deepmath.language.BytePairLearner;
import deepmath.language.Gpt2MergeTrace;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * BPE step by step (book ch. 17 §3.4): a text (the book's example, or the shipped corpus), its merges learnt one at
 * a time — the pairs counted, the one chosen, the vocabulary growing, the text as tokens — then a sentence encoded
 * with those merges, and GPT-2's real merges turning a word into its tokens, in rank order.
 */
final class BpePane extends VBox {
    private static final int SHOWN_WORDS = 40;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ErrorText errors;
    private final AttentionState state;
    private final TextArea corpus = new TextArea(BookExamples.BPE_TEXT);
    private final ListView<String> merges = new ListView<>();
    private final ListView<String> counted = new ListView<>();
    private final Label vocabulary = new Label();
    private final Label tokens = new Label();
    private final TextField sentence = new TextField(BookExamples.BPE_TEXT);
    private final Label encoded = new Label();
    private final TextField gptWord = new TextField("mathematics is the queen");
    private final ListView<String> gptMerges = new ListView<>();
    private final Label problem = new Label();
    private BytePairLearner learner;
    private boolean busy;

    BpePane(AttentionState state, BackgroundTasks tasks, Messages messages, ErrorText errors) {
        super(8);
        this.state = state;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = errors;
        setId("embeddings-bpe");
        setPadding(new Insets(8));
        corpus.setPrefRowCount(2);
        corpus.setWrapText(true);
        corpus.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        corpus.setId("bpe-corpus");
        corpus.textProperty().addListener(o -> learner = null);
        Button book = Translated.button(messages, "embed.bpe.book", () -> corpus.setText(BookExamples.BPE_TEXT));
        Button shipped = Translated.button(messages, "embed.bpe.shipped", this::loadShipped);
        Button step = Translated.button(messages, "embed.bpe.step", () -> learn(1));
        step.setId("bpe-step");
        Button ten = Translated.button(messages, "embed.bpe.ten", () -> learn(10));
        Button restart = Translated.button(messages, "embed.bpe.restart", this::restart);
        FlowPane actions = new FlowPane(8, 6, book, shipped, step, ten, restart);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (ListView<String> list : List.of(merges, counted, gptMerges)) {
            list.getStyleClass().add("data-text");
            list.setPrefHeight(150);
            list.setMinHeight(110);
        }
        merges.setId("bpe-merges");
        counted.setId("bpe-counts");
        gptMerges.setId("bpe-gpt2-merges");
        for (Label l : List.of(vocabulary, tokens, encoded)) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.getStyleClass().add("data-text");
        }
        vocabulary.setId("bpe-vocabulary");
        tokens.setId("bpe-text");
        encoded.setId("bpe-encoded");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane lists = new GridPane();
        lists.setHgap(10);
        lists.add(Translated.heading(messages, "embed.bpe.merges"), 0, 0);
        lists.add(Translated.heading(messages, "embed.bpe.counts"), 1, 0);
        lists.add(Translated.heading(messages, "embed.bpe.vocabulary"), 2, 0);
        lists.add(merges, 0, 1);
        lists.add(counted, 1, 1);
        VBox right = new VBox(4, vocabulary, Translated.heading(messages, "embed.bpe.text"), tokens);
        lists.add(right, 2, 1);
        for (int i = 0; i < 3; i++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(i == 2 ? 40 : 30);
            lists.getColumnConstraints().add(c);
        }
        sentence.setId("bpe-sentence");
        HBox.setHgrow(sentence, Priority.ALWAYS);
        HBox encodeBar = new HBox(8, Translated.label(messages, "embed.bpe.sentence"), sentence,
                Translated.button(messages, "embed.bpe.encode", this::encode));
        encodeBar.setAlignment(Pos.CENTER_LEFT);
        gptWord.setId("bpe-gpt2-text");
        HBox.setHgrow(gptWord, Priority.ALWAYS);
        Button explain = Translated.button(messages, "embed.bpe.explain", this::explain);
        explain.disableProperty().bind(state.tokenizer.isNull());
        HBox gptBar = new HBox(8, Translated.label(messages, "embed.bpe.gpt2"), gptWord, explain);
        gptBar.setAlignment(Pos.CENTER_LEFT);
        Label caption = Translated.wrapped(messages, "embed.bpe.caption");
        caption.getStyleClass().add("attention-caption");
        getChildren().addAll(Translated.heading(messages, "embed.bpe.title"), corpus, actions, problem, lists, encodeBar,
                encoded, gptBar, gptMerges, caption);
        VBox.setVgrow(lists, Priority.ALWAYS);
        GridPane.setVgrow(merges, Priority.ALWAYS);
        GridPane.setVgrow(counted, Priority.ALWAYS);
        javafx.scene.layout.RowConstraints header = new javafx.scene.layout.RowConstraints();
        javafx.scene.layout.RowConstraints body = new javafx.scene.layout.RowConstraints();
        body.setVgrow(Priority.ALWAYS);
        lists.getRowConstraints().addAll(header, body);
        restart();
    }

    private void loadShipped() {
        tasks.submit(messages.get("language.task.corpus"), progress -> {
            String text = CorpusText.shipped();
            return text.substring(0, Math.min(text.length(), 200_000));
        }, corpus::setText);
    }

    void restart() {
        learner = null;
        merges.getItems().clear();
        counted.getItems().clear();
        problem.setText("");
        ensureLearner(() -> show(List.of()));
    }

    /** A learner for the text as it is now; built off the FX thread (the shipped corpus has 40 000 words). */
    private void ensureLearner(Runnable then) {
        if (learner != null) {
            then.run();
            return;
        }
        String text = corpus.getText();
        busy = true;
        tasks.submit(messages.get("embed.bpe.task"), progress -> BytePairLearner.of(text), built -> {
            busy = false;
            learner = built;
            then.run();
        }, error -> {
            busy = false;
            problem.setText(errors.of(error));
        });
    }

    void learn(int count) {
        if (busy) {
            return;
        }
        ensureLearner(() -> {
            BytePairLearner current = learner;
            busy = true;
            tasks.submit(messages.get("embed.bpe.task"), progress -> current.learn(count), learnt -> {
                busy = false;
                show(learnt);
            });
        });
    }

    private void show(List<BytePairLearner.Merge> learnt) {
        for (BytePairLearner.Merge m : learnt) {
            merges.getItems().add(String.format("%d.  %s · %s → %s   %d×   |V| = %d", m.rank(), m.pair().left(),
                    m.pair().right(), m.token(), m.count(), m.vocabularySize()));
        }
        if (!learnt.isEmpty()) {
            BytePairLearner.Merge last = learnt.get(learnt.size() - 1);
            counted.getItems().setAll(last.counted().stream()
                    .map(p -> p.pair().left() + " · " + p.pair().right() + "   " + p.count()).toList());
            merges.scrollTo(merges.getItems().size() - 1);
        } else if (learner != null && merges.getItems().size() > 0) {
            problem.setText(messages.get("embed.bpe.done"));
        }
        List<String> vocab = learner.vocabulary();
        List<String> shown = vocab.size() > 200 ? vocab.subList(vocab.size() - 200, vocab.size()) : vocab;
        vocabulary.setText(vocab.size() + ": " + String.join("  ", shown));
        tokens.setText(learner.text(SHOWN_WORDS).stream().map(w -> "[" + String.join(", ", w) + "]")
                .collect(Collectors.joining(" ")));
        encode();
    }

    void encode() {
        if (learner == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (BytePairCodec.EncodedWord w : learner.codec().encode(sentence.getText())) {
            parts.add("[" + String.join(", ", w.tokens()) + "] = " + Arrays.toString(w.ids()));
        }
        encoded.setText(String.join("   ", parts));
    }

    /** GPT-2's merges word by word, with their ranks in merges.txt. */
    void explain() {
        Gpt2Tokenizer tokenizer = state.tokenizer.get();
        List<String> rows = new ArrayList<>();
        for (Gpt2MergeTrace.Word w : Gpt2MergeTrace.of(tokenizer, gptWord.getText())) {
            rows.add(w.symbols() + "  →  " + String.join(" | ", w.tokens()) + "   " + Arrays.toString(w.ids()));
            for (Gpt2MergeTrace.Step s : w.steps()) {
                rows.add(String.format("    #%d  %s · %s  →  %s", s.rank(), s.left(), s.right(), String.join(" ", s.after())));
            }
        }
        gptMerges.getItems().setAll(rows);
    }

    BytePairLearner learner() {
        return learner;
    }
}
