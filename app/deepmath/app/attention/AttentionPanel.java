package deepmath.app.attention;

import deepmath.app.lab.LabContext;
import deepmath.app.task.Work;
import deepmath.core.AtomicFiles;
import deepmath.gpt.AttentionReport;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.Gpt2Trace;
import deepmath.gpt.HuggingFaceCache;
import deepmath.hub.HubSettings;
import deepmath.gpt.LoadedGpt2;
import deepmath.gpt.ShippedModel;
import deepmath.nd.Nd4jRuntime;
import deepmath.viz.attention.HeadView;
import deepmath.viz.attention.ModelView;
import deepmath.viz.attention.TokenChips;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The attention lab's page: the text and its tokens on top, layer and heads on the left, the views in tabs.
 * Without a model the tabs give way to a card that says how to open one; the tokenizer works regardless.
 */
final class AttentionPanel extends BorderPane {
    static final String[] PRESETS = {"preset.dog", "preset.hamlet", "preset.this", "preset.cat", "preset.repeat"};

    final AttentionState state = new AttentionState();
    private final LabContext context;
    private final Messages messages;
    private final AttentionRunner runner;
    final javafx.scene.control.TextField text = new javafx.scene.control.TextField();
    final TokenChips chips = new TokenChips();
    final HeadView headView = new HeadView();
    final ModelView modelView = new ModelView();
    final MatrixPane matrix;
    final VectorsPane vectors;
    final NextTokenPane next;
    final HeadRolesTable roles;
    final TabPane tabs = new TabPane();
    private final Label modelLabel = new Label();
    private final Label count = new Label();
    private final Label headCaption = new Label();
    private final Label modelCaption = new Label();
    private boolean loading;
    private final LanguagePane language;
    final EmbeddingsPane embeddings;
    private final TrainingPane training;
    final ByHandPane byHand;

    AttentionPanel(LabContext context) {
        this.context = context;
        this.messages = context.i18n().messages("attention");
        this.runner = new AttentionRunner(state, context.tasks(), messages,
                new deepmath.app.task.ErrorText(context.i18n()));
        matrix = new MatrixPane(state, messages);
        vectors = new VectorsPane(state, messages);
        next = new NextTokenPane(state, messages, context.tasks(), new deepmath.app.task.ErrorText(context.i18n()));
        roles = new HeadRolesTable(state, messages, this::openHead);
        language = new LanguagePane(state, context.tasks(), messages);
        embeddings = new EmbeddingsPane(state, context.tasks(), messages, new deepmath.app.task.ErrorText(context.i18n()));
        training = new TrainingPane(context.tasks(), messages, new deepmath.app.task.ErrorText(context.i18n()),
                this::loadModel);
        byHand = new ByHandPane(state, messages, context.i18n(), new deepmath.app.task.ErrorText(context.i18n()));
        getStyleClass().add("attention-page");
        setId("lab-attention");
        setTop(header());
        setCenter(center());
        selector();
        wire();
    }

