package deepmath.gpt.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.FileWriteException;
import deepmath.core.Progress;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.DType;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.SafeTensorsFile;
import deepmath.gpt.SafeTensorsWriter;
import deepmath.testing.SmallDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model folder is never left half-changed: a run that cannot go through is refused before a byte is written,
 * and a save that fails (a full disk) leaves the previous checkpoint whole and resumable.
 */
class TrainingFolderSafetyTest {
    private static final String TEXT = String.join("\n", Collections.nCopies(40,
            "In the beginning God created the heaven and the earth. And God said, Let there be light: and there was light."));
    private static final String OTHER = String.join("\n", Collections.nCopies(40,
            "The quick brown fox jumps over the lazy dog, while seven zebras quietly graze beyond the river."));

    @TempDir
    Path folder;

    private static TrainingOptions steps(int steps) {
        return new TrainingOptions(1, 2, 16, 8, 2, steps, 1e-2, 1, 5, 1000, 2, TrainingOptions.Engine.BACKPROP);
    }

    private static TokenCorpus corpus(String text) throws IOException {
        return TokenCorpus.of(text, Gpt2Tokenizer.shipped(), 1);
    }

    private void train(TokenCorpus corpus, int steps, Path out) throws IOException {
        new Gpt2Trainer(corpus, steps(steps), out).run(Gpt2Tokenizer.shipped(), Progress.NONE, new Gpt2Trainer.Listener() {
            @Override
            public void step(int step, double loss, double learningRate, double gradientNorm) {
            }

            @Override
            public void evaluated(int step, double validationLoss) {
            }
        });
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
    }

    @Test
    void aTooSmallCorpusOnAnExistingModelFolderIsRefusedBeforeAnythingChanges() throws IOException {
        train(corpus(TEXT), 2, folder);
        Map<String, byte[]> before = snapshot();
        TokenCorpus tiny = corpus("In the beginning God created the heaven and the earth.");
        BadInputException e = assertThrows(BadInputException.class, () -> train(tiny, 4, folder));
        assertTrue(e.getMessage().startsWith("the corpus has "), e.getMessage());
        assertSameFiles(before, snapshot());

        // the same on a model folder that cannot be resumed (no training state): it used to rewrite the vocabulary
        withoutTrainingState(folder.resolve(Gpt2Checkpoint.WEIGHTS));
        Files.delete(folder.resolve(TrainingCheckpoint.STATE));
        Map<String, byte[]> model = snapshot();
        assertThrows(BadInputException.class, () -> train(tiny, 4, folder));
        assertSameFiles(model, snapshot());
        BadInputException foreign = assertThrows(BadInputException.class, () -> train(corpus(TEXT), 4, folder));
        assertTrue(foreign.getMessage().contains("cannot resume"), foreign.getMessage());
        assertSameFiles(model, snapshot());
    }

    /** The same weights as a model saved by another tool: no training state inside. */
    private static void withoutTrainingState(Path weights) throws IOException {
        SafeTensorsWriter writer = new SafeTensorsWriter();
        try (SafeTensorsFile file = SafeTensorsFile.open(weights)) {
            for (String name : file.names()) {
                writer.put(name, new SafeTensorsWriter.Tensor(file.info(name).shape(), file.floats(name), DType.F32));
            }
        }
        writer.write(weights);
    }

    @Test
    void aFolderSavedBeforeTheStateMovedIntoTheWeightsStillResumes() throws IOException {
        TokenCorpus corpus = corpus(TEXT);
        train(corpus, 2, folder);
        // the earlier layout: training.json without the moments' name, optimizer.safetensors, weights without state
        withoutTrainingState(folder.resolve(Gpt2Checkpoint.WEIGHTS));
        Files.move(folder.resolve("optimizer-2.safetensors"), folder.resolve(TrainingCheckpoint.LEGACY_OPTIMIZER));
        Path state = folder.resolve(TrainingCheckpoint.STATE);
        Files.writeString(state, Files.readString(state).replaceAll("\\s*\"optimizer\" : \"[^\"]*\",", ""));
        assertEquals(2, TrainingCheckpoint.savedStep(folder));
        ClippedAdam adam = ClippedAdam.standard();
        TrainingCheckpoint.resume(folder, Gpt2Initialisation.parameters(steps(4).config(corpus.vocabulary().size()), 1),
                adam);
        assertEquals(2, adam.steps());
        assertEquals(16, adam.firstMoment().get("wpe.weight").columns());

        train(corpus, 4, folder);
        assertEquals(4, TrainingCheckpoint.savedStep(folder));
        assertTrue(Files.isRegularFile(folder.resolve("optimizer-4.safetensors")));
        assertTrue(!Files.exists(folder.resolve(TrainingCheckpoint.LEGACY_OPTIMIZER)), "the old moments are removed");
    }

