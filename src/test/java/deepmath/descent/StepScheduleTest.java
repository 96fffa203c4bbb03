package deepmath.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import deepmath.expr.Formula;
import deepmath.optim.GradientDescent;
import org.junit.jupiter.api.Test;

/** The book's decreasing steps, ch. 8 §2.1 "Faire varier le pas" (lines 9154–9182), δ_0 the initial step. */
class StepScheduleTest {
    private static final int[] KS = {0, 1, 2, 5, 10, 99};

    @Test
    void linearIsDeltaZeroOverKPlusOne() {
        // book ch. 8, line 9156: δk = δ0 / (k + 1)
        StepSchedule s = StepSchedule.of(StepSchedule.Kind.LINEAR, 0.1);
        assertEquals(0.1, s.at(0), 1e-15);
        assertEquals(0.05, s.at(1), 1e-15);
        assertEquals(0.1 / 3, s.at(2), 1e-15);
        assertEquals(0.001, s.at(99), 1e-15);
    }

    @Test
    void quadraticIsDeltaZeroOverKPlusOneSquared() {
        // book ch. 8, line 9164: δk = δ0 / (k + 1)²
        StepSchedule s = StepSchedule.of(StepSchedule.Kind.QUADRATIC, 0.1);
        assertEquals(0.1, s.at(0), 1e-15);
        assertEquals(0.025, s.at(1), 1e-15);
        assertEquals(0.1 / 9, s.at(2), 1e-15);
        assertEquals(0.1 / 121, s.at(10), 1e-15);
        assertEquals(1e-5, s.at(99), 1e-17);
    }

    @Test
    void exponentialIsDeltaZeroTimesEToTheMinusBetaK() {
        // book ch. 8, line 9172: δk = δ0 e^(−βk), β > 0
        StepSchedule s = StepSchedule.exponential(0.01, 0.5);
        assertEquals(0.01, s.at(0), 1e-17);
        assertEquals(0.01 / Math.sqrt(Math.E), s.at(1), 1e-17);
        assertEquals(0.01 / Math.E, s.at(2), 1e-17);
        assertEquals(0.01 * Math.exp(-5), s.at(10), 1e-18);
    }

    @Test
    void kerasIsDeltaZeroOverAlphaKPlusOneAndConstantForAlphaZero() {
        // book ch. 8, line 9177: δk = δ0 / (αk + 1), α ≥ 0; α = 0: δk = δ0
        StepSchedule s = StepSchedule.keras(0.1, 0.25);
        assertEquals(0.1, s.at(0), 1e-15);
        assertEquals(0.08, s.at(1), 1e-15);
        assertEquals(0.1 / 1.5, s.at(2), 1e-15);
        assertEquals(0.1 / 3.5, s.at(10), 1e-15);
        for (int k : KS) {
            assertEquals(0.1, StepSchedule.keras(0.1, 0).at(k), 0, "k = " + k);
            assertEquals(0.1, StepSchedule.constant(0.1).at(k), 0, "k = " + k);
        }
    }

    @Test
    void everyDecreasingScheduleStartsAtDeltaZeroAndDecreases() {
        for (StepSchedule s : new StepSchedule[] {StepSchedule.of(StepSchedule.Kind.LINEAR, 0.1),
                StepSchedule.of(StepSchedule.Kind.QUADRATIC, 0.1), StepSchedule.exponential(0.1, 0.1),
                StepSchedule.keras(0.1, 1e-4)}) {
            assertEquals(0.1, s.at(0), 0, s.kind().key());
            for (int i = 1; i < KS.length; i++) {
                assertEquals(-1, Double.compare(s.at(KS[i]), s.at(KS[i - 1])), s.kind().key() + " at " + KS[i]);
            }
        }
    }

    @Test
    void aParameterOutsideTheBooksRangeIsRefused() {
        BadInputException beta = assertThrows(BadInputException.class, () -> StepSchedule.exponential(0.1, 0));
        assertEquals(DescentRefusal.SCHEDULE_PARAMETER, beta.inputProblem());
        assertThrows(BadInputException.class, () -> StepSchedule.keras(0.1, -1e-4));
        assertThrows(BadInputException.class, () -> StepSchedule.keras(0.1, Double.NaN));
        assertEquals(0, new StepSchedule(StepSchedule.Kind.LINEAR, 0.1, 7).parameter(), "linear takes no parameter");
    }

    @Test
    void kindsAreReadBackFromTheirKeys() {
        for (StepSchedule.Kind k : StepSchedule.Kind.values()) {
            assertEquals(k, StepSchedule.Kind.fromKey(k.key()));
        }
        assertEquals(DescentRefusal.UNKNOWN_SCHEDULE,
                assertThrows(BadInputException.class, () -> StepSchedule.Kind.fromKey("cubic")).inputProblem());
    }

    @Test
    void aLinearDescentOnTheBooksBowlTakesTheHandComputedSteps() {
        // f(a, b) = a² + 3b² (the lab's book-2-1 preset), grad f = (2a, 6b), P0 = (2, 1), δ0 = 0.1, linear:
        // P1 = P0 − 0.1·(4, 6) = (1.6, 0.4); P2 = P1 − 0.05·(3.2, 2.4) = (1.44, 0.28);
        // P3 = P2 − (0.1/3)·(2.88, 1.68) = (1.344, 0.224).
        Descent d = new Descent(new FormulaObjective(Formula.parse("a^2 + 3*b^2")), new GradientDescent(0.1),
                StepSchedule.of(StepSchedule.Kind.LINEAR, 0.1), StoppingRules.steps(3), new double[] {2, 1});
        d.run();
        assertArrayEquals(new double[] {1.6, 0.4}, d.iterates().get(1).point(), 1e-12);
        assertArrayEquals(new double[] {1.44, 0.28}, d.iterates().get(2).point(), 1e-12);
        assertArrayEquals(new double[] {1.344, 0.224}, d.iterates().get(3).point(), 1e-12);
    }
}
