package deepmath.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import deepmath.core.Progress;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The digits lab's data augmentation reaches the engine: DigitTrainer writes the shifted digits into the examples'
 * arrays before each epoch, which only works while the engine reads its examples at every batch. If the engine
 * ever copies its inputs when a training is built, a shifted epoch would train on the unshifted digits: this test
 * then fails, because both runs end with the same weights.
 */
class DigitTrainerShiftTest {
    private static final DigitSet DIGITS = DigitSet.shipped().subset(IntStream.range(0, 96).toArray());

    private static double[] weightsAfterOneEpoch(int maxShift) {
        DigitNetwork network = ModelKind.DENSE.create(7);
        TrainingPlan plan = new TrainingPlan(1, 32, 1e-3, 7, 1, maxShift);
        try (DigitTrainer trainer = new DigitTrainer(network, DIGITS, plan)) {
            trainer.epoch(Progress.NONE, (epoch, batch, batches, loss) -> { });
        }
        return network.parameters().clone();
    }

    @Test
    void shiftedDigitsChangeWhatTheEpochLearns() {
        assertFalse(Arrays.equals(weightsAfterOneEpoch(0), weightsAfterOneEpoch(2)),
                "an epoch on digits shifted by up to 2 pixels must not end where the unshifted epoch ends");
    }

    @Test
    void withoutShiftTheSameSeedGivesTheSameWeights() {
        assertArrayEquals(weightsAfterOneEpoch(0), weightsAfterOneEpoch(0), 0.0);
    }
}
