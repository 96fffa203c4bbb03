package deepmath.gpt.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Model;
import deepmath.gpt.Gpt2Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Real (tiny) training runs: the hand-written gradients against SameDiff's, the loss going down, resuming. */
class Gpt2TrainingTest {
    private static final String TEXT = String.join("\n", java.util.Collections.nCopies(40,
            "In the beginning God created the heaven and the earth. And God said, Let there be light: and there was light."));

    private static TokenCorpus corpus() throws Exception {
        return TokenCorpus.of(TEXT, Gpt2Tokenizer.shipped(), 1);
    }

    @Test
    void handWrittenBackpropagationGivesSameDiffsLossAndGradients() throws Exception {
        TokenCorpus corpus = corpus();
        Gpt2Config config = new Gpt2Config(2, 2, 16, 8, corpus.vocabulary().size(), 1e-5);
        Map<String, INDArray> initial = Gpt2Initialisation.parameters(config, 7);
        TokenCorpus.Batch batch = corpus.sample(3, 8, new Random(3));
        Map<String, INDArray> byHand = new HashMap<>();
        Map<String, INDArray> byAutodiff = new HashMap<>();
        double handLoss = new Gpt2Backprop(config, copy(initial), 3, 8).lossAndGradients(batch, byHand);
        double autoLoss = new SameDiffGradients(config, copy(initial), 3, 8).lossAndGradients(batch, byAutodiff);
        assertEquals(autoLoss, handLoss, 1e-5);
        assertEquals(initial.keySet(), byHand.keySet());
        for (String name : initial.keySet()) {
            INDArray expected = byAutodiff.get(name);
            INDArray actual = byHand.get(name).reshape(expected.shape());
            double scale = Math.max(1e-3, expected.norm2Number().doubleValue());
            double difference = actual.sub(expected).norm2Number().doubleValue();
            assertTrue(difference / scale < 1e-3, name + ": relative difference " + difference / scale);
        }
    }

    @Test
    void lossFallsInAFewStepsAndTheCheckpointGivesTheSameLossThroughTheViewersLoader(@TempDir Path out)
            throws Exception {
        TokenCorpus corpus = corpus();
        TrainingOptions options = new TrainingOptions(2, 2, 32, 16, 4, 30, 1e-2, 3, 5, 1000, 10,
                TrainingOptions.Engine.BACKPROP);
        List<Double> losses = new ArrayList<>();
        Gpt2Trainer trainer = new Gpt2Trainer(corpus, options, out);
        trainer.run(Gpt2Tokenizer.shipped(), Progress.NONE, listener(losses));
        assertEquals(30, losses.size());
        double lastFive = losses.subList(25, 30).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertTrue(lastFive < losses.get(0) - 2.0, "first " + losses.get(0) + ", last five " + lastFive);

        // The saved folder opens in the viewer's loader and gives the trainer's own loss on the same windows.
        Gpt2Model loaded = Gpt2Checkpoint.load(out, Progress.NONE);
        Map<String, INDArray> saved = Gpt2Initialisation.parameters(trainer.config(), 99);
        TrainingCheckpoint.resume(out, saved, ClippedAdam.standard());
        int[] tokens = java.util.Arrays.copyOfRange(corpus.training(), 0, 2 * 16 + 1);
        int[][] inputs = {java.util.Arrays.copyOfRange(tokens, 0, 16), java.util.Arrays.copyOfRange(tokens, 16, 32)};
        int[][] targets = {java.util.Arrays.copyOfRange(tokens, 1, 17), java.util.Arrays.copyOfRange(tokens, 17, 33)};
        double trainerLoss = new Gpt2Backprop(trainer.config(), saved, 2, 16)
                .lossAndGradients(new TokenCorpus.Batch(inputs, targets), new HashMap<>());
        assertEquals(trainerLoss, CrossEntropy.ofModel(loaded, tokens, 2), 1e-4);
        assertTrue(Files.isRegularFile(out.resolve("vocab.json")));
        assertEquals(corpus.vocabulary().size(), Gpt2Tokenizer.forModel(out).vocabularySize());
    }

