package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.app.task.ErrorText;
import deepmath.language.TokenVectors;
import deepmath.viz.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The Embeddings tab (book ch. 17 §3–5): BPE step by step, the vector tools on the loaded model's token
 * embeddings, vectors by hand and the curse of dimension, co-occurrence embeddings, and MNIST digits embedded.
 */
final class EmbeddingsPane extends BorderPane {
    final TabPane tabs = new TabPane();
    final BpePane bpe;
    final VectorToolsPane model;
    final ToyVectorsPane toys;
    final CooccurrencePane cooccurrence;
    final DigitEmbeddingPane digits;
    private TokenVectors modelVectors;
    private Object modelVectorsOf;

    EmbeddingsPane(AttentionState state, BackgroundTasks tasks, Messages messages, ErrorText errors) {
        setId("attention-embeddings");
        bpe = new BpePane(state, tasks, messages, errors);
        model = new VectorToolsPane("embeddings-model", messages, errors, () -> vectorsOf(state), state.model.isNotNull(),
                "king", "man", "woman", "queen", "God, LORD, king, queen, man, woman, son, daughter, Egypt, Israel,"
                + " one, two, three, seven");
        model.setPadding(new javafx.geometry.Insets(8));
        toys = new ToyVectorsPane(tasks, messages, errors);
        cooccurrence = new CooccurrencePane(tasks, messages, errors);
        digits = new DigitEmbeddingPane(tasks, messages);
        tabs.getTabs().addAll(tab(messages, "embed.tab.bpe", "bpe", bpe), tab(messages, "embed.tab.model", "model", model),
                tab(messages, "embed.tab.toys", "toys", toys),
                tab(messages, "embed.tab.cooccurrence", "cooccurrence", cooccurrence),
                tab(messages, "embed.tab.digits", "digits", digits));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("embeddings-tabs");
        setCenter(tabs);
    }

    /** The loaded model's token vectors, made once per model (the geometry keeps each row's norm). */
    private TokenVectors vectorsOf(AttentionState state) {
        var loaded = state.model.get();
        if (modelVectors == null || modelVectorsOf != loaded) {
            modelVectors = TokenVectors.ofGpt2(loaded.model().tokenEmbeddings(), loaded.tokenizer());
            modelVectorsOf = loaded;
        }
        return modelVectors;
    }

    private static Tab tab(Messages messages, String key, String id, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // fitted to the width; when the window is narrower than the content's minimum, a bar scrolls sideways
        // rather than the viewport cutting the right-hand texts (the bar shows only then)
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        Tab tab = new Tab();
        tab.textProperty().bind(messages.text(key));
        tab.setId("embeddings-tab-" + id);
        tab.setContent(scroll);
        return tab;
    }

}
