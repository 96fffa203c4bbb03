package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.RandomGpt2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gpt2-train refuses, in one line and before writing anything, a run that would spoil an existing model folder. */
class Gpt2TrainCommandTest {
    private static final Gpt2Config TINY = new Gpt2Config(2, 2, 8, 32, 50257, 1e-5);

    @TempDir
    Path folder;

    private Map<String, byte[]> files(Path model) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(model)) {
            for (Path p : list.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private CliTest.Run train(Path corpus, Path model) {
        return CliTest.run("gpt2-train", "--corpus", corpus.toString(), "--steps", "2", "--layers", "1", "--heads", "2",
                "--dim", "16", "--context", "8", "--batch", "2", "--out", model.toString());
    }

    @Test
    void aTooSmallCorpusOrAForeignModelLeavesTheFolderAsItWas() throws IOException {
        Path model = Files.createDirectories(folder.resolve("model"));
        Gpt2Checkpoint.write(model, TINY, RandomGpt2.tensors(TINY, 3, ""));
        Files.writeString(model.resolve("vocab.json"), "{\"a\": 0}");
        Map<String, byte[]> before = files(model);

        Path small = Files.writeString(folder.resolve("small.txt"), "In the beginning God created the heaven.");
        CliTest.Run run = train(small, model);
        assertEquals(2, run.exit(), run.err());
        String[] lines = run.err().strip().split("\\R");
        assertTrue(lines[lines.length - 1].startsWith("deepmath-lab: the corpus ")
                && lines[lines.length - 1].contains("small"), run.err());
        assertEquals(1, run.err().strip().lines().filter(l -> l.startsWith("deepmath-lab:")).count(), run.err());

        Path large = Files.writeString(folder.resolve("large.txt"), String.join("\n", java.util.Collections.nCopies(40,
                "In the beginning God created the heaven and the earth. And God said, Let there be light.")));
        run = train(large, model);
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("holds a model this run cannot resume"), run.err());

        Map<String, byte[]> after = files(model);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
    }
}
