package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.app.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code model train / eval / predict} on the shipped digits with a one-layer softmax model (seconds). */
class ModelTrainCommandTest {
    @TempDir
    Path dir;

    private Path softmax() throws Exception {
        return Files.writeString(dir.resolve("softmax.json"),
                "{\"input\": [784], \"layers\": [{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}]}");
    }

    @Test
    void trainPrintsKerasEpochLinesWritesResumableWeightsThatEvalAndPredictUse() throws Exception {
        Path weights = dir.resolve("w.zip");
        Run run = CliTest.run("model", "train", "--spec", softmax().toString(), "--data", "mnist", "--epochs", "1",
                "--validation", "0.1", "--out", weights.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertTrue(lines[0].matches("epoch 1 loss \\d\\.\\d{4} accuracy 0\\.\\d{4} val_loss \\d\\.\\d{4} val_accuracy 0\\.\\d{4}"),
                lines[0]);
        assertTrue(lines[1].matches("test loss \\d\\.\\d{4} accuracy 0\\.\\d{4}"), lines[1]);
        assertEquals("wrote " + weights, lines[2]);
        double valAccuracy = Double.parseDouble(lines[0].replaceAll(".* val_accuracy ", ""));
        assertTrue(valAccuracy > 0.8, lines[0]);   // a linear softmax classifier reads most digits after one epoch

        Run resumed = CliTest.run("model", "train", "--resume", weights.toString(), "--data", "mnist", "--epochs", "1");
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().startsWith("epoch 2 loss "), resumed.out());

        Run eval = CliTest.run("model", "eval", "--weights", weights.toString(), "--data", "mnist:test");
        assertEquals(0, eval.exit(), eval.err());
        JsonNode e = new ObjectMapper().readTree(eval.out());
        assertEquals(2000, e.path("samples").asInt());
        assertEquals("categorical-crossentropy", e.path("loss_function").asText());
        int total = 0;
        int diagonal = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                total += e.path("confusion").get(i).get(j).asInt();
                diagonal += i == j ? e.path("confusion").get(i).get(j).asInt() : 0;
            }
        }
        assertEquals(2000, total);
        assertEquals(diagonal / 2000.0, e.path("accuracy").asDouble(), 1e-12);
        // the resumed run (which wrote the weights again) ended judging the same 2 000 held-out digits
        String[] resumedLines = resumed.out().strip().split("\n");
        assertEquals(String.format(java.util.Locale.ROOT, "test loss %.4f accuracy %.4f", e.path("loss").asDouble(),
                e.path("accuracy").asDouble()), resumedLines[1]);

        String blank = String.join(",", Collections.nCopies(784, "0"));
        Run predict = CliTest.run("model", "predict", "--weights", weights.toString(), "--input", blank);
        assertEquals(0, predict.exit(), predict.err());
        JsonNode p = new ObjectMapper().readTree(predict.out());
        double sum = 0;
        for (JsonNode v : p.path("output")) {
            sum += v.asDouble();
        }
        assertEquals(10, p.path("output").size());
        assertEquals(1, sum, 1e-4);   // softmax probabilities
    }

    /**
     * The shipped faces (160 training pictures, 40 held out): after the epoch lines, one line judges the 40 test
     * pictures, as keras's evaluate(X_test, Y_test) after fit; "model eval" of the written weights on the same 40
     * (an independent pass) gives the same loss and accuracy. A fit of a function has no test part: no such line.
     */
    @Test
    void theLastLineIsTheTestAccuracyWhenTheDataHasATestPart() throws Exception {
        Path spec = Files.writeString(dir.resolve("faces.json"),
                "{\"input\": [25, 25, 1], \"layers\": [{\"type\": \"flatten\"},"
                        + " {\"type\": \"dense\", \"units\": 2, \"activation\": \"softmax\"}]}");
        Path weights = dir.resolve("faces.zip");
        Run run = CliTest.run("model", "train", "--spec", spec.toString(), "--data", "faces", "--epochs", "2",
                "--batch", "16", "--out", weights.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(4, lines.length, run.out());
        assertTrue(lines[0].startsWith("epoch 1 loss ") && lines[1].startsWith("epoch 2 loss "), run.out());
        assertTrue(lines[2].matches("test loss \\d+\\.\\d{4} accuracy [01]\\.\\d{4}"), lines[2]);
        double accuracy = Double.parseDouble(lines[2].replaceAll(".* accuracy ", ""));
        assertEquals(Math.rint(accuracy * 40), accuracy * 40, 1e-9, "a share of 40 pictures: " + lines[2]);
        Run eval = CliTest.run("model", "eval", "--weights", weights.toString(), "--data", "faces");
        assertEquals(0, eval.exit(), eval.err());
        JsonNode e = new ObjectMapper().readTree(eval.out());
        assertEquals(40, e.path("samples").asInt());
        assertEquals(String.format(java.util.Locale.ROOT, "test loss %.4f accuracy %.4f", e.path("loss").asDouble(),
                e.path("accuracy").asDouble()), lines[2]);

        Path line = Files.writeString(dir.resolve("line.json"), "{\"input\": [1], \"layers\": ["
                + "{\"type\": \"dense\", \"units\": 4, \"activation\": \"tanh\"}, {\"type\": \"dense\", \"units\": 1}]}");
        Run fit = CliTest.run("model", "train", "--spec", line.toString(), "--data", "function:book-one-variable",
                "--epochs", "1");
        assertEquals(0, fit.exit(), fit.err());
        assertEquals(1, fit.out().strip().split("\n").length, fit.out());
        assertTrue(fit.out().startsWith("epoch 1 loss "), fit.out());
    }

    @Test
    void badInputIsOneLineAndExit2() throws Exception {
        Run unknown = CliTest.run("model", "train", "--spec", softmax().toString(), "--data", "imbd:x");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("mnist") && unknown.err().contains("imdb"), unknown.err());
        assertEquals(1, unknown.err().strip().split("\n").length);
        Path conv = Files.writeString(dir.resolve("conv.json"), "{\"input\": [5, 5, 1], \"layers\": ["
                + "{\"type\": \"flatten\"}, {\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}]}");
        Run shape = CliTest.run("model", "train", "--spec", conv.toString(), "--data", "mnist");
        assertEquals(2, shape.exit());
        assertEquals("deepmath-lab: the data 'mnist' has examples of shape [28, 28, 1], the model takes [5, 5, 1]",
                shape.err().strip());
    }
}
