package deepmath.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every generated point lies in the square the sets are drawn on, even at the noise slider's top. */
class ClassicSetsExtentTest {

    @Test
    void everyPointOfEverySetLiesInsideTheSquareAtTheHighestNoise() {
        for (ClassicSets set : ClassicSets.values()) {
            for (double noise : new double[] {0, 0.5, 1}) {
                Dataset data = set.generate(2000, noise, 7);
                assertEquals(2000, data.size());
                for (double[] x : data.inputsView()) {
                    assertTrue(Math.abs(x[0]) <= ClassicSets.EXTENT && Math.abs(x[1]) <= ClassicSets.EXTENT,
                            set + " noise " + noise + ": (" + x[0] + ", " + x[1] + ") is outside [−6, 6]²");
                }
            }
        }
    }

    @Test
    void theCleanSetsAreUnchangedByTheGuard() {
        // the spirals' outermost point sits at radius 5: no draw is ever rejected, the sample is the same
        Dataset a = ClassicSets.SPIRALS.generate(300, 0.05, 1);
        double r = 0;
        for (double[] x : a.inputsView()) {
            r = Math.max(r, Math.hypot(x[0], x[1]));
        }
        assertTrue(r > 4.8 && r < 5.3, "outermost radius " + r);
    }
}
