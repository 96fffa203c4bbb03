package deepmath.app.attention;

import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.gpt.Gpt2Trace;
import deepmath.gpt.NextToken;
import deepmath.probability.NumberList;
import deepmath.transformer.ByHandExamples;
import deepmath.transformer.MinimumNorm;
import deepmath.transformer.PositionTables;
import deepmath.viz.attention.NumberMatrixView;
import deepmath.viz.attention.ProbabilityBars;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Unembedding (chapter 18, §2): the least-squares one by hand, x = Aᵀ(A·Aᵀ)⁻¹·y with every matrix the book
 * prints, then the one the loaded model learnt — its logits for the token after the text, through softmax.
 */
final class ByHandUnembedding {
    static final int BARS = 8;

    private final ByHandState state;
    private final AttentionState attention;
    private final Messages messages;
    private final ErrorText errors;
    final NumberMatrixView transpose = ByHandFields.matrix("byhand-unembed-transpose");
    final NumberMatrixView gram = ByHandFields.matrix("byhand-unembed-gram");
    final NumberMatrixView inverse = ByHandFields.matrix("byhand-unembed-inverse");
    final NumberMatrixView b = ByHandFields.matrix("byhand-unembed-b");
    final NumberMatrixView x = ByHandFields.matrix("byhand-unembed-x");
    final NumberMatrixView check = ByHandFields.matrix("byhand-unembed-check");
    final Label status = ByHandFields.status("byhand-unembed-status");
    final Label learntStatus = ByHandFields.status("byhand-unembed-learnt-status");
    final ProbabilityBars bars = new ProbabilityBars();
    private final Node page;

    ByHandUnembedding(ByHandState state, AttentionState attention, Messages messages, ErrorText errors) {
        this.state = state;
        this.attention = attention;
        this.messages = messages;
        this.errors = errors;
        bars.setId("byhand-unembed-bars");
        bars.getStyleClass().add("data-text");   // the model's tokens, not UI text
        bars.setPrefHeight(26.0 * BARS + 10);
        bars.setMinHeight(26.0 * BARS + 10);
        bars.setPrefWidth(560);
        bars.setMaxWidth(720);
        page = ByHandFields.page("byhand-unembed", List.of(
                ByHandFields.caption(messages, "byhand.unembed.caption"),
                ByHandFields.flow(Translated.button(messages, "byhand.book", () -> state.apply(ByHandExamples.MIN_NORM)),
                        ByHandFields.field(messages, "byhand.unembed.a", state.unembedA, "byhand-unembed-a", 18),
                        ByHandFields.field(messages, "byhand.unembed.y", state.unembedY, "byhand-unembed-y", 8)),
                status,
                ByHandFields.flow(ByHandFields.titled(messages, transpose, "byhand.unembed.transpose"),
                        ByHandFields.titled(messages, gram, "byhand.unembed.gram"),
                        ByHandFields.titled(messages, inverse, "byhand.unembed.inverse"),
                        ByHandFields.titled(messages, b, "byhand.unembed.b"),
                        ByHandFields.titled(messages, x, "byhand.unembed.x"),
                        ByHandFields.titled(messages, check, "byhand.unembed.check")),
                ByHandFields.caption(messages, "byhand.unembed.learnt.caption"),
                learntStatus, bars));
        for (Observable o : List.of(state.unembedA, state.unembedY)) {
            o.addListener(v -> refresh());
        }
        attention.trace.addListener(o -> refreshLearnt());
        refresh();
        refreshLearnt();
    }

    Node view() {
        return page;
    }

    void refresh() {
        try {
            MinimumNorm m = MinimumNorm.solve(NumberList.rows(state.unembedA.get(), "A"),
                    NumberList.parse(state.unembedY.get(), "y"));
            transpose.setMatrix(m.transpose(), List.of(), List.of());
            gram.setMatrix(m.gram(), List.of(), List.of());
            inverse.setMatrix(m.gramInverse(), List.of(), List.of());
            b.setMatrix(m.b(), List.of(), List.of());
            x.setMatrix(PositionTables.sideBySide(m.x()), List.of(), List.of());
            check.setMatrix(PositionTables.sideBySide(m.check()), List.of(), List.of());
            status.setText(messages.get("byhand.unembed.norm", String.format(Locale.ROOT, "%.4f", m.norm())));
        } catch (BadInputException e) {
            ByHandFields.refused(status, errors.of(e), transpose, gram, inverse, b, x, check);
        }
    }

    void refreshLearnt() {
        Gpt2Trace trace = attention.currentTrace();
        if (trace == null || attention.tokenizer.get() == null || trace.lastLogits() == null) {
            bars.setBars(List.of());
            learntStatus.setText(messages.get("byhand.unembed.learnt.none"));
            return;
        }
        float[] logits = trace.lastLogits();
        NextToken law = new NextToken(logits, 1);
        bars.setBars(law.top(BARS).stream().map(c -> new ProbabilityBars.Bar(
                attention.tokenizer.get().tokenTexts(new int[] {c.id()}).get(0), c.id(), c.probability())).toList());
        NextToken.Candidate best = law.top(1).get(0);
        learntStatus.setText(messages.get("byhand.unembed.learnt.shown", logits.length, String.valueOf(best.id()),
                String.format(Locale.ROOT, "%.3f", logits[best.id()])));
    }
}
