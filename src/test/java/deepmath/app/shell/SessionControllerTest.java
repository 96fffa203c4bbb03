package deepmath.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabId;
import deepmath.app.session.SessionData;
import deepmath.core.BadInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

class SessionControllerTest {

    /** A lab whose whole state is one number, which it refuses when negative. */
    private static final class CounterLab implements Lab {
        final LabId id;
        int value;

        CounterLab(LabId id, int value) {
            this.id = id;
            this.value = value;
        }

        @Override public LabId id() { return id; }
        @Override public Node view() { throw new AssertionError("not needed"); }

        @Override
        public ObjectNode saveState() {
            return JsonNodeFactory.instance.objectNode().put("value", value);
        }

        @Override
        public Runnable prepareRestore(JsonNode state) {
            int restored = state.path("value").asInt();
            if (restored < 0) {
                throw new BadInputException("\"value\" must be >= 0, got " + restored);
            }
            return () -> value = restored;
        }
    }

    @Test
    void captureThenRestoreBringsEveryLabBack() {
        CounterLab a = new CounterLab(LabId.SURFACES, 3);
        CounterLab b = new CounterLab(LabId.NETWORK, 5);
        SessionController controller = new SessionController(List.of(a, b));
        SessionData session = controller.capture(LabId.NETWORK, Locale.FRENCH);
        assertEquals("network", session.activeLab());
        assertEquals("fr", session.language());
        a.value = 0;
        b.value = 0;
        SessionController.Restore restore = controller.prepare(session);
        assertEquals(0, a.value, "preparing changes nothing");
        restore.applyLabs().run();
        assertEquals(3, a.value);
        assertEquals(5, b.value);
        assertEquals(LabId.NETWORK, restore.activeLab().orElseThrow());
    }

    @Test
    void oneLabRefusingItsPartChangesNothingAnywhere() {
        CounterLab a = new CounterLab(LabId.SURFACES, 3);
        CounterLab b = new CounterLab(LabId.NETWORK, 5);
        SessionController controller = new SessionController(List.of(a, b));
        JsonNodeFactory f = JsonNodeFactory.instance;
        SessionData session = new SessionData("surfaces", "en",
                Map.of("surfaces", f.objectNode().put("value", 9), "network", f.objectNode().put("value", -1)));
        BadInputException error = assertThrows(BadInputException.class, () -> controller.prepare(session));
        assertTrue(error.getMessage().startsWith("lab \"network\": \"value\" must be >= 0"), error.getMessage());
        assertEquals(3, a.value);
        assertEquals(5, b.value);
    }

    @Test
    void anUnknownActiveLabIsRefused() {
        SessionController controller = new SessionController(List.of(new CounterLab(LabId.SURFACES, 1)));
        SessionData session = new SessionData("chemistry", "en", Map.of());
        assertThrows(BadInputException.class, () -> controller.prepare(session));
    }
}
