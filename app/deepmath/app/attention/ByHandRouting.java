package deepmath.app.attention;

import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.probability.NumberList;
import deepmath.transformer.ByHandExamples;
import deepmath.transformer.PositionTables;
import deepmath.transformer.SubspaceRouting;
import deepmath.viz.attention.NumberMatrixView;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Chapter 18 §3.3: block 1 writes to block 3 past block 2 through a subspace of the residual stream. The block
 * matrices typed by the reader, their products W³in·W¹out and W³in·W²out, and what block 3 receives (Z·X·u₁).
 */
final class ByHandRouting {
    private final ByHandState state;
    private final Messages messages;
    private final ErrorText errors;
    final NumberMatrixView out1 = ByHandFields.matrix("byhand-routing-out1");
    final NumberMatrixView out2 = ByHandFields.matrix("byhand-routing-out2");
    final NumberMatrixView in3 = ByHandFields.matrix("byhand-routing-in3");
    final NumberMatrixView oneToThree = ByHandFields.matrix("byhand-routing-13");
    final NumberMatrixView twoToThree = ByHandFields.matrix("byhand-routing-23");
    final NumberMatrixView received = ByHandFields.matrix("byhand-routing-received");
    final Label status = ByHandFields.status("byhand-routing-status");
    private final Node page;

    ByHandRouting(ByHandState state, Messages messages, ErrorText errors) {
        this.state = state;
        this.messages = messages;
        this.errors = errors;
        page = ByHandFields.page("byhand-routing", List.of(
                ByHandFields.caption(messages, "byhand.routing.caption"),
                ByHandFields.flow(Translated.button(messages, "byhand.routing.example", () -> state.apply(ByHandExamples.ROUTING)),
                        ByHandFields.field(messages, "byhand.routing.x", state.routingX, "byhand-routing-x", 8),
                        ByHandFields.field(messages, "byhand.routing.xt", state.routingXTilde, "byhand-routing-xt", 8),
                        ByHandFields.field(messages, "byhand.routing.yt", state.routingYTilde, "byhand-routing-yt", 8)),
                ByHandFields.flow(ByHandFields.field(messages, "byhand.routing.z", state.routingZ, "byhand-routing-z", 8),
                        ByHandFields.field(messages, "byhand.routing.zt", state.routingZTilde, "byhand-routing-zt", 8),
                        ByHandFields.field(messages, "byhand.routing.u", state.routingU, "byhand-routing-u", 6)),
                status,
                ByHandFields.flow(ByHandFields.titled(messages, out1, "byhand.routing.out1"),
                        ByHandFields.titled(messages, out2, "byhand.routing.out2"),
                        ByHandFields.titled(messages, in3, "byhand.routing.in3")),
                ByHandFields.flow(ByHandFields.titled(messages, oneToThree, "byhand.routing.13"),
                        ByHandFields.titled(messages, twoToThree, "byhand.routing.23"),
                        ByHandFields.titled(messages, received, "byhand.routing.received"))));
        for (Observable o : List.of(state.routingX, state.routingXTilde, state.routingYTilde, state.routingZ,
                state.routingZTilde, state.routingU)) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    Node view() {
        return page;
    }

    void refresh() {
        try {
            SubspaceRouting r = new SubspaceRouting(NumberList.rows(state.routingX.get(), "X"),
                    NumberList.rows(state.routingXTilde.get(), "X′"), NumberList.rows(state.routingYTilde.get(), "Y′"),
                    NumberList.rows(state.routingZ.get(), "Z"), NumberList.rows(state.routingZTilde.get(), "Z′"),
                    NumberList.parse(state.routingU.get(), "u₁"));
            out1.setMatrix(r.out1(), List.of(), List.of());
            out2.setMatrix(r.out2(), List.of(), List.of());
            in3.setMatrix(r.in3(), List.of(), List.of());
            oneToThree.setMatrix(r.oneToThree(), List.of(), List.of());
            twoToThree.setMatrix(r.twoToThree(), List.of(), List.of());
            received.setMatrix(PositionTables.sideBySide(r.received()), List.of(), List.of());
            status.setText(messages.get("byhand.routing.status", r.p(), r.n()));
        } catch (BadInputException e) {
            ByHandFields.refused(status, errors.of(e), out1, out2, in3, oneToThree, twoToThree, received);
        }
    }
}
