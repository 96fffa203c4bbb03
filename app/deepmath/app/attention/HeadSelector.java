package deepmath.app.attention;

import deepmath.viz.attention.HeadColors;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.BitSet;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Layer and head pickers: a layer spinner, the focused head, and one colour chip per head (one, several or all). */
final class HeadSelector extends VBox {
    private final AttentionState state;
    private final Spinner<Integer> layer = new Spinner<>();
    private final Spinner<Integer> head = new Spinner<>();
    private final FlowPane chips = new FlowPane(4, 4);
    private boolean updating;

    HeadSelector(AttentionState state, Messages messages) {
        super(8);
        this.state = state;
        getStyleClass().add("head-selector");
        setPadding(new Insets(10));
        setPrefWidth(200);
        setMinWidth(180);

        layer.setId("attention-layer");
        head.setId("attention-head");
        layer.setEditable(true);
        head.setEditable(true);
        layer.setPrefWidth(90);
        head.setPrefWidth(90);
        layer.valueProperty().addListener((o, was, now) -> {
            if (now != null && !updating) {
                state.layer.set(now);
            }
        });
        head.valueProperty().addListener((o, was, now) -> {
            if (now != null && !updating) {
                state.head.set(now);
            }
        });
        state.layer.addListener((o, was, now) -> sync());
        state.head.addListener((o, was, now) -> sync());
        state.heads.addListener((o, was, now) -> paintChips());
        state.model.addListener((o, was, now) -> rebuild());

        Label layerLabel = Translated.label(messages, "layer");
        Label headLabel = Translated.label(messages, "head");
        Label headsLabel = Translated.label(messages, "heads");
        for (Label side : List.of(layerLabel, headLabel, headsLabel)) {
            side.getStyleClass().add("attention-side-label");
        }
        Button all = new Button();
        all.textProperty().bind(messages.text("heads.all"));
        all.setOnAction(e -> state.heads.set(AttentionState.all(state.headCount())));
        all.setId("heads-all");
        Button none = new Button();
        none.textProperty().bind(messages.text("heads.none"));
        none.setOnAction(e -> state.heads.set(new BitSet()));
        Label hint = new Label();
        hint.textProperty().bind(messages.text("heads.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("attention-hint");
        chips.setPrefWrapLength(170);
        getChildren().addAll(layerLabel, layer, headLabel, head, headsLabel, chips, new HBox(6, all, none), hint);
        rebuild();
    }


    private void rebuild() {
        int layers = Math.max(1, state.layerCount());
        int heads = Math.max(1, state.headCount());
        updating = true;
        layer.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, layers - 1,
                Math.min(state.layer.get(), layers - 1)));
        head.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, heads - 1,
                Math.min(state.head.get(), heads - 1)));
        updating = false;
        state.layer.set(layer.getValue());
        state.head.set(head.getValue());
        chips.getChildren().clear();
        for (int h = 0; h < state.headCount(); h++) {
            ToggleButton chip = new ToggleButton(String.valueOf(h));
            chip.getStyleClass().add("head-chip");
            chip.setId("head-chip-" + h);
            int index = h;
            chip.setOnAction(e -> toggle(index));
            chips.getChildren().add(chip);
        }
        BitSet kept = (BitSet) state.heads.get().clone();
        kept.clear(state.headCount(), Math.max(state.headCount(), kept.length()));
        state.heads.set(kept.isEmpty() ? AttentionState.all(state.headCount()) : kept);
        paintChips();
        setDisable(state.model.get() == null);
    }

    private void toggle(int h) {
        BitSet next = (BitSet) state.heads.get().clone();
        next.flip(h);
        state.heads.set(next);
        state.head.set(h);
    }

    private void sync() {
        updating = true;
        if (layer.getValueFactory() != null) {
            layer.getValueFactory().setValue(state.layer.get());
        }
        if (head.getValueFactory() != null) {
            head.getValueFactory().setValue(state.head.get());
        }
        updating = false;
    }

    private void paintChips() {
        BitSet on = state.heads.get();
        for (int h = 0; h < chips.getChildren().size(); h++) {
            ToggleButton chip = (ToggleButton) chips.getChildren().get(h);
            chip.setSelected(on.get(h));
            String colour = HeadColors.css(h);
            chip.setStyle(on.get(h)
                    ? "-fx-background-color: " + colour + "; -fx-text-fill: white;"
                    : "-fx-background-color: transparent; -fx-border-color: " + colour + "; -fx-text-fill: " + colour + ";");
        }
    }
}