    private Node header() {
        modelLabel.setId("attention-model");
        modelLabel.getStyleClass().add("attention-model-label");
        modelLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(modelLabel, Priority.ALWAYS);
        MenuButton open = HubDownloadMenu.withFolder(messages, "attention-open-model", this::chooseModel,
                this::download);
        Button export = Translated.button(messages, "export.json", this::chooseJsonExport);
        export.setId("attention-export-json");
        export.disableProperty().bind(state.trace.isNull());
        // The buttons keep their width; a long model description wraps instead of being cut (French, 1280×800).
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        modelLabel.setWrapText(true);
        modelLabel.setMinWidth(0);
        HBox modelBar = new HBox(8, modelLabel, open, export);
        modelBar.setAlignment(Pos.CENTER_LEFT);

        Label textLabel = Translated.label(messages, "text.label");
        text.setId("attention-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.promptTextProperty().bind(messages.text("text.prompt"));
        HBox.setHgrow(text, Priority.ALWAYS);
        // A plain field (an editable combo box rewrites its field from its value when its prompt is relabelled,
        // which erased the text on a language switch); the book's sentences are a menu beside it.
        MenuButton presets = new MenuButton();
        presets.setId("attention-presets");
        presets.textProperty().bind(messages.text("text.presets"));
        presets.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        for (String key : PRESETS) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(messages.text(key));
            item.setOnAction(e -> state.text.set(messages.get(key)));
            presets.getItems().add(item);
        }
        // A one-line field drops line breaks and tabs: it shows them as the chips do (↵, ⇥) and the text keeps
        // them, so that an appended "\n" token stays in the text the model reads.
        text.setText(EditorText.shown(state.text.get()));
        text.textProperty().addListener((o, was, now) -> state.text.set(EditorText.typed(now)));
        state.text.addListener((o, was, now) -> {
            if (!EditorText.shown(now).equals(text.getText())) {
                text.setText(EditorText.shown(now));
                text.end();
            }
        });
        HBox textBar = new HBox(8, textLabel, text, presets);
        textBar.setAlignment(Pos.CENTER_LEFT);

        count.getStyleClass().add("attention-token-count");
        state.tokens.addListener((o, was, now) -> count.setText(messages.get("tokens.count", now.ids().length)));
        chips.setId("attention-tokens");
        ScrollPane chipScroll = new ScrollPane(chips);
        chipScroll.setFitToWidth(true);
        chipScroll.setPrefViewportHeight(44);
        chipScroll.setMaxHeight(96);
        chipScroll.getStyleClass().add("attention-token-scroll");
        Label problem = new Label();
        problem.setId("attention-problem");
        problem.getStyleClass().add("attention-problem");
        problem.textProperty().bind(state.problem);
        problem.visibleProperty().bind(state.problem.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox top = new VBox(8, modelBar, textBar, new HBox(8, count, chipScroll), problem);
        HBox.setHgrow(chipScroll, Priority.ALWAYS);
        top.setPadding(new Insets(10, 12, 8, 12));
        top.getStyleClass().add("attention-header");
        return top;
    }

    /**
     * The layer and head pickers, shown only beside the tabs that draw one layer or one head: inside those
     * tabs (moved to the one selected), so that the tab bar has the whole width for its headers.
     */
    private void selector() {
        HeadSelector selector = new HeadSelector(state, messages);
        selector.setId("attention-selector");
        selector.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            return tab != null && USES_SELECTOR.contains(tab.getId());
        }, tabs.getSelectionModel().selectedItemProperty()));
        selector.managedProperty().bind(selector.visibleProperty());
        Runnable place = () -> {
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            if (tab != null && USES_SELECTOR.contains(tab.getId())) {
                ((BorderPane) tab.getContent()).setLeft(selector);
            }
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> place.run());
        place.run();
    }

    /** The tabs that read the selector's layer (head view) or layer and head (matrix, vectors). */
    static final java.util.Set<String> USES_SELECTOR =
            java.util.Set.of("attention-tab-head", "attention-tab-matrix", "attention-tab-vectors");

    private Node center() {
        headCaption.setWrapText(true);
        headCaption.getStyleClass().add("attention-caption");
        modelCaption.getStyleClass().add("attention-caption");
        headCaption.setPadding(new Insets(8, 12, 4, 12));
        modelCaption.setPadding(new Insets(8, 12, 4, 12));
        headView.setId("attention-head-view");
        modelView.setId("attention-model-view");
        modelView.setOnOpen(this::openHead);
        ScrollPane headScroll = new ScrollPane(headView);
        headScroll.setFitToWidth(true);
        headScroll.setFitToHeight(true);
        ScrollPane modelScroll = new ScrollPane(modelView);
        // The pages by the names sessions keep; the order is AttentionTabs.KEYS, so the two cannot drift apart.
        Map<String, Node> pages = Map.of(
                "head", new BorderPane(headScroll, headCaption, null, null, null),
                "model", new BorderPane(modelScroll, modelCaption, null, null, null),
                "matrix", matrix, "vectors", vectors, "next", next, "roles", roles, "language", language,
                "embeddings", embeddings, "training", training, "byhand", byHand);
        for (String key : AttentionTabs.KEYS) {
            tabs.getTabs().add(tab("tab." + key, key, Objects.requireNonNull(pages.get(key), key)));
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getContent() == language) {
                language.shown();
            } else if (now != null && now.getContent() == training) {
                training.shown();
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(state.tab.get());
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> state.tab.set(now.intValue()));
        state.tab.addListener((o, was, now) -> tabs.getSelectionModel().select(now.intValue()));
        tabs.setId("attention-tabs");
        for (Node page : List.of(matrix, vectors, next, roles)) {
            BorderPane.setMargin(page, new Insets(8));
            ((BorderPane) page).setPadding(new Insets(8));
        }
        Node empty = emptyCard();
        tabs.visibleProperty().bind(state.model.isNotNull());
        empty.visibleProperty().bind(state.model.isNull());
        StackPane stack = new StackPane(tabs, empty);
        StackPane.setAlignment(empty, Pos.TOP_CENTER);
        return stack;
    }

    private Node emptyCard() {
        Label title = new Label();
        title.textProperty().bind(messages.text("empty.title"));
        title.getStyleClass().add("placeholder-title");
        Label body = new Label();
        body.textProperty().bind(messages.text("empty.text"));
        body.setWrapText(true);
        body.getStyleClass().add("placeholder-text");
        Label searched = new Label();
        searched.textProperty().bind(messages.text("empty.searched", HuggingFaceCache.forUser().hub()));
        searched.setWrapText(true);
        searched.getStyleClass().add("placeholder-chapters");
        Button open = Translated.button(messages, "model.open", this::chooseModel);
        open.setId("attention-empty-open");
        open.getStyleClass().add("accent");
        HBox actions = new HBox(8, open, HubDownloadMenu.create(messages, "attention-empty-download", this::download));
        VBox card = new VBox(14, title, body, searched, actions);
        card.getStyleClass().add("placeholder-card");
        card.setMaxWidth(640);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane page = new StackPane(card);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        page.setPadding(new Insets(32));
        page.setId("attention-empty");
        return page;
    }

    private Tab tab(String key, String id, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(messages.text(key));
        tab.setId("attention-tab-" + id);
        // The tabs that use the layer/head pickers hold them on their left (see selector()).
        tab.setContent(USES_SELECTOR.contains(tab.getId()) ? new BorderPane(content) : content);
        return tab;
    }

    private void wire() {
        chips.setTooltipText((position, token, id) -> messages.get("tokens.tooltip", String.valueOf(position), token,
                String.valueOf(id)));
        state.tokens.addListener((o, was, now) -> chips.setTokens(now.texts(), now.ids()));
        state.trace.addListener(o -> refreshAttentionViews());
        state.layer.addListener(o -> refreshAttentionViews());
        state.heads.addListener((o, was, now) -> headView.setSelectedHeads(now));
        state.model.addListener(o -> describeModel());
        // Texts computed from the model's numbers are rebuilt on a language switch (bound labels follow alone).
        context.i18n().localeProperty().addListener(o -> {
            describeModel();
            refreshAttentionViews();
            matrix.refresh();
            vectors.refresh();
            next.relabel();
            roles.relabel();
            chips.setTokens(state.tokens.get().texts(), state.tokens.get().ids());
            count.setText(messages.get("tokens.count", state.tokens.get().ids().length));
            modelView.setTooltipText((l, h) -> messages.get("layer") + " " + l + ", " + messages.get("head").toLowerCase(Locale.ROOT) + " " + h);
        });
        modelView.setTooltipText((l, h) -> messages.get("layer") + " " + l + ", " + messages.get("head").toLowerCase(Locale.ROOT) + " " + h);
        describeModel();
    }

    private void refreshAttentionViews() {
        Gpt2Trace trace = state.currentTrace();
        int layer = state.layer.get();
        if (trace == null || layer >= trace.attention().length) {
            headView.setAttention(List.of(), new float[0][][]);
            modelView.setAttention(new float[0][][][]);
            return;
        }
        headView.setAttention(state.tokens.get().texts(), trace.attention()[layer]);
        headView.setSelectedHeads(state.heads.get());
        modelView.setAttention(trace.attention());
        headCaption.setText(messages.get("head.caption", layer));
        modelCaption.setText(messages.get("model.caption", trace.attention().length, trace.attention()[0].length));
    }

    private void describeModel() {
        LoadedGpt2 model = state.model.get();
        if (loading) {
            modelLabel.setText(messages.get("model.loading"));
        } else if (model == null) {
            modelLabel.setText(messages.get("model.none"));
        } else {
            Gpt2Config c = model.model().config();
            modelLabel.setText(messages.get("model.loaded", model.name(), c.nLayer(), c.nHead(), c.nEmbd(),
                    String.format(Locale.ROOT, "%.1f", c.parameterCount() / 1e6)));
        }
    }

    /** Opens (layer, head) in the matrix view. */
    void openHead(int layer, int head) {
        state.layer.set(layer);
        state.head.set(head);
        tabs.getSelectionModel().select(2);
    }

    /** First showing: the vocabulary, then GPT-2 from the Hugging Face cache if the user has it, else the lab's own. */
    void start() {
        context.tasks().submit(messages.get("task.vocabulary"), progress -> Gpt2Tokenizer.shipped(), tokenizer -> {
            if (state.tokenizer.get() == null) {
                state.tokenizer.set(tokenizer);
            }
        });
        if (state.model.get() == null && !loading && context.openDefaultModel()) {
            Optional<Path> gpt2 = HuggingFaceCache.forUser().snapshot("gpt2");
            if (gpt2.isPresent()) {
                loadModel(gpt2.get());
            } else {
                loadShippedModel();
            }
        }
    }

    /** The lab's own small GPT-2 (resources/models/), when GPT-2 small is not in the Hugging Face cache. */
    private void loadShippedModel() {
        // Found in the background too: from the jar, finding it means reading and comparing all its weights.
        open(progress -> ShippedModel.folder().orElse(null));
    }

    void loadModel(Path folder) {
        open(progress -> folder);
    }

    /** Opens the model in the folder {@code where} gives (null: no model to open), off the FX thread. */
    private void open(Work<Path> where) {
        loading = true;
        describeModel();
        context.tasks().submit(messages.get("task.load"), progress -> {
            Path folder = where.run(progress);
            if (folder == null) {
                return null;
            }
            Nd4jRuntime.initialise();
            return LoadedGpt2.open(folder, progress);
        }, (LoadedGpt2 loaded) -> {
            loading = false;
            if (loaded != null) {
                state.tokenizer.set(loaded.tokenizer());
                state.model.set(loaded);
                Gpt2Config c = loaded.model().config();
                context.done().finished(messages.text("model.notify.title"), messages.text("model.loaded", loaded.name(),
                        c.nLayer(), c.nHead(), c.nEmbd(), String.format(Locale.ROOT, "%.1f", c.parameterCount() / 1e6)));
            }
            describeModel();
        }, error -> {
            loading = false;
            describeModel();
            context.errors().report(messages.get("task.load"), error);
        });
    }

    /** Pulls {@code repo} from the Hugging Face Hub into the cache (status bar: progress, Cancel), then opens it. */
    private void download(String repo) {
        HubDownloadMenu.start(context, messages, HubSettings.fromEnvironment(), repo, this::loadModel);
    }

    private void chooseModel() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("model.open.title"));
        File folder = chooser.showDialog(context.window().get());
        if (folder != null) {
            loadModel(folder.toPath());
        }
    }

    private void chooseJsonExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.json.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        chooser.setInitialFileName("attention.json");
        File file = chooser.showSaveDialog(context.window().get());
        if (file != null) {
            exportJson(file.toPath());
        }
    }

    /** Writes every attention matrix and the next tokens of the current text to {@code file}. */
    javafx.concurrent.Task<Path> exportJson(Path file) {
        Gpt2Trace trace = state.currentTrace();
        Gpt2Tokenizer tokenizer = state.tokenizer.get();
        double temperature = next.temperature();
        return context.tasks().submit(messages.get("task.export"), progress -> {
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                    AttentionReport.json(trace, tokenizer, 10, temperature, -1, -1));
            AtomicFiles.writeString(file, json);
            return file;
        }, written -> { });
    }

    /** What File > Export view as PNG captures: the tab being shown (or the empty card). */
    Node exportView() {
        if (state.model.get() == null) {
            return this;
        }
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        // The view itself, without the layer/head pickers beside it.
        return USES_SELECTOR.contains(tab.getId()) ? ((BorderPane) tab.getContent()).getCenter() : tab.getContent();
    }

    void runNow() {
        runner.runNow();
    }
}
