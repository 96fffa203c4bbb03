package deepmath.app.attention;

import deepmath.app.task.ErrorText;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The attention lab's By hand tab: chapter 18's computations on small matrices the reader types — toy
 * attention, positions, tensor products, unembedding, GELU — each in its own sub-tab, with the book's examples
 * one click away, and what the loaded model learnt beside them.
 */
final class ByHandPane extends BorderPane {
    final ByHandState state = new ByHandState();
    final ByHandAttention attention;
    final ByHandPositions positions;
    final ByHandTensor tensor;
    final ByHandRouting routing;
    final ByHandUnembedding unembedding;
    final ByHandGelu gelu;
    final TabPane tabs = new TabPane();

    ByHandPane(AttentionState lab, Messages messages, I18n i18n, ErrorText errors) {
        attention = new ByHandAttention(state, messages, i18n, errors);
        positions = new ByHandPositions(state, messages, errors, lab.model);
        tensor = new ByHandTensor(state, messages, errors);
        routing = new ByHandRouting(state, messages, errors);
        unembedding = new ByHandUnembedding(state, lab, messages, errors);
        gelu = new ByHandGelu(messages);
        tabs.getTabs().addAll(
                tab(messages, "byhand.tab.attention", "attention", attention.view()),
                tab(messages, "byhand.tab.positions", "positions", positions.view()),
                tab(messages, "byhand.tab.tensor", "tensor", tensor.view()),
                tab(messages, "byhand.tab.routing", "routing", routing.view()),
                tab(messages, "byhand.tab.unembed", "unembed", unembedding.view()),
                tab(messages, "byhand.tab.gelu", "gelu", gelu.view()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("byhand-tabs");
        setCenter(tabs);
        setId("attention-byhand");
        // Texts built from numbers and a bundle pattern are rebuilt in the new language.
        i18n.localeProperty().addListener(o -> {
            attention.refresh();
            positions.refresh();
            positions.refreshLearnt();
            tensor.refresh();
            routing.refresh();
            unembedding.refresh();
            unembedding.refreshLearnt();
            gelu.refresh();
        });
    }

    private static Tab tab(Messages messages, String key, String id, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(messages.text(key));
        tab.setId("byhand-tab-" + id);
        tab.setContent(content);
        return tab;
    }
}
