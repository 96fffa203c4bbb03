package deepmath.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.expr.Formula;
import deepmath.optim.Adam;
import deepmath.optim.GradientDescent;
import deepmath.optim.Momentum;
import deepmath.optim.OptimizerKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescentTest {

    private static Descent book(double[] start, double step, int steps) {
        return new Descent(new FormulaObjective(Formula.parse("a^2 + 3*b^2")), new GradientDescent(step),
                StepSchedule.constant(step), StoppingRules.steps(steps), start);
    }

    private static Descent from(String formula, double... start) {
        return new Descent(new FormulaObjective(Formula.parse(formula)), new GradientDescent(0.1),
                StepSchedule.constant(0.1), StoppingRules.steps(10), start);
    }

    @Test
    void everyFunctionPresetStartsWhereFAndItsGradientAreDefined() {
        for (DescentPreset preset : DescentPreset.all()) {
            if (!preset.formula().isEmpty()) {
                Descent d = from(preset.formula(), preset.start());
                assertTrue(Double.isFinite(d.last().value()), preset.id());
            }
        }
    }

    @Test
    void aStartWhereFIsNotDefinedIsBadInputNotADivergence() {
        UndefinedStartException nan = assertThrows(UndefinedStartException.class, () -> from("ln(a) + b^2", -1, 0.5));
        assertEquals("f is not defined at the start point (-1, 0.5) (f = NaN there): choose another start point",
                nan.getMessage());
        assertArrayEquals(new double[] {-1, 0.5}, nan.start());
        UndefinedStartException infinite = assertThrows(UndefinedStartException.class, () -> from("1/a + b", 0, 2));
        assertEquals("f is not defined at the start point (0, 2) (f = Infinity there): choose another start point",
                infinite.getMessage());
        UndefinedStartException noGradient = assertThrows(UndefinedStartException.class,
                () -> from("sqrt(a^2 + b^2)", 0, 0));
        assertTrue(noGradient.gradientOnly());
        assertEquals("f has no gradient at the start point (0, 0) (gradient (NaN, NaN)): choose another start point",
                noGradient.getMessage());
        assertEquals("The start point (NaN, 1) has a coordinate that is not a number",
                assertThrows(BadInputException.class, () -> from("a^2 + b^2", Double.NaN, 1)).getMessage());
        // one step away from the singular point the same function descends
        assertEquals(StopReason.MAX_STEPS, from("sqrt(a^2 + b^2)", 1, 1).run());
    }

    @Test
    void theBooksTableForASquaredPlusThreeBSquaredFromTwoOne() {
        Descent d = book(new double[] {2, 1}, 0.2, 4);
        assertEquals(StopReason.MAX_STEPS, d.run());
        double[][] expected = {{2, 1}, {1.2, -0.2}, {0.72, 0.04}, {0.432, -0.008}, {0.2592, 0.0016}};
        List<Iterate> rows = d.iterates();
        assertEquals(5, rows.size());
        for (int k = 0; k < expected.length; k++) {
            assertArrayEquals(expected[k], rows.get(k).point(), 1e-9, "P(" + k + ")");
            double a = expected[k][0];
            double b = expected[k][1];
            assertArrayEquals(new double[] {2 * a, 6 * b}, rows.get(k).gradient(), 1e-9);
            assertEquals(a * a + 3 * b * b, rows.get(k).value(), 1e-9);
        }
    }

    @Test
    void theBooksSecondStartWithASmallerStep() {
        Descent d = book(new double[] {-1, -1}, 0.1, 2);
        d.run();
        assertArrayEquals(new double[] {-0.8, -0.4}, d.iterates().get(1).point(), 1e-9);
        assertArrayEquals(new double[] {-0.64, -0.16}, d.iterates().get(2).point(), 1e-9);
    }

    @Test
    void momentumFollowsTheBooksFormulaWithPMinusOneEqualToPZero() {
        Descent d = new Descent(new FormulaObjective(Formula.parse("a^2 + 3*b^2")), new Momentum(0.2, 0.5),
                StepSchedule.constant(0.2), StoppingRules.steps(2), new double[] {2, 1});
        d.run();
        assertArrayEquals(new double[] {1.2, -0.2}, d.iterates().get(1).point(), 1e-12);
        // P2 = P1 + 0.5 (P1 − P0) − 0.2 grad f(P1) = (1.2 − 0.4 − 0.48, −0.2 − 0.6 + 0.24).
        assertArrayEquals(new double[] {0.32, -0.56}, d.iterates().get(2).point(), 1e-12);
    }

    @Test
    void tooLargeAStepDivergesAndSaysSo() {
        // On a² + 3b², b is multiplied by (1 − 6δ) each step: |1 − 6·0.4| = 1.4 > 1.
        Descent d = new Descent(new FormulaObjective(Formula.parse("a^2 + 3*b^2")), new GradientDescent(0.4),
                StepSchedule.constant(0.4), new StoppingRules(10_000, 0, 0, 1e6), new double[] {2, 1});
        StopReason reason = d.run();
        assertTrue(reason.isDivergence());
        assertEquals(StopReason.OUT_OF_BOUNDS, reason);
        assertTrue(d.iterates().size() < 60, "stops as soon as |b| > 1e6: " + d.iterates().size());
    }

    @Test
    void convergesAndStopsOnASmallGradient() {
        Descent d = new Descent(new FormulaObjective(Formula.parse("a^2 + 3*b^2")), new GradientDescent(0.1),
                StepSchedule.constant(0.1), new StoppingRules(10_000, 1e-6, 0, 1e6), new double[] {2, 1});
        assertEquals(StopReason.SMALL_GRADIENT, d.run());
        assertTrue(d.last().gradientNorm() < 1e-6);
    }

    @Test
    void regressionConvergesToTheLeastSquaresLine() {
        // the loss is a sum over the 50 points (the book's E): δ = 0.1 / 50
        LinearRegression loss = new LinearRegression(PointCloud.noisyLine(50, 1.5, -0.7, 0.3, -2, 2, 7), 0, 1);
        Descent d = new Descent(loss, new GradientDescent(0.002), StepSchedule.constant(0.002),
                new StoppingRules(20_000, 1e-10, 0, 1e6), new double[] {0, 0});
        assertEquals(StopReason.SMALL_GRADIENT, d.run());
        assertArrayEquals(loss.leastSquares(), d.last().point(), 1e-8);
    }

    @Test
    void miniBatchDescentWithADecayingStepGetsCloseAndCountsEpochs() {
        LinearRegression loss = new LinearRegression(PointCloud.noisyLine(100, 2, 1, 0.2, -1, 1, 3), 10, 42);
        Descent d = new Descent(loss, new GradientDescent(0.02), StepSchedule.keras(0.02, 0.01),
                StoppingRules.steps(3000), new double[] {0, 0});
        d.run();
        assertEquals(300, loss.epoch(), "3000 batches of 10 over 100 points");
        assertArrayEquals(loss.leastSquares(), d.last().point(), 0.05);
    }

    @Test
    void wholeDataDescentCountsOneEpochPerStep() {
        // K = 0 (all the data): each step uses every point once, so k steps are k epochs (not 0, as shown before).
        LinearRegression loss = new LinearRegression(PointCloud.noisyLine(30, 1.2, 0.5, 0.45, -1, 3, 1), 0, 1);
        Descent d = new Descent(loss, new GradientDescent(0.1), StepSchedule.constant(0.1), StoppingRules.steps(8),
                new double[] {-1, 2});
        d.run();
        assertEquals(8, d.last().k());
        assertEquals(8, loss.epoch());
    }

    @Test
    void circleFitFindsTheCentreAndRadius() {
        CircleFit loss = new CircleFit(PointCloud.noisyCircle(200, 1, -0.5, 2, 0.02, 5), 20, 9);
        Descent d = new Descent(loss, new Adam(0.05), StepSchedule.constant(0.05), StoppingRules.steps(4000),
                new double[] {0, 0, 1});
        d.run();
        double[] circle = CircleFit.circle(d.last().point());
        assertArrayEquals(new double[] {1, -0.5, 2}, circle, 0.05);
    }

    @Test
    void everyOptimiserReachesTheMinimumOfTheBowl() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            double step = kind == OptimizerKind.ADAGRAD ? 0.5 : 0.05;
            // The adaptive methods move by about δ whatever the gradient: they need a decaying step to settle.
            boolean adaptive = kind == OptimizerKind.RMSPROP || kind == OptimizerKind.ADAM;
            Descent d = new Descent(new FormulaObjective(Formula.parse("a^2 + 3*b^2")), kind.create(step, 0.8),
                    StepSchedule.keras(step, adaptive ? 0.05 : 0), StoppingRules.steps(3000), new double[] {2, 1});
            d.run();
            assertArrayEquals(new double[] {0, 0}, d.last().point(), 2e-2, kind.key());
        }
    }

    @Test
    void csvWithABadRowIsRefusedWithItsLineNumber(@TempDir Path folder) throws Exception {
        Path good = folder.resolve("good.csv");
        Files.writeString(good, "x,y\n0,1\n1,3\n2,5\n");
        PointCloud cloud = PointCloud.readCsv(good);
        assertEquals(3, cloud.size());
        assertArrayEquals(new double[] {2, 1}, new LinearRegression(cloud, 0, 0).leastSquares(), 1e-12);
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "x,y\n0,1\n1,three\n");
        BadInputException e = assertThrows(BadInputException.class, () -> PointCloud.readCsv(bad));
        assertEquals("bad.csv line 3: '1,three' is not two numbers x,y (plain decimals, e.g. -1.5 or 2e-3)", e.getMessage());
    }
}
