package deepmath.app.shell;

import deepmath.app.session.SessionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabId;
import deepmath.app.session.SessionData;
import deepmath.core.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers the labs' states into a session and restores one all-or-nothing: every lab first checks its
 * part, and only when all accepted are the parts applied.
 */
final class SessionController {
    private final List<Lab> labs;

    SessionController(List<Lab> labs) {
        this.labs = labs;
    }

    SessionData capture(LabId active, Locale language) {
        Map<String, JsonNode> states = new LinkedHashMap<>();
        for (Lab lab : labs) {
            states.put(lab.id().key(), lab.saveState());
        }
        return new SessionData(active.key(), language.getLanguage(), states);
    }

    /**
     * What a checked session changes; nothing has changed yet when this is returned. The session's language is
     * informative only: the reader's own language choice is kept.
     */
    record Restore(Runnable applyLabs, Optional<LabId> activeLab) {
    }

    /** Checks {@code session} against every lab; throws {@link BadInputException} and changes nothing if one refuses. */
    Restore prepare(SessionData session) {
        Optional<LabId> active = Optional.empty();
        if (session.activeLab() != null) {
            active = Optional.of(LabId.fromKey(session.activeLab()).orElseThrow(() ->
                    new BadInputException(SessionProblem.UNKNOWN_LAB, session.activeLab())));
        }
        List<Runnable> appliers = new ArrayList<>();
        for (Lab lab : labs) {
            JsonNode state = session.labs().get(lab.id().key());
            if (state != null) {
                try {
                    appliers.add(lab.prepareRestore(state));
                } catch (BadInputException e) {
                    throw new BadInputException(e, SessionProblem.IN_LAB, lab.id().key(), e);
                }
            }
        }
        return new Restore(() -> appliers.forEach(Runnable::run), active);
    }
}
