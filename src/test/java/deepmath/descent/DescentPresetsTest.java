package deepmath.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.expr.Formula;
import deepmath.optim.GradientDescent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each descent preset of chapter 8 run as it is, against the book's tables (book line in each test's name). */
class DescentPresetsTest {

    /** The preset's descent on the function it carries (the sum formula for data problems), all its steps. */
    private static List<Iterate> run(String id) {
        DescentPreset p = DescentPreset.byId(id);
        Descent d = new Descent(new FormulaObjective(Formula.parse(p.objectiveFormula()), p.variables()),
                new GradientDescent(p.step()), StepSchedule.constant(p.step()),
                new StoppingRules(p.steps(), 0, 0, 1e10), p.start());
        d.run();
        return d.iterates();
    }

    /** The preset's own data objective (its batch size and order), all its steps. */
    private static List<Iterate> runData(String id) {
        DescentPreset p = DescentPreset.byId(id);
        DataObjective loss = switch (p.problem()) {
            case "regression" -> new LinearRegression(p.data(), p.batchSize(), 1, p.shuffled());
            case "parabola" -> new ParabolaFit(p.data(), p.batchSize(), 1, p.shuffled());
            case "plane" -> new PlaneFit(p.data(), p.batchSize(), 1, p.shuffled());
            default -> new CircleFit(p.data(), p.batchSize(), 1, p.shuffled());
        };
        Descent d = new Descent(loss, new GradientDescent(p.step()), StepSchedule.constant(p.step()),
                new StoppingRules(p.steps(), 0, 0, 1e10), p.start());
        d.run();
        return d.iterates();
    }

    private static void row(List<Iterate> it, int k, double[] point, double f, double tolerance) {
        assertArrayEquals(point, it.get(k).point(), tolerance, "k = " + k);
        assertEquals(f, it.get(k).value(), Math.max(tolerance, Math.abs(f) * 1e-2), "f at k = " + k);
    }

    @Test
    void line8920TheTableOfASquaredPlus3BSquaredFromTwoOne() {
        List<Iterate> it = run("book-2-1");
        assertEquals(21, it.size()); // k = 0 … 20, as the table
        row(it, 0, new double[] {2, 1}, 7, 1e-12);
        assertArrayEquals(new double[] {4, 6}, it.get(0).gradient(), 1e-12);
        row(it, 1, new double[] {1.2, -0.2}, 1.56, 1e-12);
        row(it, 2, new double[] {0.72, 0.04}, 0.523, 1e-12);
        row(it, 5, new double[] {0.15552, -0.00032}, 0.024, 1e-12);
        assertEquals(5.34e-9, it.get(20).value(), 0.01e-9);
        assertEquals(7.31e-5, it.get(20).point()[0], 0.01e-5);
    }

    @Test
    void line8947FromMinusOneMinusOneWithDeltaOneTenth() {
        List<Iterate> it = run("book-m1-m1");
        row(it, 1, new double[] {-0.8, -0.4}, 0.64 + 3 * 0.16, 1e-12);
        row(it, 2, new double[] {-0.64, -0.16}, 0.64 * 0.64 + 3 * 0.0256, 1e-12);
    }

    @Test
    void line8971TheOneVariableTableOfXSquaredPlusOne() {
        DescentPreset p = DescentPreset.byId("parabola");
        assertEquals(List.of("a"), p.variables()); // the book's f(a) = a² + 1 (line 8956)
        assertEquals("a^2 + 1", p.formula());
        List<Iterate> it = run("parabola");
        assertEquals(11, it.size());
        row(it, 0, new double[] {2}, 5, 1e-12);
        row(it, 1, new double[] {1.2}, 2.44, 1e-12);
        row(it, 2, new double[] {0.72}, 1.5184, 1e-12);
        assertEquals(1.0671, it.get(4).value(), 1e-4);
        assertEquals(1.0001, it.get(10).value(), 1e-4);
        assertEquals(0.012, it.get(10).point()[0], 1e-3);
        assertArrayEquals(new double[] {-1.5}, DescentPreset.byId("parabola-m1.5").start());
        // one variable, as the book: the lab draws it on its curve, from a0 = 2 itself
        assertArrayEquals(new double[] {2}, p.start());
        assertEquals(List.of("a"), Formula.parse(p.formula()).variables());
        // the book's table, column f′(a_k) = 2a_k: 4, 2.4, 1.44, 0.86 (line 8973)
        assertArrayEquals(new double[] {4}, it.get(0).gradient(), 1e-12);
        assertArrayEquals(new double[] {2.4}, it.get(1).gradient(), 1e-12);
        assertArrayEquals(new double[] {1.44}, it.get(2).gradient(), 1e-12);
        assertEquals(0.86, it.get(3).gradient()[0], 5e-3);
        assertEquals(1.1866, it.get(3).value(), 1e-4);
    }

