package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.app.cli.CliTest.Run;
import deepmath.nn.Network;
import deepmath.nn.NetworkJson;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code presets}: every preset as JSON, checked against the book; {@code --preset KEY} on the other commands. */
class PresetsCommandTest {

    private static JsonNode presets(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "presets";
        System.arraycopy(args, 0, all, 1, args.length);
        Run run = CliTest.run(all);
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode entry(JsonNode list, String key) {
        for (JsonNode node : list) {
            if (node.path("key").asText().equals(key)) {
                return node;
            }
        }
        throw new AssertionError("no preset " + key);
    }

    @Test
    void everyPresetHasAKeyALabAChapterABookLineAndTwoNames() throws Exception {
        JsonNode all = presets("--json");
        assertTrue(all.size() > 60, "presets: " + all.size());
        Set<String> labs = new HashSet<>();
        for (JsonNode node : all) {
            labs.add(node.path("lab").asText());
            int chapter = node.path("chapter").asInt();
            assertTrue(chapter >= 1 && chapter <= 18, node.toString());
            assertTrue(node.path("bookLine").asInt() > 139, node.toString());
            String en = node.path("name").path("en").asText();
            String fr = node.path("name").path("fr").asText();
            assertTrue(!en.isEmpty() && !fr.isEmpty() && !en.equals(node.path("key").asText()), node.toString());
        }
        assertEquals(Set.of("surfaces", "descent", "network"), labs);
    }

    @Test
    void theDescentTableOfLine8920AndTheDivergingStepOfLine9034() throws Exception {
        JsonNode descent = presets("--lab", "descent");
        JsonNode table = entry(descent, "book-2-1");
        assertEquals(8, table.path("chapter").asInt());
        assertEquals(8920, table.path("bookLine").asInt());
        assertEquals("a^2 + 3*b^2", table.path("function").asText());
        assertEquals("[\"a\",\"b\"]", table.path("variables").toString());
        assertEquals("[2.0,1.0]", table.path("start").toString());
        assertEquals(0.2, table.path("step").asDouble());
        assertEquals(20, table.path("steps").asInt());
        assertEquals("gd", table.path("method").asText());
        JsonNode diverges = entry(descent, "step-diverges");
        assertEquals("x^2 + 1", diverges.path("function").asText());
        assertEquals(1.1, diverges.path("step").asDouble());
        assertEquals("[2.0]", diverges.path("start").toString());
        JsonNode regression = entry(descent, "regression");
        assertEquals("[[0.0,3.0],[2.0,4.0],[6.0,6.0]]", regression.path("data").toString()); // line 9287
    }

    @Test
    void theXorNetworkOfLine4946IsWrittenInTheFormatOfNetNetwork() throws Exception {
        JsonNode xor = entry(presets("--lab", "network", "--chapter", "5"), "xor");
        assertEquals(4946, xor.path("bookLine").asInt());
        Network network = NetworkJson.parse(xor.path("network").toString(), "xor");
        assertEquals(0, network.output(new double[] {0.5, 0.5})[0]); // the book's F(0.5, 0.5) = 0
        assertEquals(1, network.output(new double[] {1, 0})[0]);
        assertEquals(4, xor.path("data").size());
        assertEquals(3, xor.path("data").get(0).size()); // [x, y, label]
        for (JsonNode node : presets("--chapter", "5")) {
            assertEquals(5, node.path("chapter").asInt());
        }
    }

    @Test
    void theNewtonPresetOfLine2398StartsAtTen() throws Exception {
        JsonNode cube = entry(presets("--lab", "surfaces"), "newton-cube");
        assertEquals(2398, cube.path("bookLine").asInt());
        assertEquals("x^3 - 100", cube.path("function").asText());
        assertEquals("[10.0]", cube.path("start").toString());
        JsonNode sets = presets("--lab", "level-sets");
        assertTrue(sets.size() > 5);
        sets.forEach(node -> assertEquals(2, node.path("variables").size(), node.toString()));
    }

    @Test
    void descentWithAPresetPrintsTheBooksTable() {
        Run run = CliTest.run("descent", "--preset", "book-2-1", "--steps", "2");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\\R");
        assertEquals("k,a,b,grad_a,grad_b,f", lines[0]);
        assertEquals("0,2.0,1.0,4.0,6.0,7.0", lines[1]);
        String[] k1 = lines[2].split(",");
        assertEquals(1.2, Double.parseDouble(k1[1]), 1e-12); // (1.2, −0.2), f = 1.56
        assertEquals(-0.2, Double.parseDouble(k1[2]), 1e-12);
        assertEquals(1.56, Double.parseDouble(k1[5]), 1e-12);
        Run regression = CliTest.run("descent", "--preset", "regression", "--steps", "1");
        assertEquals(0, regression.exit(), regression.err());
        assertTrue(regression.out().contains("\n0,0.0,1.0,-72.0,-20.0,38.0"), regression.out()); // line 9287
    }

    @Test
    void aDivergingPresetExitsOne() {
        Run run = CliTest.run("descent", "--preset", "step-diverges", "--steps", "400");
        assertEquals(1, run.exit(), run.err());
    }

    @Test
    void evalWithAPresetUsesItsStart() throws Exception {
        Run run = CliTest.run("eval", "--preset", "newton-cube", "--grad");
        assertEquals(0, run.exit(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertEquals(900, out.path("value").asDouble(), 1e-9); // f(10) = 900, f'(10) = 300 (line 2398)
        assertEquals(300, out.path("gradient").path("x").asDouble(), 1e-9);
        Run table = CliTest.run("eval", "--preset", "book-2-1");
        assertEquals(7, new ObjectMapper().readTree(table.out()).path("value").asDouble(), 1e-12);
        Run at = CliTest.run("eval", "--preset", "distances-squared", "--at", "x=3.3333333333333335,y=2.6666666666666665");
        assertEquals(64.0 / 3, new ObjectMapper().readTree(at.out()).path("value").asDouble(), 1e-9);
    }

    @Test
    void netWithAPresetEvaluatesTheBooksNetwork() throws Exception {
        Run run = CliTest.run("net", "--preset", "relu-two", "--eval", "3");
        assertEquals(0, run.exit(), run.err());
        assertEquals(2, new ObjectMapper().readTree(run.out()).path("output").get(0).asDouble(), 1e-12); // line 5793, F(3) = 2 at 6000
    }

    @Test
    void renderTakesTheSurfacePresetsOnly() {
        // FigureRenderer starts and exits the JavaFX toolkit once per JVM (FunctionCommandsTest draws there): here
        // only the choice of preset is checked, before anything is drawn. A curve is not a surface to render.
        Run run = CliTest.run("render", "contour", "--preset", "newton-cube", "--out", "x.png");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("unknown preset 'newton-cube' (known: "), run.err());
        assertTrue(run.err().contains("distances-squared"), run.err());
    }

    @Test
    void anUnknownPresetNamesTheKnownOnesInOneLine() {
        for (String[] args : new String[][] {{"descent", "--preset", "nope"}, {"eval", "--preset", "nope"},
                {"net", "--preset", "nope", "--eval", "1,2"},
                {"render", "contour", "--preset", "nope", "--out", "x.png"}}) {
            Run run = CliTest.run(args);
            assertEquals(2, run.exit(), run.err());
            String err = run.err().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains("unknown preset 'nope' (known: "), err);
        }
        assertTrue(CliTest.run("descent", "--preset", "nope").err().contains("book-2-1"));
        assertTrue(CliTest.run("net", "--preset", "nope", "--eval", "1,2").err().contains("xor-learning"));
    }

    @Test
    void theChapterNineTwoClassAndOverFittingPresetsAreListed() throws Exception {
        JsonNode nine = presets("--lab", "network", "--chapter", "9");
        // line 10830: the book's grid of 200 × 200 = 40 000 points, [x, y, label] rows
        JsonNode lemniscate = entry(nine, "lemniscate-ellipse-20");
        assertEquals(10808, lemniscate.path("bookLine").asInt());
        assertEquals(40000, lemniscate.path("data").size());
        assertEquals(3, lemniscate.path("data").get(0).size());
        // line 11160: the lab's parabola, half held out; one neuron, 2-3-1, 2-40-40-1
        for (String key : new String[] {"parabola-line", "parabola-small", "parabola-large"}) {
            JsonNode p = entry(nine, key);
            assertEquals(11160, p.path("bookLine").asInt(), key);
            assertEquals(200, p.path("data").size(), key);
            assertEquals(0.5, p.path("training").path("testFraction").asDouble(), key);
            assertTrue(p.path("name").path("en").asText().contains("lab's example"), key);
            assertTrue(p.path("name").path("fr").asText().contains("exemple du labo"), key);
        }
        Network large = NetworkJson.parse(entry(nine, "parabola-large").path("network").toString(), "parabola-large");
        assertEquals(1801, large.parameterCount());
        assertTrue(entry(nine, "lemniscate-ellipse-3").path("training").path("testFraction").isMissingNode());
    }
}
