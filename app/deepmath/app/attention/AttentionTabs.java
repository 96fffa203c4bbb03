package deepmath.app.attention;

import com.fasterxml.jackson.databind.JsonNode;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.app.session.SessionProblem;
import java.util.List;

/**
 * The attention lab's tabs by name, in the order AttentionPanel shows them. Sessions keep the tab's name: a
 * number would point elsewhere each time a tab is added (Embeddings and By hand came in after Language).
 */
final class AttentionTabs {
    /** The tabs' ids without the "attention-tab-" prefix; AttentionPanel builds its tabs in this order. */
    static final List<String> KEYS = List.of("head", "model", "matrix", "vectors", "next", "roles", "language",
            "embeddings", "training", "byhand");
    /** The order sessions written before the names numbered the tabs in. */
    private static final List<String> NUMBERED = List.of("head", "model", "matrix", "vectors", "next", "roles",
            "language", "training");

    private AttentionTabs() {
    }

    static String key(int index) {
        return KEYS.get(Math.max(0, Math.min(index, KEYS.size() - 1)));
    }

    /** The index of a saved tab: its name, or the number an older session saved; absent means the first tab. */
    static int restore(JsonNode saved) {
        if (saved.isMissingNode() || saved.isNull()) {
            return 0;
        }
        if (saved.isTextual()) {
            int index = KEYS.indexOf(saved.asText());
            if (index < 0) {
                throw new BadInputException(SessionProblem.ATTENTION_CHOICE, "tab", String.join(", ", KEYS), saved.asText());
            }
            return index;
        }
        return KEYS.indexOf(NUMBERED.get(JsonFields.integer(saved, "attention.tab", 0, NUMBERED.size() - 1)));
    }
}
