package deepmath.app.attention;

import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.probability.NumberList;
import deepmath.transformer.ByHandExamples;
import deepmath.transformer.Kronecker;
import deepmath.transformer.PositionTables;
import deepmath.viz.attention.NumberMatrixView;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The tensor product of chapter 18, §5, both ways: its action (A ⊗ B)·M = B·M·Aᵀ and the Kronecker matrix on
 * vec(M) (columns of M stacked), side by side with the gap between them; and where attention uses it.
 */
final class ByHandTensor {
    private final ByHandState state;
    private final Messages messages;
    private final ErrorText errors;
    final NumberMatrixView kron = ByHandFields.matrix("byhand-tensor-kron");
    final NumberMatrixView vec = ByHandFields.matrix("byhand-tensor-vec");
    final NumberMatrixView product = ByHandFields.matrix("byhand-tensor-product");
    final NumberMatrixView action = ByHandFields.matrix("byhand-tensor-action");
    final NumberMatrixView reshaped = ByHandFields.matrix("byhand-tensor-reshaped");
    final Label status = ByHandFields.status("byhand-tensor-status");
    private final Node page;

    ByHandTensor(ByHandState state, Messages messages, ErrorText errors) {
        this.state = state;
        this.messages = messages;
        this.errors = errors;
        page = ByHandFields.page("byhand-tensor", List.of(
                ByHandFields.caption(messages, "byhand.tensor.caption"),
                ByHandFields.flow(Translated.button(messages, "byhand.book", () -> state.apply(ByHandExamples.KRONECKER)),
                        ByHandFields.field(messages, "byhand.tensor.a", state.tensorA, "byhand-tensor-a", 12),
                        ByHandFields.field(messages, "byhand.tensor.b", state.tensorB, "byhand-tensor-b", 12),
                        ByHandFields.field(messages, "byhand.tensor.m", state.tensorM, "byhand-tensor-m", 12)),
                status,
                ByHandFields.flow(ByHandFields.titled(messages, kron, "byhand.tensor.kron"),
                        ByHandFields.titled(messages, vec, "byhand.tensor.vec"),
                        ByHandFields.titled(messages, product, "byhand.tensor.product")),
                ByHandFields.flow(ByHandFields.titled(messages, reshaped, "byhand.tensor.reshaped"),
                        ByHandFields.titled(messages, action, "byhand.tensor.action")),
                ByHandFields.caption(messages, "byhand.tensor.attention")));
        for (Observable o : List.of(state.tensorA, state.tensorB, state.tensorM)) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    Node view() {
        return page;
    }

    void refresh() {
        try {
            Kronecker k = Kronecker.of(NumberList.rows(state.tensorA.get(), "A"), NumberList.rows(state.tensorB.get(), "B"),
                    NumberList.rows(state.tensorM.get(), "M"));
            kron.setMatrix(k.product(), List.of(), List.of());
            vec.setMatrix(PositionTables.sideBySide(k.vecM()), List.of(), List.of());
            product.setMatrix(PositionTables.sideBySide(k.productTimesVec()), List.of(), List.of());
            reshaped.setMatrix(k.productResult(), List.of(), List.of());
            action.setMatrix(k.action(), List.of(), List.of());
            status.setText(messages.get("byhand.tensor.gap", String.format(Locale.ROOT, "%.1e", k.identityGap())));
        } catch (BadInputException e) {
            ByHandFields.refused(status, errors.of(e), kron, vec, product, action, reshaped);
        }
    }
}
