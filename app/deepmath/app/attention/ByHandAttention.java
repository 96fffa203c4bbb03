package deepmath.app.attention;

import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.probability.NumberList;
import deepmath.transformer.ByHandExamples;
import deepmath.transformer.ToyAttention;
import deepmath.viz.attention.NumberMatrixView;
import deepmath.viz.i18n.BookPresetCell;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * One attention head computed by hand (chapter 18, §6): the queries, keys and values typed as matrices whose
 * columns are the vectors, then each step as the book lays it out — S = QᵀK, S/√r, the causal mask, the softmax
 * of each row, the mixed values V·Aᵀ. The book's 4-token tables give the weights directly.
 */
final class ByHandAttention {
    private final ByHandState state;
    private final Messages messages;
    private final ErrorText errors;
    final NumberMatrixView queries = ByHandFields.matrix("byhand-attention-q");
    final NumberMatrixView keys = ByHandFields.matrix("byhand-attention-k");
    final NumberMatrixView values = ByHandFields.matrix("byhand-attention-v");
    final NumberMatrixView scores = ByHandFields.matrix("byhand-attention-scores");
    final NumberMatrixView scaled = ByHandFields.matrix("byhand-attention-scaled");
    final NumberMatrixView masked = ByHandFields.matrix("byhand-attention-masked");
    final NumberMatrixView weights = ByHandFields.matrix("byhand-attention-weights");
    final NumberMatrixView mixed = ByHandFields.matrix("byhand-attention-mixed");
    final Label status = ByHandFields.status("byhand-attention-status");
    final ComboBox<ByHandExamples.Attention> examples = new ComboBox<>();
    private final VBox scoreBlocks;
    private final VBox queryBlocks;
    private final ScrollPane page;

