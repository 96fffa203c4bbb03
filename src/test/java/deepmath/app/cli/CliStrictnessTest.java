package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import deepmath.core.StrictJson;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.RandomGpt2;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line used to do by surprise: expand @files, print NaN into JSON, save a diverged network. */
class CliStrictnessTest {
    @TempDir
    Path folder;

    @Test
    void anArgumentStartingWithAtIsTakenLiterally() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "hello world");
        // Before: picocli replaced "@notes.txt" by the file's words and this printed [31373, 995].
        CliTest.Run run = CliTest.run("tokenize", "--text", "@" + file);
        assertEquals(0, run.exit(), run.err());
        JsonNode json = StrictJson.parse(run.out(), "out");
        assertEquals("@", json.get("tokens").get(0).asText());
        assertFalse(run.out().contains("31373"), run.out());
        // And a missing file is no error: "@nobody" is a text like any other.
        CliTest.Run handle = CliTest.run("tokenize", "--text", "@nobody");
        assertEquals(0, handle.exit(), handle.err());
        assertEquals("[\"@\",\"nob\",\"ody\"]", StrictJson.parse(handle.out(), "out").get("tokens").toString());
    }

    @Test
    void attentionReadsAnAtTextLiterallyToo() throws Exception {
        Gpt2Config tiny = new Gpt2Config(1, 2, 8, 128, 50257, 1e-5);
        Path model = Files.createDirectories(folder.resolve("m"));
        Gpt2Checkpoint.write(model, tiny, RandomGpt2.tensors(tiny, 2, ""));
        Path file = Files.writeString(folder.resolve("t.txt"), "The dog is black");
        CliTest.Run run = CliTest.run("attention", "--model", model.toString(), "--text", "@" + file,
                "--layer", "0", "--head", "0");
        assertEquals(0, run.exit(), run.err());
        assertEquals("@", StrictJson.parse(run.out(), "out").get("tokens").get(0).asText());
    }

    @Test
    void anOverflowingOutputIsNullNotNaNOrInfinity() throws Exception {
        Path net = Files.writeString(folder.resolve("big.json"), "{\"inputs\":2,\"layers\":[{\"activation\":\"identity\","
                + "\"weights\":[[1e308,-1e308],[1e308,0]],\"biases\":[0,0]}]}");
        // 10·1e308 overflows: the first neuron is ∞ − ∞ = NaN, the second ∞. Before: {"output": [NaN, Infinity]}.
        CliTest.Run run = CliTest.run("net", "--network", net.toString(), "--eval", "10,10", "--verbose");
        assertEquals(0, run.exit(), run.err());
        assertEquals("{\"output\": [null, null], \"layers\": [[null, null]]}", run.out().strip());
        StrictJson.parse(run.out(), "out"); // valid JSON
    }

    @Test
    void aCheckpointWithNaNWeightsGivesNullsNotNaNStrings() throws Exception {
        Gpt2Config tiny = new Gpt2Config(1, 2, 8, 16, 50257, 1e-5);
        var tensors = RandomGpt2.tensors(tiny, 2, "");
        java.util.Arrays.fill(tensors.get("h.0.attn.c_attn.weight").values(), Float.NaN);
        Path model = Files.createDirectories(folder.resolve("nan"));
        Gpt2Checkpoint.write(model, tiny, tensors);
        // Before: Jackson wrote each NaN as the string "NaN" where a number belongs.
        CliTest.Run run = CliTest.run("attention", "--model", model.toString(), "--text", "The dog",
                "--layer", "0", "--head", "1", "--top", "2");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("NaN"), run.out());
        JsonNode json = StrictJson.parse(run.out(), "out");
        assertTrue(json.get("attention").get(0).get(0).isNull(), run.out());
    }

    @Test
    void evalPrintsNullForAnOverflowToo() {
        CliTest.Run run = CliTest.run("eval", "--function", "exp(x)", "--at", "x=1000", "--grad");
        assertEquals(0, run.exit(), run.err());
        assertEquals("{\"value\":null,\"gradient\":{\"x\":null}}", run.out().strip());
    }

    @Test
    void aDivergedTrainingFailsAndWritesNothing() throws Exception {
        Path net = Files.writeString(folder.resolve("line.json"),
                "{\"inputs\":1,\"layers\":[{\"activation\":\"identity\",\"weights\":[[1]],\"biases\":[0]}]}");
        Path data = Files.writeString(folder.resolve("d.csv"), "x,t\n1,2\n3,7\n-2,-3\n");
        Path out = folder.resolve("trained.json");
        // Before: exit 0 and a trained.json holding NaN, which the lab then refuses to open.
        CliTest.Run run = CliTest.run("net", "--network", net.toString(), "--train", data.toString(),
                "--epochs", "50", "--lr", "1e10", "--loss", "mse", "--out", out.toString());
        ExitCodesTest.assertOneLineRefusal(run, 1, "diverged training");
        assertTrue(run.err().startsWith("deepmath-lab: the training diverged at epoch "), run.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
