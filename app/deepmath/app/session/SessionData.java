package deepmath.app.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content of a session file: which lab was shown, in which language, and each lab's own state
 * keyed by {@link deepmath.app.lab.LabId#key()}.
 */
public record SessionData(String activeLab, String language, Map<String, JsonNode> labs) {
    public SessionData {
        labs = new LinkedHashMap<>(labs);
    }
}