    ByHandAttention(ByHandState state, Messages messages, I18n i18n, ErrorText errors) {
        this.state = state;
        this.messages = messages;
        this.errors = errors;
        examples.getItems().setAll(ByHandExamples.ATTENTION);
        examples.setId("byhand-attention-example");
        examples.setCellFactory(l -> new BookPresetCell<>(messages, i18n, "byhand.chapter", null));
        examples.setButtonCell(new BookPresetCell<>(messages, i18n, "byhand.chapter", null));
        examples.setConverter(BookPresetCell.converter(messages, i18n, "byhand.chapter"));
        examples.setValue(state.example.get());
        examples.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != state.example.get()) {
                state.apply(now);
            }
        });
        state.example.addListener((o, was, now) -> examples.setValue(now));
        CheckBox given = Translated.checkBox(messages, "byhand.attention.given");
        given.setId("byhand-attention-given");
        given.selectedProperty().bindBidirectional(state.weightsGiven);
        CheckBox scale = Translated.checkBox(messages, "byhand.attention.scale");
        scale.setId("byhand-attention-scale");
        scale.selectedProperty().bindBidirectional(state.scale);
        CheckBox causal = Translated.checkBox(messages, "byhand.attention.causal");
        causal.setId("byhand-attention-causal");
        causal.selectedProperty().bindBidirectional(state.causal);
        scale.disableProperty().bind(state.weightsGiven);
        causal.disableProperty().bind(state.weightsGiven);
        Node qField = ByHandFields.field(messages, "byhand.attention.q", state.queries, "byhand-attention-q-field", 18);
        Node kField = ByHandFields.field(messages, "byhand.attention.k", state.keys, "byhand-attention-k-field", 18);
        Node aField = ByHandFields.field(messages, "byhand.attention.a", state.weights, "byhand-attention-a-field", 18);
        qField.visibleProperty().bind(state.weightsGiven.not());
        qField.managedProperty().bind(qField.visibleProperty());
        kField.visibleProperty().bind(state.weightsGiven.not());
        kField.managedProperty().bind(kField.visibleProperty());
        aField.visibleProperty().bind(state.weightsGiven);
        aField.managedProperty().bind(aField.visibleProperty());
        queryBlocks = new VBox(ByHandFields.flow(ByHandFields.titled(messages, queries, "byhand.attention.q.title"),
                ByHandFields.titled(messages, keys, "byhand.attention.k.title")));
        scoreBlocks = new VBox(ByHandFields.flow(ByHandFields.titled(messages, scores, "byhand.attention.scores"),
                ByHandFields.titled(messages, scaled, "byhand.attention.scaled"),
                ByHandFields.titled(messages, masked, "byhand.attention.masked")));
        for (VBox box : List.of(queryBlocks, scoreBlocks)) {
            box.visibleProperty().bind(state.weightsGiven.not());
            box.managedProperty().bind(box.visibleProperty());
        }
        page = ByHandFields.page("byhand-attention", List.of(
                ByHandFields.caption(messages, "byhand.attention.caption"),
                ByHandFields.flow(Translated.label(messages, "byhand.example"), examples, given, scale, causal),
                ByHandFields.flow(qField, kField, aField,
                        ByHandFields.field(messages, "byhand.attention.v", state.values, "byhand-attention-v-field", 18)),
                ByHandFields.flow(
                        ByHandFields.field(messages, "byhand.attention.query.tokens", state.queryTokens,
                                "byhand-attention-query-tokens", 14),
                        ByHandFields.field(messages, "byhand.attention.key.tokens", state.keyTokens,
                                "byhand-attention-key-tokens", 14)),
                status, queryBlocks, scoreBlocks,
                ByHandFields.flow(ByHandFields.titled(messages, weights, "byhand.attention.weights"),
                        ByHandFields.titled(messages, values, "byhand.attention.v.title"),
                        ByHandFields.titled(messages, mixed, "byhand.attention.mixed")),
                ByHandFields.caption(messages, "byhand.attention.tensor")));
        for (Observable o : List.of(state.queries, state.keys, state.values, state.weights, state.queryTokens,
                state.keyTokens, state.weightsGiven, state.scale, state.causal)) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    Node view() {
        return page;
    }

    void refresh() {
        List<String> queryNames = ByHandState.names(state.queryTokens.get());
        List<String> keyNames = ByHandState.names(state.keyTokens.get());
        try {
            double[][] v = NumberList.rows(state.values.get(), "V");
            ToyAttention result;
            if (state.weightsGiven.get()) {
                result = ToyAttention.ofWeights(NumberList.rows(state.weights.get(), "A"), v);
            } else {
                double[][] q = NumberList.rows(state.queries.get(), "Q");
                double[][] k = NumberList.rows(state.keys.get(), "K");
                result = ToyAttention.of(q, k, v, state.scale.get(), state.causal.get());
                queries.setMatrix(q, List.of(), queryNames);
                keys.setMatrix(k, List.of(), keyNames);
                scores.setMatrix(result.scores(), queryNames, keyNames);
                scaled.setMatrix(result.scaled(), queryNames, keyNames);
                masked.setMatrix(result.masked(), queryNames, keyNames);
            }
            values.setMatrix(v, List.of(), keyNames);
            weights.setMatrix(result.weights(), queryNames, keyNames);
            mixed.setMatrix(result.mixed(), List.of(), mixedNames(result.mixed()[0].length, queryNames));
            status.setText(result.fromScores() && state.scale.get() ? messages.get("byhand.attention.divisor",
                    values.text(result.divisor())) : "");
        } catch (BadInputException e) {
            ByHandFields.refused(status, errors.of(e), queries, keys, values, scores, scaled, masked, weights, mixed);
        }
    }

    /** w₁, w₂, … or "w(château)" when the queries have names. */
    private static List<String> mixedNames(int count, List<String> queryNames) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(i < queryNames.size() ? "w(" + queryNames.get(i) + ")" : "w" + (i + 1));
        }
        return out;
    }
}
