package deepmath.app.attention;

import deepmath.gpt.Gpt2Trace;
import deepmath.viz.attention.VectorsView;
import deepmath.viz.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The vectors behind a head (its Q, K, V) or the residual stream around a block (before, added, after). */
final class VectorsPane extends BorderPane {
    private final AttentionState state;
    private final Messages messages;
    private final VectorsView view = new VectorsView();
    private final ToggleButton qkv = new ToggleButton();
    private final ToggleButton residual = new ToggleButton();
    private final Label caption = new Label();

    VectorsPane(AttentionState state, Messages messages) {
        this.state = state;
        this.messages = messages;
        view.setId("attention-vectors");
        ToggleGroup group = new ToggleGroup();
        qkv.textProperty().bind(messages.text("vectors.qkv"));
        residual.textProperty().bind(messages.text("vectors.residual"));
        qkv.setToggleGroup(group);
        residual.setToggleGroup(group);
        qkv.setId("vectors-qkv");
        residual.setId("vectors-residual");
        showResidual(state.residual.get());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                state.residual.set(now == residual);
                refresh();
            }
        });
        state.residual.addListener((o, was, now) -> showResidual(now));
        caption.setWrapText(true);
        caption.getStyleClass().add("attention-caption");
        setTop(new VBox(6, new HBox(4, qkv, residual), caption));
        setCenter(view);
        state.trace.addListener(o -> refresh());
        state.layer.addListener(o -> refresh());
        state.head.addListener(o -> refresh());
    }

    boolean showsResidual() {
        return residual.isSelected();
    }

    void showResidual(boolean on) {
        (on ? residual : qkv).setSelected(true);
    }

    void refresh() {
        Gpt2Trace trace = state.currentTrace();
        int layer = state.layer.get();
        int head = state.head.get();
        if (trace == null || layer >= trace.queries().length) {
            caption.setText("");
            view.setPanels(List.of(), List.of());
            return;
        }
        List<String> tokens = state.tokens.get().texts();
        if (residual.isSelected()) {
            float[][] before = trace.residual()[layer];
            float[][] after = trace.residual()[layer + 1];
            float[][] added = new float[before.length][];
            for (int t = 0; t < before.length; t++) {
                added[t] = new float[before[t].length];
                for (int j = 0; j < added[t].length; j++) {
                    added[t][j] = after[t][j] - before[t][j];
                }
            }
            caption.setText(messages.get("vectors.caption.residual", layer, before[0].length));
            view.setPanels(tokens, List.of(new VectorsView.Panel(messages.get("vectors.before", layer), before),
                    new VectorsView.Panel(messages.get("vectors.added", layer), added),
                    new VectorsView.Panel(messages.get("vectors.after", layer), after)));
        } else {
            int d = state.model.get().model().config().headSize();
            caption.setText(messages.get("vectors.caption.qkv", layer, head, d));
            view.setPanels(tokens, List.of(
                    new VectorsView.Panel(messages.get("vectors.query"), slice(trace.queries()[layer], head, d)),
                    new VectorsView.Panel(messages.get("vectors.key"), slice(trace.keys()[layer], head, d)),
                    new VectorsView.Panel(messages.get("vectors.value"), slice(trace.values()[layer], head, d))));
        }
    }

    /** Head h's columns h·d … h·d + d − 1 of a [token][n] matrix. */
    private static float[][] slice(float[][] all, int head, int d) {
        float[][] out = new float[all.length][];
        for (int t = 0; t < all.length; t++) {
            out[t] = Arrays.copyOfRange(all[t], head * d, (head + 1) * d);
        }
        return out;
    }
}
