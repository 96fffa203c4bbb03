package deepmath.app.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.JsonFields;
import deepmath.core.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes session files: one JSON object
 * {@code {"format": "deepmath-lab-session", "version": 1, "activeLab": ..., "language": ..., "labs": {...}}}.
 * Writing goes to a temporary file that is then renamed over the target, so a crash never leaves half a
 * session. Reading refuses damaged or foreign files with a one-line reason.
 */
public final class SessionFile {
    public static final String FORMAT = "deepmath-lab-session";
    public static final int VERSION = 1;
    /** Far above any real session; a bigger file is certainly not one of ours. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Path file, SessionData session) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("savedAt", Instant.now().toString());
        root.put("activeLab", session.activeLab());
        root.put("language", session.language());
        ObjectNode labs = root.putObject("labs");
        session.labs().forEach(labs::set);
        byte[] bytes = json.writeValueAsBytes(root);

        AtomicFiles.createFolder(file.toAbsolutePath().getParent());
        AtomicFiles.writeBytes(file, bytes);
    }

    /** Reads a session; {@link BadInputException} (one line, names the file) when it is not a valid one. */
    public SessionData read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(SessionProblem.MISSING, name);
        }
        if (size == 0) {
            throw new BadInputException(SessionProblem.EMPTY, name);
        }
        if (size > MAX_BYTES) {
            throw new BadInputException(SessionProblem.TOO_LARGE, name, size / (1024 * 1024));
        }
        // Strict: text after the session's object, or a key given twice, is damage, not something to ignore.
        JsonNode root;
        try {
            root = StrictJson.parse(Files.readAllBytes(file), "'" + name + "' is damaged");
        } catch (BadInputException e) {
            throw damaged(e, name);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new BadInputException(SessionProblem.FOREIGN, name, FORMAT);
        }
        JsonNode version = root.path("version");
        if (!JsonFields.isInteger(version) || !version.canConvertToInt() || version.asInt() < 1) {
            throw new BadInputException(SessionProblem.NO_VERSION, name);
        }
        if (version.asInt() > VERSION) {
            throw new BadInputException(SessionProblem.NEWER, name, version.asInt(), VERSION);
        }
        JsonNode labs = root.path("labs");
        if (!labs.isObject()) {
            throw new BadInputException(SessionProblem.LABS_NOT_OBJECT, name);
        }
        Map<String, JsonNode> states = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isObject()) {
                throw new BadInputException(SessionProblem.LAB_NOT_OBJECT, name, entry.getKey());
            }
            states.put(entry.getKey(), entry.getValue());
        }
        return new SessionData(textOrNull(root, "activeLab", name), textOrNull(root, "language", name), states);
    }

    /** The JSON reader's refusal said as the session's own: "'s.json' is damaged: not valid JSON at line 2…". */
    private static BadInputException damaged(BadInputException json, String name) {
        java.util.List<Object> a = json.arguments();
        if (json.inputProblem() == deepmath.core.FileProblem.JSON_REFUSAL) {
            return new BadInputException(json.getCause(), SessionProblem.DAMAGED_JSON, name, a.get(1), a.get(2), a.get(3));
        }
        if (json.inputProblem() == deepmath.core.FileProblem.TRAILING) {
            return new BadInputException(json.getCause(), SessionProblem.DAMAGED_TRAILING, name, a.get(1));
        }
        return json;
    }

    private static String textOrNull(JsonNode root, String field, String name) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadInputException(SessionProblem.NOT_A_STRING, name, field);
        }
        return value.asText();
    }
}
