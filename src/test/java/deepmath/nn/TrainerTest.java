package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.CancelledException;
import deepmath.core.Progress;
import deepmath.data.ClassicSets;
import deepmath.data.Dataset;
import deepmath.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

class TrainerTest {

    @Test
    void learningXorByBackpropagationReaches100Percent() {
        Preset preset = BookNetworks.byKey("xor-learning-adam");
        Network network = preset.freshNetwork();
        assertTrue(Evaluation.accuracy(network, preset.data()) < 1, "the random start does not know XOR");
        Trainer trainer = new Trainer(network, preset.data(), Dataset.empty(2, 1), preset.training());
        double start = trainer.trainLoss();
        for (int e = 0; e < 500; e++) {
            trainer.epoch(Progress.NONE);
        }
        assertEquals(1.0, Evaluation.accuracy(network, preset.data()));
        assertTrue(trainer.trainLoss() < 0.05 * start, "loss " + start + " → " + trainer.trainLoss());
        assertEquals(500, trainer.epoch());
        assertEquals(500, trainer.steps()); // batch 4 = the whole table
    }

    @Test
    void aPlainDescentStepMovesEachWeightByMinusTheStepTimesItsGradient() {
        Network network = BookNetworks.byKey("xor-learning-adam").freshNetwork();
        Dataset data = BookNetworks.byKey("xor-learning-adam").data();
        TrainingSettings settings = TrainingSettings.defaults().withLearningRate(0.3).withBatchSize(2);
        Trainer trainer = new Trainer(network, data, Dataset.empty(2, 1), settings);
        StepReport step = trainer.step();
        assertEquals(2, step.batchSize());
        for (int k = 0; k < step.before().length; k++) {
            assertEquals(-0.3 * step.gradient()[k], step.update(k), 1e-15);
        }
        assertEquals(0, trainer.epoch());
        trainer.step();
        assertEquals(1, trainer.epoch(), "4 points in batches of 2: an epoch is 2 steps");
    }

    @Test
    void theTwoGaussiansAreSeparatedAndTheTestLossFollowsTheTrainLoss() {
        Dataset data = ClassicSets.TWO_GAUSSIANS.generate(200, 0.1, 3);
        Dataset.Split split = data.split(0.25, 1);
        assertEquals(150, split.train().size());
        assertEquals(50, split.test().size());
        Network network = new Network(2, java.util.List.of(Layer.zeros(Activation.SIGMOID, 2, 1)));
        TrainingSettings settings = TrainingSettings.defaults().withLoss(Loss.BINARY_CROSS_ENTROPY)
                .withOptimizer(OptimizerKind.MOMENTUM).withRegularization(Regularization.L2, 1e-4);
        Trainer trainer = new Trainer(network, split.train(), split.test(), settings);
        for (int e = 0; e < 20; e++) {
            trainer.epoch(Progress.NONE);
        }
        assertEquals(1.0, Evaluation.accuracy(network, split.test()), 0.021);
        assertTrue(trainer.testLoss() < 0.2, "test loss " + trainer.testLoss());
    }

    @Test
    void mismatchedDataAndCancellationAreReported() {
        Network network = BookNetworks.byKey("triangle").freshNetwork();
        Dataset oneInput = new Dataset(new double[][] {{1}}, new double[][] {{0}});
        assertEquals("the training data has 1 input column, the network 2 inputs",
                assertThrows(BadInputException.class, () -> new Trainer(network, oneInput, Dataset.empty(1, 1),
                        TrainingSettings.defaults())).getMessage());
        Trainer trainer = new Trainer(network, BookNetworks.byKey("triangle").data(), Dataset.empty(2, 1),
                TrainingSettings.defaults());
        Progress cancelled = new Progress() {
            @Override public void update(double done, double total) { }
            @Override public void message(String text) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> trainer.epoch(cancelled));
    }
}
