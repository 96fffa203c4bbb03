package deepmath.app.function;

import deepmath.viz.graph.ComputationGraphView;
import deepmath.viz.graph.GraphLegend;
import deepmath.viz.i18n.Messages;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
    private final StringProperty forwardName = new SimpleStringProperty("x");

    /**
     * {@code chosenForward}: the forward-mode variable the user chooses (surfaces), bound to a chooser; null: no
     * chooser, the curve's x is used.
     */
    GraphTab(FunctionWorkspace workspace, Messages messages, javafx.beans.property.StringProperty chosenForward) {
        boolean chooser = chosenForward != null;
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
            view.forwardVariableProperty().set(0);
            view.traceProperty().addListener((obs, old, trace) -> {
                if (trace != null && !trace.graph().variables().isEmpty()) {
                    forwardName.set(trace.graph().variables().get(0));
                }
            });
        }
        content.getChildren().addAll(legend, scroll);
        tab.textProperty().bind(messages.text("surface.tab.graph"));
        tab.setContent(content);
    }

    private HBox forwardChooser(FunctionWorkspace workspace, Messages messages,
                                javafx.beans.property.StringProperty chosen) {
        ComboBox<String> forward = new ComboBox<>();
        forward.setId("forward-variable");
        forward.promptTextProperty().bind(messages.text("graph.forward.none"));
        workspace.revisionProperty().addListener(o -> {
            List<String> names = workspace.boundFormula().variables();
            if (!forward.getItems().equals(names)) {
                forward.getItems().setAll(names);
            }
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
