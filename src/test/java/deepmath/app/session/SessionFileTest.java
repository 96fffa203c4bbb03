package deepmath.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.core.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {
    private final SessionFile sessions = new SessionFile();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    private SessionData sample() throws IOException {
        JsonNode surfaces = json.readTree("{\"formula\":\"x*exp(-x^2-y^2)\",\"range\":[-2,2,-2,2]}");
        JsonNode network = json.readTree("{\"layers\":[{\"weights\":[[-1,3],[2,1]]}]}");
        return new SessionData("network", "fr", Map.of("surfaces", surfaces, "network", network));
    }

    @Test
    void roundTripKeepsEveryLabsStateAndTheActiveLab() throws IOException {
        Path file = folder.resolve("lesson.json");
        SessionData saved = sample();
        sessions.write(file, saved);
        SessionData read = sessions.read(file);
        assertEquals("network", read.activeLab());
        assertEquals("fr", read.language());
        assertEquals(saved.labs(), read.labs());
    }

    @Test
    void writingLeavesNoTemporaryFileAndReplacesTheOldSession() throws IOException {
        Path file = folder.resolve("lesson.json");
        sessions.write(file, new SessionData("surfaces", "en", Map.of()));
        sessions.write(file, sample());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "only the session itself");
        }
        assertEquals("network", sessions.read(file).activeLab());
    }

    @Test
    void aFailedWriteKeepsThePreviousSessionIntact() throws IOException {
        Path file = folder.resolve("lesson.json");
        sessions.write(file, sample());
        String before = Files.readString(file);
        Path blocked = folder.resolve("not-a-folder");
        Files.writeString(blocked, "a file where a folder should be");
        assertThrows(IOException.class, () -> sessions.write(blocked.resolve("x.json"), sample()));
        assertEquals(before, Files.readString(file));
    }

    private String readError(String content) throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return assertThrows(BadInputException.class, () -> sessions.read(file)).getMessage();
    }

    @Test
    void damagedJsonIsRefusedWithItsPosition() throws IOException {
        String message = readError("{\"format\": \"deepmath-lab-session\",\n \"version\": 1, \"labs\": {");
        assertTrue(message.contains("'broken.json' is damaged: not valid JSON at line 2"), message);
    }

    @Test
    void aForeignJsonFileIsNotTakenForASession() throws IOException {
        String message = readError("{\"inputs\":2,\"layers\":[]}");
        assertTrue(message.contains("is not a DeepMath Lab session"), message);
    }

    @Test
    void emptyFilesNewerVersionsAndBadFieldsAreRefused() throws IOException {
        assertTrue(readError("").contains("is empty"));
        assertTrue(readError("{\"format\":\"deepmath-lab-session\",\"version\":9,\"labs\":{}}")
                .contains("newer DeepMath Lab (session version 9"));
        assertTrue(readError("{\"format\":\"deepmath-lab-session\",\"version\":1,\"labs\":[]}")
                .contains("\"labs\" must be an object"));
        assertTrue(readError("{\"format\":\"deepmath-lab-session\",\"version\":1,\"labs\":{\"surfaces\":3}}")
                .contains("\"labs.surfaces\" must be an object"));
        assertTrue(readError("{\"format\":\"deepmath-lab-session\",\"version\":1,\"activeLab\":4,\"labs\":{}}")
                .contains("\"activeLab\" must be a string"));
    }

    @Test
    void aMissingFileIsNamed() {
        String message = assertThrows(BadInputException.class,
                () -> sessions.read(folder.resolve("gone.json"))).getMessage();
        assertEquals("'gone.json' does not exist", message);
    }
}