    @Test
    void line9034TheStepOscillatesAt09DivergesAt11AndCrawlsAt005() {
        List<Iterate> large = run("step-large");
        assertTrue(large.get(1).point()[0] < 0 && large.get(2).point()[0] > 0, "δ = 0.9 jumps across 0");
        assertTrue(Math.abs(large.get(10).point()[0]) < 2 * 0.8 * 0.8, "and shrinks: |a_k| = 2·0.8^k");
        List<Iterate> diverges = run("step-diverges");
        assertEquals(2 * Math.pow(-1.2, 10), diverges.get(10).point()[0], 1e-9); // a_{k+1} = (1 − 2δ) a_k
        assertTrue(diverges.get(10).value() > diverges.get(0).value());
        List<Iterate> small = run("step-small");
        assertEquals(2 * Math.pow(0.9, 10), small.get(10).point()[0], 1e-9);
        // the view reaches the diverging path: its window holds a_10 = 12.4
        double[] w = DescentPreset.byId("step-diverges").window();
        assertTrue(w[0] <= -Math.abs(diverges.get(9).point()[0]) && w[1] >= diverges.get(10).point()[0]);
    }

    @Test
    void line9052TheStartDecidesWhichMinimumOfTheQuarticIsReached() {
        // f'(a) = 4a³ − 10a + 1: minima near −1.6 and 1.5
        assertTrue(run("quartic-m2").get(40).point()[0] < -1.5);
        assertTrue(run("quartic-m0.5").get(40).point()[0] < -1.5);
        assertTrue(run("quartic-0.5").get(40).point()[0] > 1.3);
        assertTrue(run("quartic-2").get(40).point()[0] > 1.3);
    }

    @Test
    void line9064From_MinusOne_TheDescentStallsAtTheSaddlePointZero() {
        List<Iterate> it = run("saddle-point");
        assertEquals(101, it.size());
        double a100 = it.get(100).point()[0];
        assertTrue(a100 < 0 && a100 > -0.1, "a100 = " + a100 + " near 0, not the minimum 3/2");
    }

    @Test
    void line9287TheRegressionTableOfThreeAlignedPoints() {
        DescentPreset p = DescentPreset.byId("regression");
        assertArrayEquals(new double[] {0, 2, 6}, p.data().xs());
        assertArrayEquals(new double[] {3, 4, 6}, p.data().ys());
        List<Iterate> it = run("regression");
        row(it, 0, new double[] {0, 1}, 38, 1e-12);
        assertArrayEquals(new double[] {-72, -20}, it.get(0).gradient(), 1e-12);
        row(it, 1, new double[] {1.44, 1.4}, 18.96, 1e-9);
        row(it, 2, new double[] {0.44, 1.29}, 10.28, 1e-2); // the book keeps two decimals
        row(it, 5, new double[] {0.90, 1.64}, 3.24, 1e-2);
        assertArrayEquals(new double[] {0.501, 2.99}, it.get(100).point(), 5e-3);
        // the lab's own data objective (a sum, as the book's E) gives the same first step
        LinearRegression loss = new LinearRegression(p.data(), 0, 1);
        double[] g = new double[2];
        assertEquals(38, loss.exactValueAndGradient(new double[] {0, 1}, g), 1e-12);
        assertArrayEquals(new double[] {-72, -20}, g, 1e-12);
    }

    @Test
    void line9333FivePointsFromThreeQuartersMinusTwo() {
        List<Iterate> it = run("regression-5");
        assertArrayEquals(new double[] {0.78, -2.46}, it.get(10_000).point(), 1e-2); // the book's two decimals
        double[] ab = it.get(10_000).point();
        assertEquals(2.22, ab[0] * 6 + ab[1], 0.05); // the book's prediction at x = 6, from its rounded a = 0.78
    }

    @Test
    void line3383ThePerpendicularRegressionOfFivePointsReachesTheBooksMinimum() {
        DescentPreset p = DescentPreset.byId("regression-perpendicular");
        List<Iterate> it = run("regression-perpendicular");
        // f(0, 0) = (9 + 25 + 16 + 36 + 36)/1 = 122; ∂f/∂a = −2·Σ xᵢyᵢ = −206, ∂f/∂b = −2·Σ yᵢ = −48
        assertEquals(122, it.get(0).value(), 1e-9);
        assertArrayEquals(new double[] {-206, -48}, it.get(0).gradient(), 1e-9);
        assertArrayEquals(new double[] {0.8, 1.6}, it.get(p.steps()).point(), 0.05); // the book: (a, b) ≈ (0.8, 1.6)
        // the exact minimum of the perpendicular distances is the total least-squares line: through the centre of
        // gravity (4, 4.8) along the principal axis of the points' covariance
        double sxx = 2.0, syy = 1.36, sxy = 1.4; // (1/5)·Σ (x − 4)², (1/5)·Σ (y − 4.8)², (1/5)·Σ (x − 4)(y − 4.8)
        double a = (syy - sxx + Math.sqrt((syy - sxx) * (syy - sxx) + 4 * sxy * sxy)) / (2 * sxy);
        assertArrayEquals(new double[] {a, 4.8 - 4 * a}, it.get(p.steps()).point(), 1e-3);
        assertTrue(it.get(p.steps()).value() < 1.2195, "f at the minimum ≈ 1.2195");
    }

