package deepmath.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.expr.Formula;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The function presets against the book: Newton's iterates from the book's x0, the distance problems' minima. */
class BookFunctionsTest {

    private static FunctionPreset preset(String id) {
        return BookFunctions.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<NewtonRoot.Step> newton(String id, int steps) {
        FunctionPreset p = preset(id);
        return NewtonRoot.iterate(Formula.parse(p.formula()), p.start()[0], steps, 0);
    }

    @Test
    void line2398NewtonForTheCubeRootOf100FromTen() {
        List<NewtonRoot.Step> it = newton("newton-cube", 6);
        assertEquals(10, it.get(0).x());
        assertEquals(900, it.get(0).fx(), 1e-9);
        assertEquals(300, it.get(0).slope(), 1e-9);
        assertEquals(7, it.get(0).next(), 1e-12);
        assertEquals(262.0 / 49, it.get(1).next(), 1e-12);
        assertEquals(4.7305, it.get(2).next(), 1e-4);
        assertEquals(4.6432, it.get(3).next(), 1e-4);
        assertEquals(4.6415894, it.get(4).next(), 1e-7);
        assertEquals(4.641588833612, it.get(5).next(), 1e-12);
    }

    @Test
    void line2504NewtonOnTwoXMinusCosXFromZero() {
        List<NewtonRoot.Step> it = newton("newton-cos", 4);
        assertEquals(0.5, it.get(0).next(), 1e-12);
        assertEquals(0.4506266930, it.get(1).next(), 1e-10);
        assertEquals(0.4501836475, it.get(2).next(), 1e-10);
        assertEquals(0.4501836112, it.get(3).next(), 1e-10);
        double l = it.get(3).next();
        assertEquals(0.7675344248, l * l - Math.sin(l) + 1, 1e-10); // g(ℓ)
    }

    @Test
    void line2522NewtonFromTenReachesTheSameRoot() {
        List<NewtonRoot.Step> it = newton("newton-cos-10", 7);
        assertEquals(-4.3127566511, it.get(0).next(), 1e-10);
        assertEquals(-1.4932228819, it.get(1).next(), 1e-10);
        assertEquals(1.5615319504, it.get(2).next(), 1e-10);
        assertEquals(0.5235838839, it.get(3).next(), 1e-10);
        assertEquals(0.4501836112, it.get(6).next(), 1e-10);
        FunctionPreset p = preset("newton-cos-10");
        for (NewtonRoot.Step s : it) {
            assertTrue(p.xMin() <= s.x() && s.x() <= p.xMax(), "the window holds every iterate, x = " + s.x());
        }
    }

    @Test
    void line1931TheErrorParabolaOfThePointOnTheLineYEqualsX() {
        FunctionPreset p = preset("error-parabola");
        var e = Formula.parse(p.formula()).compile();
        for (double x : new double[] {0, 1, 2.5, 4}) {
            assertEquals(6 * x * x - 22 * x + 27, e.value(new double[] {x}), 1e-12); // a = 6, b = −22, c = 27
        }
        assertEquals(11.0 / 6, p.start()[0], 1e-15);
        assertEquals(41.0 / 6, e.value(p.start()), 1e-12); // the least error
    }

    @Test
    void line3023TheSumOfSquaredDistancesToTheBooksThreePoints() {
        var f = Formula.parse(preset("distances-squared").formula()).compile();
        assertEquals(64.0 / 3, f.value(new double[] {10.0 / 3, 8.0 / 3}), 1e-12); // minimum at the centre of gravity
        for (double[] p : new double[][] {{1, 1}, {3, 3}, {4, 2}, {0, 0}}) {
            // the book's expanded form 3x² + 3y² − 20x − 16y + 76
            assertEquals(3 * p[0] * p[0] + 3 * p[1] * p[1] - 20 * p[0] - 16 * p[1] + 76, f.value(p), 1e-12);
        }
    }

    @Test
    void line3161TheTrueDistancesHaveTheirMinimumNearTwoNineOneTwoNineSeven() {
        var g = Formula.parse(preset("distances").formula()).compile();
        double best = Double.POSITIVE_INFINITY;
        double bx = 0;
        double by = 0;
        FunctionPreset p = preset("distances");
        for (int i = 0; i <= 100; i++) { // the book's N = 100 grid of [0, 6]²
            for (int j = 0; j <= 100; j++) {
                double x = p.xMin() + (p.xMax() - p.xMin()) * i / 100;
                double y = p.yMin() + (p.yMax() - p.yMin()) * j / 100;
                double v = g.value(new double[] {x, y});
                if (v < best) {
                    best = v;
                    bx = x;
                    by = y;
                }
            }
        }
        assertEquals(7.84, best, 5e-3);
        assertEquals(2.91, bx, 0.07);
        assertEquals(2.97, by, 0.07);
        assertEquals(0, p.xMin());
        assertEquals(6, p.yMax());
    }

    @Test
    void line6754AndLine7152TheGradientOfChapter7AtTheBooksPoints() {
        FunctionPreset x2y3 = preset("x2y3");
        double[] g = deepmath.expr.Derivatives.reverseGradient(Formula.parse(x2y3.formula()), x2y3.start());
        assertEquals(4, g[0], 1e-12); // grad f(2, 1) = (4, 12)
        assertEquals(12, g[1], 1e-12);
        FunctionPreset x2y = preset("x2y");
        var f = Formula.parse(x2y.formula());
        double[] d = deepmath.expr.Derivatives.reverseGradient(f, x2y.start());
        double tangent = f.compile().value(x2y.start()) + d[0] * 2e-3 + d[1] * -3e-3; // f(1 + h, 1 + k) ≈ f + 2h + k
        assertEquals(1.001, tangent, 1e-12);
        assertEquals(1.000992, f.compile().value(new double[] {1.002, 0.997}), 1e-7); // the book rounds 1.000991988
    }

    @Test
    void everyPresetParsesHasItsChapterAndLineAndAWindowHoldingItsStart() {
        Set<String> ids = new HashSet<>();
        for (FunctionPreset p : BookFunctions.all()) {
            assertTrue(ids.add(p.id()), p.id());
            Formula.parse(p.formula());
            assertTrue(p.book().line() > 139, p.id());
            if (p.start() != null) {
                assertTrue(p.xMin() <= p.start()[0] && p.start()[0] <= p.xMax(), p.id());
            }
            assertTrue(!p.nameEn().equals(p.id()) && !p.nameFr().equals(p.id()), p.id() + " has names in the bundle");
        }
    }
}
