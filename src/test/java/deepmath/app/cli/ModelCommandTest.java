package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.app.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code model summary}: the book's chapter 14 MNIST CNN (line 15658) as JSON and as keras's table. */
class ModelCommandTest {
    @TempDir
    Path dir;

    private Path cnn() throws Exception {
        return Files.writeString(dir.resolve("cnn.json"), """
                {"input": [28, 28, 1], "layers": [
                  {"type": "conv2d", "filters": 32, "kernel": 3, "padding": "same", "activation": "relu"},
                  {"type": "conv2d", "filters": 16, "kernel": 3, "padding": "same", "activation": "relu"},
                  {"type": "flatten"},
                  {"type": "dense", "units": 10, "activation": "softmax"}]}
                """);
    }

    @Test
    void theSummaryAsJson() throws Exception {
        Run run = CliTest.run("model", "summary", "--spec", cnn().toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertEquals(130394, out.path("params").asLong());
        assertEquals(4, out.path("layers").size());
        JsonNode first = out.path("layers").get(0);
        assertEquals("conv2d", first.path("type").asText());
        assertEquals("[28,28,32]", first.path("output_shape").toString());
        assertEquals(320, first.path("params").asLong());
        assertEquals("[12544]", out.path("layers").get(2).path("output_shape").toString());
    }

    @Test
    void theSummaryAsKerasPrintsIt() throws Exception {
        Run run = CliTest.run("model", "summary", "--spec", cnn().toString(), "--text");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(" conv2d_1 (Conv2D)           (None, 28, 28, 16)        4624\n"), run.out());
        assertTrue(run.out().contains("Total params: 130,394\n"), run.out());
    }

    @Test
    void aModelThatDoesNotFitIsOneLineAndExit2() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"input\": [28, 28, 1], \"layers\": [{\"type\": \"dense\", \"units\": 10}]}");
        Run run = CliTest.run("model", "summary", "--spec", bad.toString());
        assertEquals(2, run.exit());
        assertEquals("deepmath-lab: layer 1 (dense) needs a vector, got the shape [28, 28, 1]: add a flatten layer"
                + " before it", run.err().strip());
    }
}
