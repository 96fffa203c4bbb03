package deepmath.app.attention;

import deepmath.app.task.BackgroundTasks;
import deepmath.gpt.Capture;
import deepmath.gpt.Gpt2Trace;
import deepmath.gpt.LoadedGpt2;
import deepmath.viz.i18n.Messages;
import java.util.EnumSet;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Re-tokenises the text as it is typed and runs the model on it in the background, a short pause after
 * the last keystroke; a result that arrives after a newer request is dropped.
 */
final class AttentionRunner {
    /** The views keep T² values per head and layer: beyond this the memory and the drawing are not worth it. */
    static final int MAX_TOKENS = 256;
    private static final EnumSet<Capture> CAPTURES =
            EnumSet.of(Capture.ATTENTION, Capture.SCORES, Capture.QKV, Capture.RESIDUAL);

    private final AttentionState state;
    private final BackgroundTasks tasks;
    private final Messages messages;
    /** Refusals said in the window's language. */
    private final deepmath.app.task.ErrorText refusals;
    private final PauseTransition pause = new PauseTransition(Duration.millis(250));
    private long request;

    AttentionRunner(AttentionState state, BackgroundTasks tasks, Messages messages,
                    deepmath.app.task.ErrorText refusals) {
        this.refusals = refusals;
        this.state = state;
        this.tasks = tasks;
        this.messages = messages;
        pause.setOnFinished(e -> runNow());
        state.text.addListener(o -> textChanged());
        state.tokenizer.addListener(o -> textChanged());
        state.model.addListener(o -> runNow());
    }

    private void textChanged() {
        if (state.tokenizer.get() == null) {
            return;
        }
        int[] ids = state.tokenizer.get().encode(state.text.get());
        state.tokens.set(new AttentionState.Tokens(ids, state.tokenizer.get().tokenTexts(ids)));
        pause.playFromStart();
    }

    /** Runs the model on the current tokens now (no pause). */
    void runNow() {
        pause.stop();
        long mine = ++request;
        LoadedGpt2 model = state.model.get();
        int[] ids = state.tokens.get().ids();
        state.problem.set("");
        if (model == null || ids.length == 0) {
            state.trace.set(null);
            return;
        }
        int limit = Math.min(MAX_TOKENS, model.model().config().nPositions());
        if (ids.length > limit) {
            state.problem.set(messages.get("error.tooLong", ids.length, limit));
            return;
        }
        tasks.submit(messages.get("task.run"), progress -> model.model().forward(ids, CAPTURES),
                (Gpt2Trace trace) -> {
                    if (mine == request) {
                        state.trace.set(trace);
                    }
                },
                error -> {
                    state.problem.set(refusals.of(error));
                });
    }
}