    @Test
    void aResumedRunContinuesFromItsCheckpoint(@TempDir Path out) throws Exception {
        TokenCorpus corpus = corpus();
        TrainingOptions ten = new TrainingOptions(1, 2, 16, 8, 2, 10, 1e-2, 2, 5, 1000, 5, TrainingOptions.Engine.BACKPROP);
        new Gpt2Trainer(corpus, ten, out).run(Gpt2Tokenizer.shipped(), Progress.NONE, listener(new ArrayList<>()));
        TrainingOptions fifteen = new TrainingOptions(1, 2, 16, 8, 2, 15, 1e-2, 2, 5, 1000, 5,
                TrainingOptions.Engine.BACKPROP);
        List<Double> resumed = new ArrayList<>();
        new Gpt2Trainer(corpus, fifteen, out).run(Gpt2Tokenizer.shipped(), Progress.NONE, listener(resumed));
        assertEquals(5, resumed.size(), "only steps 11..15 are run again");
        assertEquals(15, new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve(TrainingCheckpoint.STATE).toFile()).get("step").asInt());
    }

    @Test
    void stepsLoggedAfterTheLastCheckpointAreNotLoggedTwice(@TempDir Path out) throws Exception {
        TokenCorpus corpus = corpus();
        // Checkpoints every 4 steps: a run saved at step 4, logged steps 5 and 6, and was killed before saving again.
        TrainingOptions four = new TrainingOptions(1, 2, 16, 8, 2, 4, 1e-2, 2, 5, 1000, 4, TrainingOptions.Engine.BACKPROP);
        new Gpt2Trainer(corpus, four, out).run(Gpt2Tokenizer.shipped(), Progress.NONE, listener(new ArrayList<>()));
        Files.writeString(out.resolve("training-log.tsv"), "5\t3.0\t0.01\t1.0\t\n6\t2.9\t0.01\t1.0\t\n",
                java.nio.file.StandardOpenOption.APPEND);
        TrainingOptions eight = new TrainingOptions(1, 2, 16, 8, 2, 8, 1e-2, 2, 5, 1000, 4, TrainingOptions.Engine.BACKPROP);
        new Gpt2Trainer(corpus, eight, out).run(Gpt2Tokenizer.shipped(), Progress.NONE, listener(new ArrayList<>()));
        List<Double> steps = TrainingLog.read(out.resolve("training-log.tsv")).trainingLoss().stream()
                .map(row -> row[0]).toList();
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0), steps);
    }

    @Test
    void unigramBaselineOnAHandCase() {
        // Training counts a:3, b:1 over V = 3 → p(a) = 4/7, p(b) = 2/7, p(c) = 1/7.
        double loss = CrossEntropy.unigram(new int[] {0, 0, 0, 1}, new int[] {0, 2}, 3);
        assertEquals((-Math.log(4 / 7.0) - Math.log(1 / 7.0)) / 2, loss, 1e-12);
    }

    @Test
    void scheduleWarmsUpLinearlyThenFollowsTheCosine() {
        LearningRateSchedule s = new LearningRateSchedule(1.0, 0.1, 10, 110);
        assertEquals(0.1, s.at(0), 1e-12);
        assertEquals(1.0, s.at(9), 1e-12);
        assertEquals(0.55, s.at(60), 1e-12);
        assertEquals(0.1, s.at(110), 1e-12);
    }

    @Test
    void theCosineEndsAtATenthOfThePeakUnlessAFloorIsGiven() {
        TrainingOptions usual = new TrainingOptions(2, 4, 64, 16, 4, 110, 2e-3, 10, 1, 100, 100,
                TrainingOptions.Engine.BACKPROP, Gpt2Initialisation.Positions.SINUSOIDAL, 0);
        assertEquals(2e-4, usual.schedule().at(110), 1e-15);
        TrainingOptions floored = new TrainingOptions(2, 4, 64, 16, 4, 110, 2e-3, 10, 1, 100, 100,
                TrainingOptions.Engine.BACKPROP, Gpt2Initialisation.Positions.SINUSOIDAL, 1e-3);
        assertEquals(1.5e-3, floored.schedule().at(60), 1e-15);
        assertEquals(1e-3, floored.schedule().at(110), 1e-15);
        assertEquals(1e-3, floored.withBatch(16).schedule().at(110), 1e-15);
        assertThrows(BadInputException.class, () -> new TrainingOptions(2, 4, 64, 16, 4, 110, 2e-3, 10, 1, 100, 100,
                TrainingOptions.Engine.BACKPROP, Gpt2Initialisation.Positions.SINUSOIDAL, 3e-3));
    }

    @Test
    void adamClipsTheGlobalNorm() {
        Map<String, INDArray> p = new HashMap<>(Map.of("w", org.nd4j.linalg.factory.Nd4j.zeros(2)));
        Map<String, INDArray> g = Map.of("w", org.nd4j.linalg.factory.Nd4j.createFromArray(30f, 40f));
        double norm = new ClippedAdam(0.9, 0.999, 1e-8, 1.0).step(p, g, 0.1);
        assertEquals(50, norm, 1e-5);
        // First Adam step: m̂/√v̂ = sign(g), whatever the clipping, so each weight moves by the learning rate.
        assertEquals(-0.1, p.get("w").getDouble(0), 1e-6);
        assertEquals(-0.1, p.get("w").getDouble(1), 1e-6);
    }

    private static Map<String, INDArray> copy(Map<String, INDArray> parameters) {
        Map<String, INDArray> out = new java.util.LinkedHashMap<>();
        parameters.forEach((k, v) -> out.put(k, v.dup()));
        return out;
    }

    private static Gpt2Trainer.Listener listener(List<Double> losses) {
        return new Gpt2Trainer.Listener() {
            @Override
            public void step(int step, double loss, double learningRate, double gradientNorm) {
                losses.add(loss);
            }

            @Override
            public void evaluated(int step, double validationLoss) {
            }
        };
    }
}