    @Test
    void line9714TheParabolaThroughFourPoints() {
        List<Iterate> it = run("parabola-fit");
        assertEquals(284, it.get(0).value(), 1e-9);
        row(it, 1, new double[] {-0.54, 0.52}, 84.87, 1e-2);
        row(it, 2, new double[] {-1.36, 0.29}, 28.68, 1e-2); // two decimals
        assertArrayEquals(new double[] {-2.9981, 1.9948}, it.get(200).point(), 1e-4);
    }

    @Test
    void line9714TheParabolasDataObjectiveIsTheBooksSumAndGivesTheSameClassicTable() {
        DescentPreset p = DescentPreset.byId("parabola-fit");
        assertEquals("parabola", p.problem());
        assertArrayEquals(new double[] {2, 0, 4, 1}, p.data().xs()); // A1(2, 0), A2(0, 2), A3(4, 6), A4(1, 0)
        assertArrayEquals(new double[] {0, 2, 6, 0}, p.data().ys());
        assertEquals(0, p.batchSize(), "classic descent: all four points at each step");
        List<Iterate> it = runData("parabola-fit");
        assertEquals(284, it.get(0).value(), 1e-9);
        row(it, 1, new double[] {-0.54, 0.52}, 84.87, 1e-2);
        row(it, 2, new double[] {-1.36, 0.29}, 28.68, 1e-2);
        assertArrayEquals(new double[] {-2.9981, 1.9948}, it.get(200).point(), 1e-4);
    }

    @Test
    void line9722TheStochasticDescentThroughE1E2E3E4InTheirOrder() {
        DescentPreset p = DescentPreset.byId("parabola-sgd");
        assertEquals(1, p.batchSize());
        assertEquals(false, p.shuffled(), "the book takes E_(k%N)+1: the data's order");
        assertEquals(800, p.steps());
        List<Iterate> it = runData("parabola-sgd");
        // the book's table (a'_k, b'_k) and E(a'_k, b'_k), cut to two decimals (b'_3 = 0.6075 is written 0.60)
        double[][] book = {{1, 1}, {0.72, 0.86}, {0.72, 0.88}, {-0.38, 0.60}, {-0.40, 0.58}, {-0.55, 0.50},
            {-0.55, 0.53}, {-1.22, 0.37}, {-1.22, 0.36}};
        double[] e = {284, 236.43, 237.41, 100.74, 97.917, 83.245, 83.913, 36.48, 36.29};
        for (int k = 0; k < book.length; k++) {
            assertArrayEquals(book[k], it.get(k).point(), 0.0101, "k = " + k);
            assertEquals(e[k], it.get(k).value(), 0.006 * e[k], "E at k = " + k);
        }
        assertArrayEquals(new double[] {-2.9984, 1.9954}, it.get(800).point(), 1e-4);
        // the first step by hand: grad E1(1, 1) = 2·(4 + 2 + 1 − 0)·(2, 1) = (28, 14)
        assertArrayEquals(new double[] {1 - 0.28, 1 - 0.14}, it.get(1).point(), 1e-12);
        assertEquals(List.of(0), DescentPreset.byId("parabola-compare").comparedBatches(), "against all four points");
    }

