package deepmath.viz.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.2, Ticks.niceStep(0, 1, 5), 1e-12);
        assertEquals(1.0, Ticks.niceStep(-2, 2, 4), 1e-12);
        assertEquals(50.0, Ticks.niceStep(0, 230, 5), 1e-12);
        assertEquals(2.5e-3, Ticks.niceStep(0, 0.01, 4), 1e-15);
    }

    @Test
    void linearTicksAreTheMultiplesInsideTheRange() {
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, Ticks.linear(-2, 2, 4), 1e-12);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, Ticks.linear(0, 1, 5), 1e-12);
        assertArrayEquals(new double[] {-0.5, 0, 0.5, 1}, Ticks.linear(-0.7, 1.2, 4), 1e-12);
    }

    /** The digits lab's accuracy after epochs 1, 2, 3, fitted with a margin: 1.5 and 2.5 are epochs that never were. */
    @Test
    void anAxisOfCountsTicksWholeNumbersOnly() {
        assertArrayEquals(new double[] {1, 1.5, 2, 2.5, 3}, Ticks.linear(0.84, 3.16, 5), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3}, Ticks.linear(0.84, 3.16, 5, 1), 1e-12);
        assertArrayEquals(new double[] {0, 10, 20}, Ticks.linear(0, 20, 2, 1), 1e-12, "a larger step stays");
        Axis epochs = new Axis();
        epochs.setRange(0.84, 3.16);
        assertEquals("1.5", epochs.tickLabel(1.5, 5));
        epochs.wholeNumbersProperty().set(true);
        assertArrayEquals(new double[] {1, 2, 3}, epochs.ticks(5), 1e-12);
        assertEquals("2", epochs.tickLabel(2, 5));
    }

    @Test
    void zeroIsExactlyZeroNotARoundingResidue() {
        double[] ticks = Ticks.linear(-0.3, 0.3, 6);
        assertEquals(0.0, ticks[3]);
        assertEquals("0", Ticks.format(ticks[3], 0.1));
    }

    @Test
    void logTicksArePowersOfTenWithTwoAndFiveOnShortRanges() {
        assertArrayEquals(new double[] {1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1}, Ticks.log(1e-6, 1), 1e-18);
        assertArrayEquals(new double[] {1, 2, 5, 10, 20, 50, 100}, Ticks.log(1, 100), 1e-12);
    }

    @Test
    void labelsShowAsManyDecimalsAsTheStepNeeds() {
        assertEquals("0.4", Ticks.format(0.4, 0.2));
        assertEquals("1.25", Ticks.format(1.25, 0.25));
        assertEquals("-3", Ticks.format(-3, 1));
        assertEquals("1.2e6", Ticks.format(1.2e6, 2e5));
        assertEquals("10⁻⁶", Ticks.formatLog(1e-6));
        assertEquals("10¹²", Ticks.formatLog(1e12));
        assertEquals("100", Ticks.formatLog(100));
    }
}
