package deepmath.app.network;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.data.CsvData;
import deepmath.data.Dataset;
import deepmath.grid.PlotWindow;
import deepmath.nn.BookNetworks;
import deepmath.nn.Network;
import deepmath.nn.NetworkJson;
import deepmath.nn.Preset;
import deepmath.nn.ApproximationTarget;
import deepmath.nn.UniversalApproximation;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * The network builder (chapters 5, 6, 9, 10): the book's networks as presets, the graph to drag weights
 * on, the output over the plane with its decision boundary, and training by backpropagation.
 */
public final class NetworkLab implements Lab {
    private static final String DEFAULT_PRESET = "triangle";

    private final LabContext context;
    private final Messages messages;
    private final NetworkModel model = new NetworkModel();
    private BorderPane view;
    /** The lab's two top-level tabs: the network builder ({@link #view}) and chapter 16's probabilities. */
    private javafx.scene.control.TabPane tabs;
    private final deepmath.app.probability.ProbabilityView probabilities;
    private GraphPane graph;
    private OutputView output;
    private OutputSurface surface;
    private ApproximationBar approximation;
    private TrainingPane training;
    private LearningViews learning;
    private final ComboBox<String> presets = new ComboBox<>();

    public NetworkLab(LabContext context) {
        this.context = context;
        this.messages = context.i18n().messages("network");
        this.probabilities = new deepmath.app.probability.ProbabilityView(context);
    }

    @Override
    public LabId id() {
        return LabId.NETWORK;
    }

    @Override
    public Node view() {
        if (view == null) {
            build();
            loadPreset(DEFAULT_PRESET);
            tabs = new javafx.scene.control.TabPane(topTab("network", view), topTab("probabilities",
                    probabilities.node()));
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.setId("lab-" + id().key());
        }
        return tabs;
    }

