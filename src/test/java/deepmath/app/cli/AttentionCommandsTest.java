package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.RandomGpt2;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tokenize} and {@code attention}: their JSON contract and their one-line refusals. */
class AttentionCommandsTest {
    private static final Gpt2Config TINY = new Gpt2Config(2, 2, 8, 32, 50257, 1e-5);

    @TempDir
    Path folder;

    @Test
    void tokenizePrintsIdsAndTokens() {
        CliTest.Run run = CliTest.run("tokenize", "--text", "hello world");
        assertEquals(0, run.exit(), run.err());
        assertEquals("{\"ids\":[31373,995],\"tokens\":[\"hello\",\" world\"]}", run.out().strip());
    }

    @Test
    void attentionWritesEveryHeadAndTheNextTokens() throws Exception {
        Gpt2Checkpoint.write(folder, TINY, RandomGpt2.tensors(TINY, 9, "transformer."));
        Path out = folder.resolve("attn.json");
        CliTest.Run run = CliTest.run("attention", "--model", folder.toString(), "--text", "The dog is black",
                "--top", "5", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertEquals("[464,3290,318,2042]", json.get("ids").toString());
        assertEquals("[\"The\",\" dog\",\" is\",\" black\"]", json.get("tokens").toString());
        assertEquals(2, json.get("attentions").size());
        assertEquals(2, json.get("attentions").get(1).size());
        JsonNode matrix = json.get("attentions").get(1).get(0);
        assertEquals(4, matrix.size());
        assertEquals(0.0, matrix.get(0).get(1).asDouble(), "causal: the first token sees only itself");
        double sum = 0;
        for (JsonNode v : matrix.get(3)) {
            sum += v.asDouble();
        }
        assertEquals(1, sum, 1e-6);
        assertEquals(5, json.get("next").size());
        assertTrue(json.get("next").get(0).get("prob").asDouble() >= json.get("next").get(1).get("prob").asDouble());

        CliTest.Run one = CliTest.run("attention", "--model", folder.toString(), "--text", "The dog is black",
                "--layer", "1", "--head", "0");
        JsonNode single = new ObjectMapper().readTree(one.out());
        assertEquals(matrix, single.get("attention"));
        assertEquals(1, single.get("layer").asInt());
    }

    @Test
    void badRequestsExitTwoWithOneLine() throws Exception {
        CliTest.Run run = CliTest.run("attention", "--model", folder.resolve("nothing").toString(), "--text", "hi");
        assertEquals(2, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("is not a folder"), run.err());

        Gpt2Checkpoint.write(folder, TINY, RandomGpt2.tensors(TINY, 9, ""));
        run = CliTest.run("attention", "--model", folder.toString(), "--text", "hi", "--layer", "5", "--head", "0");
        assertEquals(2, run.exit());
        assertEquals("deepmath-lab: this model has layers 0..1 and heads 0..1, not layer 5 head 0", run.err().strip());

        run = CliTest.run("attention", "--model", folder.toString(), "--text", "a b c d e f g h i j k l m n o p q r s t"
                + " u v w x y z a b c d e f g h");
        assertEquals(2, run.exit());
        assertEquals("deepmath-lab: 34 tokens is more than this model's 32 positions", run.err().strip());
    }
}
