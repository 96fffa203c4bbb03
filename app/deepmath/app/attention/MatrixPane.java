package deepmath.app.attention;

import deepmath.gpt.Gpt2Trace;
import deepmath.viz.attention.AttentionMatrixView;
import deepmath.viz.color.ColorMap;
import deepmath.viz.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One head's matrix: the softmax weights, the raw scores before the mask, or the mask itself. */
final class MatrixPane extends BorderPane {
    /** What the matrix shows. */
    enum Mode { PROBABILITIES, SCORES, MASK }

    private final AttentionState state;
    private final Messages messages;
    private final AttentionMatrixView view = new AttentionMatrixView();
    private final ToggleGroup modes = new ToggleGroup();
    private final Label formula = new Label();

    MatrixPane(AttentionState state, Messages messages) {
        this.state = state;
        this.messages = messages;
        view.setId("attention-matrix");
        HBox toggles = new HBox(4);
        for (Mode mode : Mode.values()) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(messages.text("matrix." + mode.name().toLowerCase(java.util.Locale.ROOT)));
            button.setUserData(mode);
            button.setToggleGroup(modes);
            button.setId("matrix-mode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            toggles.getChildren().add(button);
        }
        setMode(state.matrixMode.get());
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                modes.selectToggle(was); // one mode is always on
            } else {
                state.matrixMode.set((Mode) now.getUserData());
                refresh();
            }
        });
        state.matrixMode.addListener((o, was, now) -> setMode(now));
        formula.setWrapText(true);
        formula.getStyleClass().add("attention-caption");
        setTop(new VBox(6, toggles, formula));
        setCenter(view);
        state.trace.addListener(o -> refresh());
        state.layer.addListener(o -> refresh());
        state.head.addListener(o -> refresh());
    }

    AttentionMatrixView view() {
        return view;
    }

    Mode mode() {
        return (Mode) modes.getSelectedToggle().getUserData();
    }

    void setMode(Mode mode) {
        modes.getToggles().stream().filter(t -> t.getUserData() == mode).findFirst().ifPresent(modes::selectToggle);
    }

    void refresh() {
        Gpt2Trace trace = state.currentTrace();
        int layer = state.layer.get();
        int head = state.head.get();
        int d = state.model.get() == null ? 64 : state.model.get().model().config().headSize();
        String key = mode().name().toLowerCase(java.util.Locale.ROOT);
        formula.setText(messages.get("matrix.formula." + key, layer, head, d));
        view.setWords(messages.get("matrix.query"), messages.get("matrix.key"), messages.get("matrix.masked"));
        if (trace == null || layer >= trace.attention().length || head >= trace.attention()[layer].length) {
            view.setMatrix(java.util.List.of(), new float[0][], ColorMap.BLUES, 0, 1, false, "");
            return;
        }
        var tokens = state.tokens.get().texts();
        switch (mode()) {
            case PROBABILITIES -> view.setMatrix(tokens, trace.attention()[layer][head], ColorMap.BLUES, 0, 1, true,
                    messages.get("matrix.value.probability"));
            case SCORES -> {
                float[][] s = trace.scores()[layer][head];
                double largest = 1e-9;
                for (float[] row : s) {
                    for (float v : row) {
                        largest = Math.max(largest, Math.abs(v));
                    }
                }
                view.setMatrix(tokens, s, ColorMap.DIVERGING, -largest, largest, false, messages.get("matrix.value.score"));
            }
            case MASK -> {
                int t = tokens.size();
                float[][] mask = new float[t][t];
                for (int q = 0; q < t; q++) {
                    for (int k = q + 1; k < t; k++) {
                        mask[q][k] = Float.NEGATIVE_INFINITY;
                    }
                }
                view.setMatrix(tokens, mask, ColorMap.GREYS, -1, 1, true, messages.get("matrix.value.mask"));
            }
        }
    }
}
