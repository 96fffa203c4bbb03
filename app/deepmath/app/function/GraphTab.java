package deepmath.app.function;

import deepmath.expr.GraphTrace;
import deepmath.expr.Numbers;
import deepmath.expr.WeightGradient;
import deepmath.viz.graph.ComputationGraphView;
import deepmath.viz.graph.GraphLegend;
import deepmath.viz.i18n.Messages;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The computational-graph tab of the function labs: the graph at the point (scrolling when it is larger than
 * the tab), its legend above it (never over a node) and, for surfaces, the choice of the forward-mode variable.
 * While the tab is shown, the split above it moves so the whole graph is visible, as far as the figure above
 * keeps {@link #MIN_FIGURE_SHARE} of the height; the figure gets its room back when another tab is chosen.
 */
final class GraphTab {
    static final double MIN_FIGURE_SHARE = 0.4;
    private final ComputationGraphView view = new ComputationGraphView();
    private final GraphLegend legend;
    private final ScrollPane scroll = new ScrollPane(view);
    private final VBox content;
    private final Tab tab = new Tab();
    /** Follows the language: a switch rewrites the partial derivatives' line. */
    private final javafx.beans.binding.StringBinding language;
    private final StringProperty forwardName = new SimpleStringProperty("x");
    /** The names chosen as variables of the graph besides the axes (the weights), comma-separated. */
    private final StringProperty weights;
    private final FlowPane weightBoxes = new FlowPane(8, 4);
    private final Label partials = new Label();
    private final Messages messages;
    private final String idPrefix;

    /**
     * {@code chosenForward}: the forward-mode variable the user chooses (surfaces), bound to a chooser; null: no
     * chooser, the curve's x is used.
     */
    GraphTab(FunctionWorkspace workspace, Messages messages, javafx.beans.property.StringProperty chosenForward,
             StringProperty weights) {
        this.messages = messages;
        this.weights = weights;
        boolean chooser = chosenForward != null;
        // both labs' panels exist at once: the curve's controls get their own ids
        idPrefix = chooser ? "" : "curve-";
        legend = new GraphLegend(messages.text("graph.legend.value"), messages.text("graph.legend.adjoint"),
                messages.text("graph.legend.tangent", forwardName));
        view.setId("graph-view");
        legend.setId("graph-legend");
        scroll.setId("graph-scroll");
        scroll.getStyleClass().add("graph-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        content = new VBox(2);
        content.setPadding(new Insets(4, 0, 0, 0));
        if (chooser) {
            content.getChildren().add(forwardChooser(workspace, messages, chosenForward));
            legend.setTangentShown(false);
        } else {
            // forward mode from the curve's x, wherever the weights put it among the graph's variables
            view.traceProperty().addListener((obs, old, trace) -> {
                if (trace != null && !trace.graph().variables().isEmpty()) {
                    List<String> names = trace.graph().variables();
                    String axis = workspace.axes().get(0);
                    int index = Math.max(0, names.indexOf(axis));
                    forwardName.set(names.get(index));
                    view.forwardVariableProperty().set(index);
                }
            });
        }
        content.getChildren().add(weightsRow(workspace, messages));
        content.getChildren().addAll(legend, scroll);
        view.traceProperty().addListener((obs, old, trace) -> showPartials(trace));
        language = messages.text("graph.weights");
        language.addListener((obs, old, now) -> showPartials(view.traceProperty().get()));
        tab.textProperty().bind(messages.text("surface.tab.graph"));
        tab.setContent(content);
    }

    private HBox forwardChooser(FunctionWorkspace workspace, Messages messages,
                                javafx.beans.property.StringProperty chosen) {
        ComboBox<String> forward = new ComboBox<>();
        forward.setId("forward-variable");
        forward.promptTextProperty().bind(messages.text("graph.forward.none"));
        // the graph's variables: the axes and the chosen weights
        view.traceProperty().addListener((obs, old, trace) -> {
            List<String> names = trace == null ? List.of() : trace.graph().variables();
            if (!forward.getItems().equals(names)) {
                // the chosen name stays chosen (a session's weight arrives with the next trace)
                String keep = forward.getValue();
                forward.getItems().setAll(names);
                forward.setValue(keep);
            }
            view.forwardVariableProperty().set(forward.getValue() == null ? -1 : names.indexOf(forward.getValue()));
        });
        forward.getItems().setAll(workspace.boundFormula().variables());
        forward.valueProperty().addListener((obs, old, name) -> {
            view.forwardVariableProperty().set(name == null ? -1 : forward.getItems().indexOf(name));
            if (name != null) {
                forwardName.set(name);
            }
            legend.setTangentShown(name != null);
        });
        forward.valueProperty().bindBidirectional(chosen);
        Label forwardLabel = deepmath.viz.i18n.Translated.label(messages, "graph.forward");
        HBox bar = new HBox(8, forwardLabel, forward);
        bar.setPadding(new Insets(0, 6, 0, 6));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * A check box per parameter of the formula: checked, the name is a variable of the graph (its value stays the
     * slider's) and ∂F/∂name is computed backward and forward, as the book does for the weights of a neuron.
     */
    private VBox weightsRow(FunctionWorkspace workspace, Messages messages) {
        Label title = deepmath.viz.i18n.Translated.label(messages, "graph.weights");
        partials.setId(idPrefix + "graph-partials");
        partials.getStyleClass().add("readout");
        ControlColumn.wrapping(partials);
        weightBoxes.setId(idPrefix + "graph-weights");
        Runnable rebuild = () -> {
            List<String> names = workspace.parameterNames();
            List<String> shown = weightBoxes.getChildren().stream().map(n -> ((CheckBox) n).getText()).toList();
            if (!names.equals(shown)) {
                weightBoxes.getChildren().setAll(names.stream().map(this::weightBox).toList());
            }
            title.setVisible(!names.isEmpty());
            title.setManaged(!names.isEmpty());
        };
        workspace.revisionProperty().addListener(o -> rebuild.run());
        weights.addListener(o -> weightBoxes.getChildren().forEach(n ->
                ((CheckBox) n).setSelected(chosenWeights().contains(((CheckBox) n).getText()))));
        rebuild.run();
        HBox row = new HBox(8, title, weightBoxes);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(weightBoxes, Priority.ALWAYS);
        VBox box = new VBox(2, row, partials);
        box.setPadding(new Insets(0, 6, 0, 6));
        partials.managedProperty().bind(partials.textProperty().isNotEmpty());
        return box;
    }

    private CheckBox weightBox(String name) {
        CheckBox box = new CheckBox(name);
        box.setId(idPrefix + "graph-weight-" + name);
        box.getStyleClass().add("data-text");
        box.setSelected(chosenWeights().contains(name));
        box.selectedProperty().addListener((obs, was, on) -> {
            java.util.LinkedHashSet<String> chosen = new java.util.LinkedHashSet<>(chosenWeights());
            if (on) {
                chosen.add(name);
            } else {
                chosen.remove(name);
            }
            weights.set(String.join(",", new java.util.TreeSet<>(chosen)));
        });
        return box;
    }

    /** The parameters chosen as variables of the graph. */
    java.util.Set<String> chosenWeights() {
        return chosenWeights(weights.get());
    }

    static java.util.Set<String> chosenWeights(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(java.util.Arrays.stream(text.split(",")).map(String::trim)
                .filter(n -> !n.isEmpty()).toList());
    }

    /** ∂F/∂weight backward and forward for each chosen weight in the trace (nothing when none is chosen). */
    private void showPartials(GraphTrace trace) {
        java.util.Set<String> chosen = chosenWeights();
        if (trace == null || chosen.isEmpty()) {
            partials.setText("");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (WeightGradient.Partial p : WeightGradient.partials(trace)) {
            if (chosen.contains(p.name())) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(messages.get("graph.partial", p.name(), Numbers.format(p.backward(), 8),
                        Numbers.format(p.forward(), 8)));
            }
        }
        partials.setText(text.toString());
    }

    Tab tab() {
        return tab;
    }

    ComputationGraphView view() {
        return view;
    }

    GraphLegend legend() {
        return legend;
    }

    ScrollPane scroll() {
        return scroll;
    }

    /**
     * Moves {@code split}'s divider so the whole graph shows while this tab is selected (as far as the figure
     * keeps its minimum share), and back to {@code figureShare} when another tab is.
     */
    void fitSplitWhenShown(SplitPane split, TabPane tabs, double figureShare) {
        Runnable fit = () -> {
            if (tabs.getSelectionModel().getSelectedItem() != tab) {
                return;
            }
            double total = split.getHeight();
            if (total <= 0) {
                return;
            }
            double header = tabs.lookup(".tab-header-area") instanceof javafx.scene.layout.Region r ? r.getHeight() : 32;
            // Room for a horizontal scroll bar too: a wide graph scrolls sideways, never up and down.
            double needed = header + content.prefHeight(tabs.getWidth()) + 8 + 18;
            double share = Math.max(MIN_FIGURE_SHARE, Math.min(figureShare, 1 - needed / total));
            split.setDividerPositions(share);
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old == tab) {
                split.setDividerPositions(figureShare);
            }
            fit.run();
        });
        view.traceProperty().addListener(o -> Platform.runLater(fit));
        // The legend gains a line when a forward-mode variable is chosen, or wraps at another width.
        legend.heightProperty().addListener(o -> Platform.runLater(fit));
        split.heightProperty().addListener(o -> Platform.runLater(fit));
    }
}
