package deepmath.app.descent;

import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.descent.DataObjective;
import deepmath.descent.Iterate;
import deepmath.descent.UndefinedStartException;
import deepmath.expr.Numbers;
import deepmath.viz.i18n.Messages;
import javafx.scene.control.Label;

/** The readout under the run buttons: k, P(k), f(P(k)), |grad f(P(k))|, the next step's δ_k and why the run stopped; the epochs. */
final class Readout {
    private final Label status;
    private final Label epoch;
    private final Messages messages;
    private final ErrorText refusals;

    Readout(Label status, Label epoch, Messages messages, ErrorText refusals) {
        this.status = status;
        this.epoch = epoch;
        this.messages = messages;
        this.refusals = refusals;
    }

    void show(DescentState state) {
        BadInputException error = state.runErrorProperty().get();
        if (error != null) {
            String own = describe(messages, error);
            status.setText(own != null ? own : refusals.of(error));
            return;
        }
        RaceRun run = state.primary();
        Iterate last = run.descent().last();
        StringBuilder text = new StringBuilder();
        text.append("k = ").append(last.k()).append('\n');
        if (state.problem().isCurve()) {
            // one variable a: a_k, f(a_k) and f′(a_k), the book's table's row (ch. 8, line 8971)
            String a = state.problem().parameters().get(0);
            text.append(a).append(" = ").append(Numbers.format(last.point()[0], 8)).append('\n');
            text.append("f(").append(a).append(") = ").append(Numbers.format(last.value(), 8)).append('\n');
            text.append("f′(").append(a).append(") = ").append(Numbers.format(last.gradient()[0], 6));
        } else {
            text.append("P = ").append(IterateTable.vector(last.point())).append('\n');
            text.append("f(P) = ").append(Numbers.format(last.value(), 8)).append('\n');
            text.append("|grad f(P)| = ").append(Numbers.format(last.gradientNorm(), 4));
        }
        // δ_k of the next step P(k) → P(k+1), as the schedule makes it
        text.append('\n').append(messages.get("readout.stepAt", Numbers.format(state.stepAt(last.k()), 6)));
        run.descent().stopReason().ifPresent(r -> {
            text.append('\n').append(messages.get("stop." + r.name().toLowerCase(), last.k()));
            if (r.isDivergence()) {
                text.append('\n').append(messages.get("stop.advice"));
            }
        });
        status.setText(text.toString());
        if (run.descent().objective() instanceof DataObjective data) {
            epoch.setText(messages.get("control.epoch", data.epoch(), data.batchSize()));
        } else {
            epoch.setText("");
        }
    }

    /** Why the runs cannot start when the lab itself knows the reason (null otherwise: the refusal's own text). */
    static String describe(Messages messages, BadInputException e) {
        if (e instanceof UndefinedStartException u) {
            return messages.get(u.gradientOnly() ? "error.noGradientAtStart" : "error.undefinedStart",
                    UndefinedStartException.point(u.start()));
        }
        if (e instanceof TooManyVariables t) {
            return messages.get("error.tooManyVariables", String.join(", ", t.variables()));
        }
        return null;
    }
}
