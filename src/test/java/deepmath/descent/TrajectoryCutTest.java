package deepmath.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.expr.Formula;
import deepmath.optim.GradientDescent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which iterates of a run are drawn over a window: all, or a diverging run up to its first point far outside. */
class TrajectoryCutTest {
    private static final double[] WINDOW = {-2, 2, -1, 3}; // centre (0, 1), 4 × 4: kept within |x| ≤ 6, |y − 1| ≤ 6

    private static List<Iterate> points(double[]... ps) {
        List<Iterate> its = new ArrayList<>();
        for (int k = 0; k < ps.length; k++) {
            its.add(new Iterate(k, ps[k], new double[] {0, 0}, 0));
        }
        return its;
    }

    @Test
    void aRunInsideThreeWindowsIsDrawnWhole() {
        List<Iterate> its = points(new double[] {1, 1}, new double[] {-6, 7}, new double[] {6, -5});
        assertEquals(3, TrajectoryCut.shownLength(its, WINDOW), "on the edges of the kept region: all kept");
    }

    @Test
    void aRunIsCutJustAfterItsFirstPointOutside() {
        List<Iterate> its = points(new double[] {1, 1}, new double[] {-3, 2}, new double[] {6.01, 0},
                new double[] {-40, 0}, new double[] {1e8, 0});
        assertEquals(3, TrajectoryCut.shownLength(its, WINDOW), "P(0), P(1) and P(2), the first outside");
        double[][] shown = TrajectoryCut.shown(its, WINDOW);
        assertArrayEquals(new double[] {1, -3, 6.01}, shown[0]);
        assertArrayEquals(new double[] {1, 2, 0}, shown[1]);
        // The other axis counts as much: y beyond 1 + 6 cuts too, and a NaN coordinate (not a number) as well.
        assertEquals(2, TrajectoryCut.shownLength(points(new double[] {0, 0}, new double[] {0, 7.5}, new double[] {0, 0}), WINDOW));
        assertEquals(2, TrajectoryCut.shownLength(points(new double[] {0, 0}, new double[] {Double.NaN, 0}), WINDOW));
    }

    @Test
    void theBooksDivergingStepIsCutWhereItLeavesTheMap() {
        // a² + 3b² with δ = 0.36: b ← (1 − 6δ)·b = −1.16·b grows, a ← 0.28·a shrinks. From (2, 1) on [−4, 4]²
        // (kept while |b| ≤ 12): |b_k| = 1.16^k passes 12 at k = 17 (1.16^16 = 10.75, 1.16^17 = 12.47).
        Descent d = new Descent(new FormulaObjective(Formula.parse("a^2 + 3*b^2")), new GradientDescent(0.36),
                StepSchedule.constant(0.36), StoppingRules.steps(40), new double[] {2, 1});
        d.run();
        assertEquals(41, d.iterates().size());
        assertEquals(18, TrajectoryCut.shownLength(d.iterates(), new double[] {-4, 4, -4, 4}), "P(0) … P(17)");
    }
}
