package deepmath.app.tensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.LabContext;
import deepmath.viz.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The convolution lab's Tensors tab (book chapter 15): three pages — operations on tensors drawn as blocks,
 * data (an image, a batch of digits) as tensors, the gradient of a function of a tensor. It keeps its own
 * {@link TensorState}, saved under "tensors" in the lab's part of a session.
 */
public final class TensorTab {
    private final Messages text;
    private final TensorState state = new TensorState();
    private final OperationsPane operations;
    private final DataPane data;
    private final GradientPane gradient;
    private TabPane pages;

    public TensorTab(LabContext context) {
        this.text = context.i18n().messages("tensor");
        this.operations = new OperationsPane(context, text, state.operationsProperty());
        this.data = new DataPane(context, text, state.dataProperty());
        this.gradient = new GradientPane(context, text, state.gradientProperty());
    }

    public Node node() {
        if (pages == null) {
            pages = new TabPane(page("operations", operations.node()), page("data", data.node()),
                    page("gradient", gradient.node()));
            pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            pages.setId("tensor-pages");
            pages.getSelectionModel().select(state.pageProperty().get().ordinal());
            pages.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
                if (now.intValue() >= 0) {
                    state.pageProperty().set(TensorState.Page.values()[now.intValue()]);
                }
            });
            state.pageProperty().addListener((o, was, now) -> pages.getSelectionModel().select(now.ordinal()));
        }
        return pages;
    }

    private Tab page(String key, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(text.text("page." + key));
        tab.setContent(content);
        tab.setId("tensor-page-" + key);
        return tab;
    }

    public ObjectNode save() {
        return TensorSession.write(state.snapshot());
    }

    /** Reads the session's part (off the FX thread), then applies it on the FX thread. */
    public Runnable prepareRestore(JsonNode saved) {
        TensorState.Snapshot restored = TensorSession.read(saved);
        return () -> {
            node();
            state.apply(restored);
        };
    }

    public TensorState state() {
        return state;
    }

    /** Whether a page is still computing (tests wait for it). */
    public boolean busy() {
        return operations.busy() || data.busy();
    }

    OperationsPane operations() {
        return operations;
    }

    DataPane data() {
        return data;
    }

    GradientPane gradient() {
        return gradient;
    }
}
