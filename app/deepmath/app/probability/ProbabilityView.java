package deepmath.app.probability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.LabContext;
import deepmath.app.task.ErrorText;
import deepmath.viz.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The network lab's Probabilities tab (chapter 16): softmax, the error functions, normalisation, the normal law
 * and dropout, one section each, all from one {@link ProbabilityState} that sessions save.
 */
public final class ProbabilityView {
    private final ProbabilityState state = new ProbabilityState();
    private final LabContext context;
    private TabPane tabs;

    public ProbabilityView(LabContext context) {
        this.context = context;
    }

    /** The sections' tab pane, built on the first call. */
    public Node node() {
        if (tabs == null) {
            Messages text = context.i18n().messages("probability");
            ErrorText errors = new ErrorText(context.i18n());
            DropoutPane dropout = new DropoutPane(text, context.tasks(), state.dropoutProperty());
            tabs = new TabPane(
                    tab(text, ProbabilitySection.SOFTMAX, new SoftmaxPane(text, errors, state.softmaxProperty()).node()),
                    tab(text, ProbabilitySection.LOSSES, new LossPane(text, context.i18n(), errors,
                            state.lossesProperty()).node()),
                    tab(text, ProbabilitySection.NORMALISATION, new NormalisationPane(text, errors,
                            state.normalisationProperty()).node()),
                    tab(text, ProbabilitySection.NORMAL, new NormalLawPane(text, errors, state.normalProperty()).node()),
                    tab(text, ProbabilitySection.DROPOUT, dropout.node()));
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.setId("prob-sections");
            tabs.getStyleClass().add("probability-view");
            tabs.getSelectionModel().select(state.sectionProperty().get().ordinal());
            tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
                if (now.intValue() >= 0) {
                    state.sectionProperty().set(ProbabilitySection.values()[now.intValue()]);
                }
            });
            state.sectionProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(now.ordinal()));
            // the dropout experiment trains when its section is first selected, not when the network lab opens
            javafx.beans.InvalidationListener start = o -> {
                if (state.sectionProperty().get() == ProbabilitySection.DROPOUT) {
                    dropout.activate();
                }
            };
            state.sectionProperty().addListener(start);
            start.invalidated(null);
        }
        return tabs;
    }

    private static Tab tab(Messages text, ProbabilitySection section, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Tab tab = new Tab();
        tab.textProperty().bind(text.text("section." + section.key()));
        tab.setContent(scroll);
        tab.setId("prob-tab-" + section.key());
        return tab;
    }

    /** The state (tests compare two windows by it). */
    public ProbabilityState state() {
        return state;
    }

    /** Selects a section by key (softmax, losses, normalisation, normal, dropout). */
    public void select(String key) {
        node();
        state.sectionProperty().set(ProbabilitySection.fromKey(key));
    }

    public ObjectNode save() {
        return ProbabilitySession.write(state.snapshot());
    }

    /** Reads a saved part (touches nothing), then returns what applies it. */
    public Runnable prepareRestore(JsonNode saved) {
        ProbabilityState.Snapshot restored = ProbabilitySession.read(saved);
        return () -> {
            node();
            state.apply(restored);
        };
    }
}
