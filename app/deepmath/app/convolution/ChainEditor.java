package deepmath.app.convolution;

import deepmath.conv.KernelLibrary;
import deepmath.image.FilterStep;
import deepmath.viz.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The kernels applied before the one being edited: their list (name and operation) and Add / Remove / Clear.
 * The buttons ask for a change of the image settings; {@link #show} lists the settings' chain.
 */
final class ChainEditor {
    private final Messages text;
    /** The chain as listed: a copy of the settings' chain. */
    private final ObservableList<FilterStep> chain = FXCollections.observableArrayList();
    private final ListView<FilterStep> steps = new ListView<>(chain);
    private final VBox node;
    /** Held here (a binding only weakly held by the language is otherwise collected). */
    private final javafx.beans.binding.StringBinding language;

    /** @param change applies an edit to the image settings (as the user's) */
    ChainEditor(Messages text, Consumer<UnaryOperator<ImageSettings>> change) {
        this.text = text;
        this.language = text.text("image.chain");
        steps.setPrefHeight(90);
        steps.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FilterStep item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + describe(item));
            }
        });
        // The steps' names are computed texts: refreshed when the language changes.
        language.addListener((o, was, now) -> steps.refresh());
        Button add = Translated.button(text, "chain.add", () -> change.accept(s -> {
            List<FilterStep> longer = new ArrayList<>(s.chain());
            longer.add(s.currentStep());
            return s.withChain(longer);
        }));
        Button remove = Translated.button(text, "chain.remove", () -> change.accept(s -> {
            int i = steps.getSelectionModel().getSelectedIndex();
            List<FilterStep> shorter = new ArrayList<>(s.chain());
            shorter.remove(i >= 0 && i < shorter.size() ? i : shorter.size() - 1);
            return s.withChain(shorter);
        }));
        Button clear = Translated.button(text, "chain.clear", () -> change.accept(s -> s.withChain(List.of())));
        add.setId("conv-chain-add");
        remove.setId("conv-chain-remove");
        remove.disableProperty().bind(Bindings.isEmpty(chain));
        clear.disableProperty().bind(Bindings.isEmpty(chain));
        Label hint = Translated.label(text, "chain.hint");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.getStyleClass().add("conv-muted");
        FlowPane buttons = new FlowPane(6, 6, add, remove, clear);
        for (Button b : List.of(add, remove, clear)) {
            b.setMinWidth(Control.USE_PREF_SIZE);
        }
        node = new VBox(8, Translated.heading(text, "image.chain"), hint, steps, buttons);
    }

    VBox node() {
        return node;
    }

    /** Lists {@code value} (unchanged when it is already listed, so the selection stays). */
    void show(List<FilterStep> value) {
        if (!chain.equals(value)) {
            chain.setAll(value);
        }
    }

    private String describe(FilterStep step) {
        String name = KernelLibrary.keyOf(step.kernel()).map(k -> text.get("kernel." + k))
                .orElse(text.get("kernel.custom") + " " + step.kernel().rows() + "×" + step.kernel().cols());
        return name + " — " + text.get("op." + step.spec().operation().key());
    }
}
