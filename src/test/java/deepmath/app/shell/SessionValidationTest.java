package deepmath.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.Lab;
import deepmath.app.lab.LabCatalog;
import deepmath.app.lab.LabContext;
import deepmath.app.lab.LabId;
import deepmath.app.session.SessionData;
import deepmath.app.task.BackgroundTasks;
import deepmath.core.BadInputException;
import deepmath.core.StrictJson;
import deepmath.viz.i18n.I18n;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sessions are checked for range as well as type, by the real labs, before anything is applied: each value
 * below has the right JSON type or shape (most were accepted before), and a refused session leaves every lab
 * exactly as it was.
 */
@ExtendWith(ApplicationExtension.class)
class SessionValidationTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private BackgroundTasks tasks;
    private List<Lab> labs;
    private SessionController controller;

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks((title, e) -> { });
        LabContext context = new LabContext(new I18n(Locale.ENGLISH), tasks, (title, e) -> { },
                new SimpleBooleanProperty(true), () -> stage);
        labs = List.copyOf(LabCatalog.create(context));
        controller = new SessionController(labs);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    /** A valid session touching every lab that has state (attention without a model, so nothing loads). */
    private static Map<String, JsonNode> valid() {
        Map<String, JsonNode> labs = new LinkedHashMap<>();
        labs.put("surfaces", StrictJson.parse("{\"formula\": \"x*y + a\", \"mode\": \"surface\", \"window\": [-2, 2, -1, 1],"
                + " \"resolution\": 40, \"parameters\": {\"a\": 0.5}, \"picked\": [0.5, 0.25]}", "s"));
        labs.put("descent", StrictJson.parse("{\"preset\": \"book-2-1\", \"method\": \"sgd\", \"step\": 0.2, \"mu\": 0.8,"
                + " \"race\": [\"adam\"], \"batch\": 0, \"steps\": 3}", "d"));
        labs.put("network", StrictJson.parse("{\"preset\": \"\", \"network\": {\"inputs\": 2, \"layers\": [{\"activation\":"
                + " \"heaviside\", \"weights\": [[1, 1]], \"biases\": [-1]}]}, \"data\": \"x,y,label\\n0,0,0\\n1,1,1\\n\","
                + " \"domain\": [-2, 2, -2, 2], \"slice\": 0.5}", "n"));
        labs.put("digits", StrictJson.parse("{\"model\": \"cnn\", \"tab\": 0,"
                + " \"strokes\": [{\"points\": [10, 10, 40, 60], \"erase\": false}]}", "g"));
        labs.put("convolution", StrictJson.parse("{\"tab\": \"matrix\", \"matrix\": {\"spec\": {\"operation\": \"convolution\","
                + " \"size\": \"same\", \"padding\": \"zero\", \"stride\": 1, \"dilation\": 1}}}", "c"));
        labs.put("attention", StrictJson.parse("{\"text\": \"hello\", \"layer\": 0, \"head\": 0, \"tab\": 0,"
                + " \"temperature\": 1}", "a"));
        return labs;
    }

    private static SessionData session(Map<String, JsonNode> states) {
        return new SessionData("surfaces", "en", states);
    }

    /** The valid session with one change made to {@code lab}'s state. */
    private static SessionData mutated(String lab, Consumer<ObjectNode> change) {
        Map<String, JsonNode> states = valid();
        ObjectNode state = ((ObjectNode) states.get(lab)).deepCopy();
        change.accept(state);
        states.put(lab, state);
        return session(states);
    }

    private static ArrayNode numbers(double... values) {
        ArrayNode a = F.arrayNode();
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    private Map<String, JsonNode> capture() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> controller.capture(LabId.SURFACES, Locale.ENGLISH).labs()).get();
    }

    @Test
    void aValidSessionIsAcceptedAndEveryOutOfRangeValueIsRefusedChangingNothing() throws Exception {
        SessionController.Restore restore = WaitForAsyncUtils.asyncFx(() -> controller.prepare(session(valid()))).get();
        WaitForAsyncUtils.asyncFx(() -> restore.applyLabs().run()).get();
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, JsonNode> before = capture();
        assertEquals("x*y + a", before.get("surfaces").get("formula").asText(), "the valid session was applied");
        assertEquals(2, before.get("network").get("network").get("inputs").asInt());

        Object[][] cases = {
                // A plot window of ±1e308: its width overflows to infinity.
                {mutated("surfaces", s -> s.set("window", numbers(-1e308, 1e308, -1, 1))),
                        "lab \"surfaces\": surfaces: 'window': x bounds must lie within ±1.0E12"},
                {mutated("surfaces", s -> s.set("window", numbers(0, 1e-320, -1, 1))), "is too narrow to draw"},
                {mutated("surfaces", s -> s.set("window", F.arrayNode().add("-2").add(2).add(-1).add(1))),
                        "surfaces: 'window'[0] must be a finite number, got \"-2\""},
                // 4294967416 = 2^32 + 120: asInt() read it as 120.
                {mutated("surfaces", s -> s.put("resolution", 4294967416L)),
                        "'resolution' must be an integer from 5 to 400, got 4294967416"},
                {mutated("surfaces", s -> s.put("mode", "surfce")), "'mode' must be surface or curve"},
                {mutated("surfaces", s -> s.putObject("parameters").put("a", "1")), "parameter a must be a finite number"},
                {mutated("surfaces", s -> s.set("picked", numbers(1e300, 0))), "'picked'[0] must be between"},
                // A network whose inputs do not match its data.
                {mutated("network", s -> s.put("data", "x,y,z,t\n0,0,0,1\n")),
                        "lab \"network\": network: the data has 3 inputs per sample, the network takes 2"},
                {mutated("network", s -> ((ObjectNode) s.get("network")).put("inputs", 4294967298L)),
                        "field 'inputs' must be an integer from 1 to 1000000, got 4294967298"},
                {mutated("network", s -> s.set("domain", numbers(-1e300, 1e300, -1, 1))), "network: 'domain': x bounds"},
                {mutated("network", s -> s.put("slice", 1e308)), "'slice' must be between -2.0 and 2.0"},
                {mutated("network", s -> s.put("preset", "no-such-network")), "unknown preset 'no-such-network'"},
                {mutated("descent", s -> s.put("step", 1e308)), "descent: 'step' must be between"},
                {mutated("descent", s -> s.put("steps", 4294967297L)), "'steps' must be an integer from 0 to 100000"},
                {mutated("descent", s -> s.put("mu", "0.5")), "descent: 'mu' must be a finite number, got \"0.5\""},
                {mutated("descent", s -> s.put("batch", 5000)), "'batch' must be an integer from 0 to 1000"},
                {mutated("digits", s -> s.put("tab", 4294967297L)), "digits.tab must be an integer from 0 to 3"},
                {mutated("digits", s -> ((ObjectNode) s.get("strokes").get(0)).set("points", numbers(1e308, 0))),
                        "a point's coordinate must be between"},
                {mutated("convolution", s -> ((ObjectNode) s.get("matrix").get("spec")).put("stride", 4294967297L)),
                        "convolution: 'stride' must be an integer from 1 to"},
                {mutated("convolution", s -> ((ObjectNode) s.get("matrix").get("spec")).put("operation", "corelation")),
                        "'operation' must be one of convolution, correlation"},
                // Fields added with the lab's state objects: checked like the others.
                {mutated("network", s -> s.putObject("training").put("learningRate", 1e308)),
                        "network: 'training.learningRate' must be between 0"},
                {mutated("network", s -> s.putObject("training").put("batch", 4294967297L)),
                        "network: 'training.batch' must be an integer from 1 to 1000, got 4294967297"},
                {mutated("network", s -> s.putObject("training").put("optimizer", "adamw")), "unknown optimiser 'adamw'"},
                {mutated("convolution", s -> ((ObjectNode) s.get("matrix")).put("cell", -1)),
                        "convolution.matrix.cell must be an integer from 0 to"},
                {mutated("convolution", s -> s.putObject("signal").put("preset", "drawn").set("drawn", numbers(1e308))),
                        "convolution.signal.drawn must hold 120 numbers"},
                {mutated("convolution", s -> s.putObject("signal").put("position", 500)),
                        "convolution.signal.position must be between 0"},
                {mutated("convolution", s -> s.putObject("image").put("normalise", "yes")),
                        "convolution.image.normalise must be true or false, got \"yes\""},
                {mutated("convolution", s -> s.putObject("image").put("file", "")),
                        "convolution.image.file must be a file's path"},
                {mutated("convolution", s -> ((ObjectNode) s.get("matrix").get("spec")).put("stride", 9)),
                        "convolution: 'stride' must be an integer from 1 to 8, got 9"},
                {mutated("attention", s -> s.put("temperature", "1")), "attention.temperature must be a finite number"},
                {mutated("attention", s -> s.put("layer", 4294967297L)), "attention.layer must be an integer from 0 to 1000"},
        };
        for (Object[] c : cases) {
            SessionData bad = (SessionData) c[0];
            String expected = (String) c[1];
            // Checking touches no control, so it runs on this thread (as it does on the session task's).
            BadInputException e = assertThrows(BadInputException.class, () -> controller.prepare(bad), expected);
            assertTrue(e.getMessage().contains(expected), e.getMessage() + " should contain " + expected);
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, capture(), "no refused session changed any lab");
    }
}