    @Test
    void line9553ThePlaneThroughThreePointsIsZEqualsXPlus2YPlus3() {
        DescentPreset p = DescentPreset.byId("plane-3");
        assertArrayEquals(new double[] {3, 4, 5}, p.data().zs());
        assertArrayEquals(new double[] {0, 0, 0}, p.start());
        assertEquals(0.2, p.step());
        List<Iterate> it = runData("plane-3");
        // E(0, 0, 0) = 9 + 16 + 25 and its gradient −2·(Σ x_i z_i, Σ y_i z_i, Σ z_i) = (−8, −10, −24)
        assertEquals(50, it.get(0).value(), 1e-12);
        assertArrayEquals(new double[] {-8, -10, -24}, it.get(0).gradient(), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3}, it.get(p.steps()).point(), 1e-4);
    }

    @Test
    void line9563ThePlaneNearestFivePoints() {
        List<Iterate> it = runData("plane-5");
        double[] abc = it.get(DescentPreset.byId("plane-5").steps()).point();
        // the book's −1.22, 0.77, 2.33 are the least-squares plane's −11/9, 7/9, 7/3 cut to two decimals
        assertArrayEquals(new double[] {-11.0 / 9, 7.0 / 9, 7.0 / 3}, abc, 1e-6);
        assertArrayEquals(new double[] {-1.22, 0.77, 2.33}, abc, 0.01);
        assertEquals(14.44, it.get(it.size() - 1).value(), 0.005);
        assertEquals(1.88, PlaneFit.plane(abc, 1, 1), 0.01, "the book's z at (1, 1)");
        // the command line's sum formula is the same E
        List<Iterate> formula = run("plane-5");
        assertArrayEquals(abc, formula.get(formula.size() - 1).point(), 1e-9);
    }

    @Test
    void line10016TheSixPointsCircleWithTheFourBatchSizesForTenEpochs() {
        DescentPreset p = DescentPreset.byId("circle-6-compare");
        assertEquals(1, p.batchSize());
        assertEquals(List.of(2, 3, 6), p.comparedBatches());
        assertEquals(60, p.steps(), "10 epochs of six single points");
        assertArrayEquals(new double[] {1, 1, 2}, p.start());
        DescentPreset hundred = DescentPreset.byId("circle-100-compare");
        assertEquals(List.of(10, 20), hundred.comparedBatches());
        assertEquals(200, hundred.steps(), "two epochs of a hundred single points");
    }

    @Test
    void line9999TheCircleThroughSixPointsFromOneOneTwo() {
        DescentPreset p = DescentPreset.byId("circle-6-k6");
        assertArrayEquals(new double[] {1, 1, 2}, p.start());
        assertEquals(0.01, p.step());
        for (int i = 0; i < 6; i++) {
            double dx = p.data().xs()[i] - 3;
            double dy = p.data().ys()[i] - 2;
            assertEquals(1, dx * dx + dy * dy, 1e-12); // on the circle of centre (3, 2) and radius 1
        }
        // the whole data for longer than the preset's 10 epochs: the book's answer (3, 2) and 1
        CircleFit loss = new CircleFit(p.data(), 0, 1);
        Descent d = new Descent(loss, new GradientDescent(0.01), StepSchedule.constant(0.01),
                StoppingRules.steps(2000), p.start());
        d.run();
        assertArrayEquals(new double[] {3, 2, 1}, CircleFit.circle(d.last().point()), 1e-3);
        assertEquals(List.of(1, 2, 3, 6), List.of(1, 2, 3, 6).stream()
                .map(k -> DescentPreset.byId("circle-6-k" + k).batchSize()).toList());
    }

    @Test
    void line10047HundredPointsAroundTheCircleOfCentreOneTwoRadiusThree() {
        DescentPreset p = DescentPreset.byId("circle-100-k10");
        assertEquals(100, p.data().size());
        assertArrayEquals(new double[] {1, 1, 1}, p.start());
        assertEquals(0.001, p.step());
        CircleFit loss = new CircleFit(p.data(), 10, 3);
        Descent d = new Descent(loss, new GradientDescent(0.001), StepSchedule.constant(0.001),
                StoppingRules.steps(p.steps()), p.start());
        d.run();
        assertEquals(2, loss.epoch()); // two epochs, as the book
        assertArrayEquals(new double[] {1, 2, 3}, CircleFit.circle(d.last().point()), 0.2);
    }

    @Test
    void everyPresetHasItsBookLineAWindowAroundItsStartAndANameInBothLanguages() {
        Set<String> ids = new HashSet<>();
        for (DescentPreset p : DescentPreset.all()) {
            assertTrue(ids.add(p.id()), p.id());
            if (p.book().chapter() == 3) { // the perpendicular regression of ch. 3 (lines 2791–3418)
                assertTrue(p.book().line() >= 2791 && p.book().line() < 3418, p.id());
            } else {
                assertEquals(8, p.book().chapter(), p.id());
                assertTrue(p.book().line() >= 8824 && p.book().line() < 10174, p.id());
            }
            double[] w = p.window();
            double[] s = p.start();
            if (s.length == 1) {
                assertTrue(w[0] <= s[0] && s[0] <= w[1], p.id() + ": the curve's x range holds a0");
            } else if (!p.problem().equals("circle") && !p.problem().equals("plane")) {
                assertTrue(w[0] <= s[0] && s[0] <= w[1] && w[2] <= s[1] && s[1] <= w[3], p.id());
            }
            assertTrue(p.step() <= 2, p.id() + ": the δ slider reaches " + p.step());
            assertTrue(!deepmath.app.cli.PresetNames.of(p, java.util.Locale.ENGLISH).equals(p.id())
                    && !deepmath.app.cli.PresetNames.of(p, java.util.Locale.FRENCH).equals(p.id()), p.id() + " is named in the bundle");
        }
    }
}