    private javafx.scene.control.Tab topTab(String key, Node content) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab();
        tab.textProperty().bind(messages.text("tab." + key));
        tab.setContent(content);
        tab.setId("network-tab-" + key);
        return tab;
    }

    /** The Probabilities tab (chapter 16). */
    public deepmath.app.probability.ProbabilityView probabilities() {
        return probabilities;
    }

    private void build() {
        graph = new GraphPane(model, messages, e -> context.errors().report(messages.get("lab.title"), e));
        output = new OutputView(model, messages);
        training = new TrainingPane(model, messages, context.tasks(), context.errors());
        learning = new LearningViews(model, messages, training, context.tasks(), context.errors(),
                new deepmath.app.task.ErrorText(context.i18n()));
        graph.setBeforeEdit(() -> {
            training.pause();
            training.invalidate();
        });
        DataControls data = new DataControls(model, messages, e -> context.errors().report(messages.get("lab.title"), e));

        presets.setId("network-presets");
        java.util.Map<String, String> chapters = new java.util.HashMap<>();
        BookNetworks.all().forEach(p -> chapters.put(p.key(), p.chapter()));
        presets.setItems(FXCollections.observableArrayList(BookNetworks.all().stream().map(Preset::key).toList()));
        // "Ch. 9 · name"; a key the book does not have (never in the list) is shown as nothing
        Translated.cells(presets, key -> !chapters.containsKey(key) ? new javafx.beans.property.SimpleStringProperty("")
                : javafx.beans.binding.Bindings.concat(messages.text("preset.chapter", chapters.get(key)), " · ",
                        messages.text("preset." + key)));
        presets.setOnAction(e -> {
            String key = presets.getValue();
            if (key != null && !key.equals(model.presetProperty().get())) {
                loadPreset(key);
            }
        });
        Label presetLabel = Translated.label(messages, "preset.label");
        Button open = Translated.button(messages, "file.open", this::chooseAndOpen);
        Button save = Translated.button(messages, "file.save", this::chooseAndSave);
        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(8, 6, presetLabel, presets, open, save,
                new javafx.scene.control.Separator(Orientation.VERTICAL), data.node());
        toolbar.setAlignment(Pos.CENTER_LEFT);
        for (Node n : List.of(presetLabel, open, save)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        toolbar.setPadding(new Insets(6));
        toolbar.getStyleClass().add("network-toolbar");

        Slider slice = new Slider(-0.5, 1.5, 0.5);
        slice.setId("network-slice");
        // z runs over y's interval (the book's cubes and slices): the range first, then the value
        model.domainProperty().addListener(o -> {
            double[] r = model.sliceRange();
            slice.setMin(r[0]);
            slice.setMax(r[1]);
        });
        slice.valueProperty().bindBidirectional(model.sliceProperty());
        Label sliceLabel = new Label();
        sliceLabel.textProperty().bind(messages.text("output.sliceLabel"));
        HBox sliceBox = new HBox(6, sliceLabel, slice);
        sliceBox.setAlignment(Pos.CENTER_LEFT);
        sliceBox.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.network() != null && model.network().inputs() == 3, model.networkProperty()));
        sliceBox.managedProperty().bind(sliceBox.visibleProperty());
        Label clickHint = new Label();
        clickHint.textProperty().bind(messages.text("output.clickHint"));
        clickHint.getStyleClass().add("network-hint");
        clickHint.setWrapText(true);
        surface = new OutputSurface(model, messages);
        approximation = new ApproximationBar(model, messages, this::applyApproximation,
                e -> context.errors().report(messages.get("lab.title"), e));
        javafx.scene.control.Tab mapTab = new javafx.scene.control.Tab();
        mapTab.textProperty().bind(messages.text("output.tab.map"));
        mapTab.setContent(output.node());
        javafx.scene.control.Tab surfaceTab = new javafx.scene.control.Tab();
        surfaceTab.textProperty().bind(messages.text("output.tab.surface"));
        surfaceTab.setContent(surface.node());
        surfaceTab.selectedProperty().addListener((obs, was, on) -> surface.setActive(on));
        javafx.scene.control.TabPane outputTabs = new javafx.scene.control.TabPane(mapTab, surfaceTab);
        outputTabs.setId("network-output-tabs");
        outputTabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane outputPane = new BorderPane(outputTabs);
        // The approximation bar, the slice and the hint scroll when they would take more than 40 % of the pane:
        // a BorderPane gives its bottom all it asks, and the map under the chapter-9 views was left too short to
        // write its axes (French, 1280 × 800).
        javafx.scene.control.ScrollPane below = new javafx.scene.control.ScrollPane(
                new javafx.scene.layout.VBox(4, approximation.node(), sliceBox, clickHint));
        below.setFitToWidth(true);
        below.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        below.getStyleClass().add("edge-to-edge");
        below.maxHeightProperty().bind(outputPane.heightProperty().multiply(0.4));
        outputPane.setBottom(below);

        SplitPane centre = new SplitPane(graph.node(), outputPane);
        centre.setDividerPositions(0.5);
        SplitPane main = new SplitPane(centre, learning.node());
        main.setOrientation(Orientation.VERTICAL);
        // The views under the network keep the height they need (training's settings, under a tab bar); the
        // graph and the output take what the window gives beyond that.
        SplitPane.setResizableWithParent(learning.node(), false);
        main.setDividerPositions(0.68);
        main.heightProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                double height = main.getHeight();
                if (height > 0) {
                    main.heightProperty().removeListener(this);
                    double below = learning.neededHeight(main.getWidth()) + 8;
                    main.setDividerPositions(Math.max(0.45, Math.min(0.75, 1 - below / height)));
                }
            }
        });
        view = new BorderPane(main);
        view.setTop(toolbar);
        view.setId("network-builder");
        view.getStyleClass().add("network-lab");
        // texts set by hand (plot titles, readouts, menus' names) follow a language switch
        context.i18n().localeProperty().addListener(o -> {
            graph.relabel();
            output.update();
            approximation.relabel();
            training.relabel();
            learning.relabel();
        });
    }

    void loadPreset(String key) {
        Preset preset = BookNetworks.byKey(key);
        training.pause();
        model.presetProperty().set(key);
        presets.setValue(key);
        model.approximationProperty().set(BookNetworks.approximationOf(key).orElse(null));
        model.domainProperty().set(new double[] {preset.xMin(), preset.xMax(), preset.yMin(), preset.yMax()});
        model.sliceProperty().set(midSlice());
        model.setData(preset.data(), NetworkModel.SOURCE_PRESET);
        model.networkProperty().set(preset.freshNetwork());
        if (preset.training() != null) {
            training.apply(preset.training());
        }
        // every preset opens with its own test share: the over-fitting ones hold half their points out, the others
        // none (a share left over from an over-fitting preset would silently train the next one on half its data)
        double share = Double.isNaN(preset.testFraction()) ? TrainingChoices.DEFAULT.testFraction() : preset.testFraction();
        model.trainingProperty().set(model.trainingProperty().get().withTestFraction(share));
        learning.presetLoaded(key);
    }

    /** A network built for the user's f and n (the approximation bar): its window, f's points and its steps. */
    void applyApproximation(UniversalApproximation u) {
        training.pause();
        String key = BookNetworks.approximationPreset(u);
        model.presetProperty().set(key);
        presets.setValue(key);
        model.approximationProperty().set(u);
        model.domainProperty().set(u.window());
        model.setData(u.samples(), NetworkModel.SOURCE_PRESET);
        model.networkProperty().set(u.network());
    }

    /** The middle of the slice's range (z = 0.5 on the book's unit cubes, 0 on the cube [−1, 1]³). */
    private double midSlice() {
        double[] r = model.sliceRange();
        return (r[0] + r[1]) / 2;
    }

    NetworkModel model() {
        return model;
    }

    OutputSurface surface() {
        return surface;
    }

    ApproximationBar approximation() {
        return approximation;
    }

    GraphPane graph() {
        return graph;
    }

    OutputView output() {
        return output;
    }

    LearningViews learning() {
        return learning;
    }

    TrainingPane training() {
        return training;
    }

    // ---- files and sessions ------------------------------------------------------------------------

    @Override
    public List<FileChooser.ExtensionFilter> openableFiles() {
        return List.of(new FileChooser.ExtensionFilter(messages.get("file.networkFilter"), "*.json"),
                new FileChooser.ExtensionFilter(messages.get("file.dataFilter"), "*.csv"));
    }

    @Override
    public void open(Path file) {
        view();
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                Dataset data = CsvData.read(file);
                if (data.inputCount() != model.network().inputs()) {
                    throw new BadInputException(messages.get("file.inputsMismatch", file.getFileName().toString(),
                            data.inputCount(), model.network().inputs()));
                }
                model.setData(data, NetworkModel.SOURCE_FILE);
                fitDomain(data);
            } else {
                Network network = NetworkJson.read(file);
                training.pause();
                model.presetProperty().set("");
                presets.setValue(null);
                model.approximationProperty().set(null);
                model.networkProperty().set(network);
            }
        } catch (RuntimeException e) {
            context.errors().report(messages.get("file.openTitle"), e);
        }
    }

    private void fitDomain(Dataset data) {
        model.domainProperty().set(DataControls.domainFor(data));
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().setAll(openableFiles());
        java.io.File file = chooser.showOpenDialog(context.window().get());
        if (file != null) {
            open(file.toPath());
        }
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().setAll(openableFiles().get(0));
        chooser.setInitialFileName("network.json");
        java.io.File file = chooser.showSaveDialog(context.window().get());
        if (file != null) {
            try {
                AtomicFiles.writeString(file.toPath(), NetworkJson.write(model.network()));
            } catch (IOException e) {
                context.errors().report(messages.get("file.saveTitle"), e);
            }
        }
    }

    @Override
    public ObjectNode saveState() {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        if (view == null) {
            return state;
        }
        state.put("preset", model.presetProperty().get());
        state.set("network", NetworkJson.toTree(model.network()));
        state.put("data", CsvData.write(model.data()));
        double[] d = model.domainProperty().get();
        state.putArray("domain").add(d[0]).add(d[1]).add(d[2]).add(d[3]);
        state.put("slice", model.sliceProperty().get());
        state.put("dataSource", model.dataSourceProperty().get());
        state.set("training", TrainingState.write(model.trainingProperty().get()));
        state.set("probabilities", probabilities.save());
        UniversalApproximation u = model.approximationProperty().get();
        if (u != null) {
            state.putObject("approximation").put("function", u.target().key()).put("n", u.steps());
        }
        state.set("learning", LearningState.write(model.learningProperty().get()));
        return state;
    }

    @Override
    public Runnable prepareRestore(JsonNode state) {
        if (state == null || !state.has("network")) {
            return () -> { };
        }
        Network network = NetworkJson.fromTree(state.get("network"), "network");
        JsonNode dataNode = state.get("data");
        if (dataNode != null && !dataNode.isNull() && !dataNode.isTextual()) {
            throw new BadInputException(SessionProblem.NETWORK_DATA);
        }
        // A preset without points (relu-two, the cubes…) saves its CSV header alone: no points, not a damaged file.
        Dataset data = dataNode != null && dataNode.isTextual() && hasRows(dataNode.asText())
                ? CsvData.read(dataNode.asText(), "network: data") : Dataset.empty(network.inputs(), 1);
        // Range as well as type: data the network cannot take would only fail later, inside the training.
        if (!data.isEmpty() && data.inputCount() != network.inputs()) {
            throw new BadInputException(SessionProblem.NETWORK_DATA_INPUTS, data.inputCount(),
                    data.inputCount() == 1 ? "" : "s", network.inputs());
        }
        JsonNode domainNode = state.get("domain");
        double[] domain = null;
        if (domainNode != null) {
            if (!domainNode.isArray() || domainNode.size() != 4) {
                throw new BadInputException(SessionProblem.NETWORK_DOMAIN);
            }
            domain = new double[4];
            for (int i = 0; i < 4; i++) {
                domain[i] = JsonFields.finite(domainNode.get(i), "network: 'domain'[" + i + "]");
            }
            PlotWindow.check(domain[0], domain[1], domain[2], domain[3], "network: 'domain'");
        }
        JsonNode presetNode = state.get("preset");
        if (presetNode != null && !presetNode.isNull() && !presetNode.isTextual()) {
            throw new BadInputException(SessionProblem.NETWORK_PRESET);
        }
        String preset = presetNode == null || presetNode.isNull() ? "" : presetNode.asText();
        if (!preset.isEmpty() && BookNetworks.all().stream().noneMatch(p -> p.key().equals(preset))) {
            throw new BadInputException(SessionProblem.NETWORK_UNKNOWN_PRESET, preset);
        }
        // The slice slider's range (y's interval): a value outside would be clamped, i.e. silently changed.
        double[] sliceRange = domain == null ? new double[] {-0.5, 1.5} : new double[] {domain[2], domain[3]};
        double slice = state.has("slice") ? JsonFields.number(state.get("slice"), "network: 'slice'", sliceRange[0],
                sliceRange[1]) : (sliceRange[0] + sliceRange[1]) / 2;
        UniversalApproximation approximated = readApproximation(state.get("approximation"), network.inputs());
        JsonNode sourceNode = state.get("dataSource");
        if (sourceNode != null && !sourceNode.isNull() && !sourceNode.isTextual()) {
            throw new BadInputException(SessionProblem.NETWORK_SOURCE);
        }
        String source = sourceNode == null || sourceNode.isNull()
                ? (preset.isEmpty() ? NetworkModel.SOURCE_FILE : NetworkModel.SOURCE_PRESET) : sourceNode.asText();
        TrainingChoices trainingChoices = TrainingState.read(state.get("training"));
        Runnable restoreProbabilities = probabilities.prepareRestore(state.get("probabilities"));
        LearningChoices learningChoices = LearningState.read(state.get("learning"));
        double[] chosenDomain = domain;
        return () -> {
            view();
            restoreProbabilities.run();
            training.pause();
            model.presetProperty().set(preset);
            presets.setValue(preset.isEmpty() ? null : preset);
            model.approximationProperty().set(approximated);
            if (chosenDomain != null) {
                model.domainProperty().set(chosenDomain);
            }
            model.sliceProperty().set(slice);
            model.setData(data, source);
            model.networkProperty().set(network);
            if (trainingChoices != null) {
                model.trainingProperty().set(trainingChoices);
            }
            if (learningChoices != null) {
                model.learningProperty().set(learningChoices);
            }
        };
    }

    /** True when a CSV text has a line after its header (CsvData writes the header even for no points). */
    private static boolean hasRows(String csv) {
        return csv.lines().filter(l -> !l.isBlank()).count() > 1;
    }

    /** The session's {"function": key, "n": steps}, for a network of as many inputs as the function (or none). */
    private static UniversalApproximation readApproximation(JsonNode node, int inputs) {
        if (node == null || node.isNull()) {
            return null;
        }
        BadInputException refusal = new BadInputException(SessionProblem.NETWORK_APPROXIMATION, inputs,
                deepmath.core.InputProblem.plural(inputs));
        if (!node.isObject() || !node.path("function").isTextual() || !JsonFields.isInteger(node.path("n"))) {
            throw refusal;
        }
        ApproximationTarget target = ApproximationTarget.byKey(node.get("function").asText());
        if (target.inputs() != inputs) {
            throw refusal;
        }
        return new UniversalApproximation(target, JsonFields.integer(node.get("n"), "network: 'approximation'.n", 1,
                target.maxSteps()));
    }

    @Override
    public Node exportView() {
        view();
        if (tabs.getSelectionModel().getSelectedIndex() == 1) {
            Node section = ((javafx.scene.control.TabPane) probabilities.node()).getSelectionModel().getSelectedItem()
                    .getContent();
            return section instanceof javafx.scene.control.ScrollPane scroll ? scroll.getContent() : section;
        }
        return view.getCenter();
    }
}