    @Test
    void resumingWithAnotherVocabularyIsRefusedBeforeAnythingChanges() throws IOException {
        train(corpus(TEXT), 2, folder);
        Map<String, byte[]> before = snapshot();
        BadInputException e = assertThrows(BadInputException.class, () -> train(corpus(OTHER), 4, folder));
        assertTrue(e.getMessage().contains("another vocabulary"), e.getMessage());
        assertSameFiles(before, snapshot());
    }

    @Test
    void aDiskFullWhileSavingTheWeightsLeavesThePreviousCheckpoint() throws IOException {
        TokenCorpus corpus = corpus(TEXT);
        train(corpus, 2, folder);
        Map<String, byte[]> before = snapshot();
        long room = before.get("training-log.tsv").length + 2 * 40 + before.get("optimizer-2.safetensors").length
                + before.get(Gpt2Checkpoint.CONFIG).length + before.get(Gpt2Checkpoint.WEIGHTS).length / 2;
        Path full = SmallDisk.withRoom(room).path(folder);
        FileWriteException e = assertThrows(FileWriteException.class, () -> train(corpus, 4, full));
        assertEquals("no space left on device", e.reason());

        Map<String, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet(), "no new moments, no temporary file");
        for (String name : new String[] {Gpt2Checkpoint.WEIGHTS, Gpt2Checkpoint.CONFIG, "vocab.json", "merges.txt",
            "optimizer-2.safetensors", TrainingCheckpoint.STATE}) {
            assertArrayEquals(before.get(name), after.get(name), name);
        }
        assertEquals(2, TrainingCheckpoint.savedStep(folder));
        Gpt2Checkpoint.load(folder, Progress.NONE);

        train(corpus, 4, folder);   // resumes from step 2 once there is room
        assertEquals(4, TrainingCheckpoint.savedStep(folder));
        assertEquals(java.util.Set.of(Gpt2Checkpoint.WEIGHTS, Gpt2Checkpoint.CONFIG, "vocab.json", "merges.txt",
                "optimizer-4.safetensors", TrainingCheckpoint.STATE, "training-log.tsv"), snapshot().keySet());
        assertEquals(4, TrainingLog.read(folder.resolve("training-log.tsv")).trainingLoss().size());
    }

    @Test
    void aDiskFullAfterTheWeightsSwitchedKeepsTheNewCheckpointWhole() throws IOException {
        TokenCorpus corpus = corpus(TEXT);
        train(corpus, 2, folder);
        Map<String, byte[]> before = snapshot();
        long room = before.get("training-log.tsv").length + 2 * 40 + before.get("optimizer-2.safetensors").length
                + before.get(Gpt2Checkpoint.CONFIG).length + before.get(Gpt2Checkpoint.WEIGHTS).length;
        Path full = SmallDisk.withRoom(room).path(folder);
        assertThrows(FileWriteException.class, () -> train(corpus, 4, full));   // training.json did not fit
        assertEquals(4, TrainingCheckpoint.savedStep(folder), "the weights carry their own state");
        assertTrue(Files.isRegularFile(folder.resolve("optimizer-4.safetensors")));
        Gpt2Checkpoint.load(folder, Progress.NONE);
        ClippedAdam adam = ClippedAdam.standard();
        assertEquals(4, TrainingCheckpoint.resume(folder,
                Gpt2Initialisation.parameters(steps(4).config(corpus.vocabulary().size()), 1), adam));
        assertEquals(4, adam.steps());
    }
}
