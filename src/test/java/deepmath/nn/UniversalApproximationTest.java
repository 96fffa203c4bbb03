package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

/** The universal-approximation networks of ch. 5 §5 and ch. 6 line 6254, against the staircase computed directly. */
class UniversalApproximationTest {

    private static double book(double x) { // line 6266: cos(2x) + x sin(3x) + x^0.5
        return Math.cos(2 * x) + x * Math.sin(3 * x) + Math.sqrt(x);
    }

    @Test
    void theBooksExampleOfLine6254HasTwoNNeuronsAndHeightFOfXiOnEachPiece() {
        for (int n : new int[] {5, 10, 20, 50, 100}) { // the book's n, line 6284
            Network net = new UniversalApproximation(ApproximationTarget.BOOK_6254, n).network();
            assertEquals(2 * n, net.layer(0).neurons());
            assertEquals(Activation.HEAVISIDE, net.layer(0).activation());
            assertEquals(Activation.IDENTITY, net.layer(1).activation());
            double h = 8.0 / n;
            for (int i = 0; i < n; i++) {
                double xi = 2 + i * h;
                assertEquals(book(xi), net.output(xi + h / 3)[0], 1e-9, "n = " + n + ", step " + i);
                // the book's créneau of line 5389: H(x/xᵢ − 1), weight 1/xᵢ and bias −1
                assertEquals(1 / xi, net.layer(0).weight(2 * i, 0), 1e-12);
                assertEquals(-1, net.layer(0).bias(2 * i));
            }
            assertEquals(0, net.output(1.9)[0], 1e-9); // nothing outside [2, 10]
            assertEquals(0, net.output(10.1)[0], 1e-9);
        }
    }

    @Test
    void theStairsPresetIsTheBooksTwentySteps() {
        assertArrayEquals(UniversalApproximation.book().network().parameters(),
                BookNetworks.byKey("stairs").network().parameters());
        assertEquals(20, UniversalApproximation.book().steps());
    }

    @Test
    void atAJunctionTheTwoCreneauxAddUpAsTheBookWarnsAtLine5613() {
        Network net = new UniversalApproximation(ApproximationTarget.BOOK_6254, 4).network(); // x = 2, 4, 6, 8, 10
        assertEquals(book(2) + book(4), net.output(4)[0], 1e-9);
    }

    @Test
    void theErrorIsTheStaircasesDistanceToFComputedDirectly() {
        for (int n : new int[] {5, 20, 100}) {
            UniversalApproximation u = new UniversalApproximation(ApproximationTarget.BOOK_6254, n);
            UniversalApproximation.Error e = u.error(u.network());
            // the staircase without any network: f(x) − f(xᵢ) with xᵢ the left end of x's piece, at the same points
            int m = 2 * n * (int) Math.ceil(2000 / (2.0 * n));
            double max = 0;
            double sum = 0;
            for (int k = 0; k < m; k++) {
                double x = 2 + (k + 0.5) * 8 / m;
                int i = (int) Math.floor((x - 2) / (8.0 / n));
                double d = Math.abs(book(x) - book(2 + i * 8.0 / n));
                max = Math.max(max, d);
                sum += d;
            }
            assertEquals(max, e.max(), 1e-9, "n = " + n);
            assertEquals(sum / m, e.mean(), 1e-9, "n = " + n);
        }
    }

    @Test
    void theErrorFallsAsNGrowsOverTheBooksValuesOfN() {
        ApproximationTarget book = ApproximationTarget.BOOK_6254;
        int[] ns = UniversalApproximation.curveSteps(book);
        UniversalApproximation.Error[] curve = UniversalApproximation.errorCurve(book);
        assertEquals(ns.length, curve.length);
        java.util.Map<Integer, UniversalApproximation.Error> at = new java.util.HashMap<>();
        for (int k = 0; k < ns.length; k++) {
            at.put(ns[k], curve[k]);
        }
        int[] bookNs = {5, 10, 20, 50, 100}; // line 6284
        for (int k = 1; k < bookNs.length; k++) {
            assertTrue(at.get(bookNs[k]).mean() < at.get(bookNs[k - 1]).mean(), "mean at n = " + bookNs[k]);
            if (k > 1) { // from 5 to 10 steps the largest error stays ≈ 16: x sin 3x swings faster than the steps
                assertTrue(at.get(bookNs[k]).max() < at.get(bookNs[k - 1]).max(), "max at n = " + bookNs[k]);
            }
        }
        // a step's error is at most h · max |f'|, and |f'| ≤ 2 + 1 + 3·10 + 1/(2√2) < 34 on [2, 10]
        assertTrue(at.get(100).max() < 0.08 * 34);
        assertTrue(at.get(5).max() > 10); // five steps are far from f, as the book's first picture shows
    }

    @Test
    void aSineFromZeroUsesTheSameStepsWrittenWithoutDividingByZero() {
        UniversalApproximation u = new UniversalApproximation(ApproximationTarget.SINE, 8);
        Network net = u.network();
        double h = 2 * Math.PI / 8;
        for (int i = 0; i < 8; i++) {
            assertEquals(Math.sin(i * h), net.output(i * h + h / 2)[0], 1e-9);
        }
        assertEquals(1, net.layer(0).weight(0, 0)); // x₀ = 0: H(x − 0)
        assertTrue(u.error(net).max() < h + 1e-9); // |sin'| ≤ 1
    }

    @Test
    void towersTakeFAtTheCentreOfEachSquareAndTheirErrorFallsWithN() {
        UniversalApproximation u = new UniversalApproximation(ApproximationTarget.WAVES, 6);
        Network net = u.network();
        double h = 1;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double cx = -3 + (i + 0.5) * h;
                double cy = -3 + (j + 0.5) * h;
                assertEquals(Math.sin(cx) * Math.cos(cy), net.output(cx + 0.2, cy - 0.3)[0], 1e-12);
            }
        }
        assertEquals(0, net.output(-3.2, 0)[0], 1e-12);
        assertEquals(14, net.layer(0).neurons()); // the lines x = aᵢ and y = aⱼ, i, j = 0 … 6
        assertEquals(36, net.layer(1).neurons()); // one tower per square
        UniversalApproximation.Error[] curve = UniversalApproximation.errorCurve(ApproximationTarget.HILL);
        assertEquals(12, curve.length); // n = 1 … 12
        for (int k = 1; k < 12; k++) {
            assertTrue(curve[k].max() < curve[k - 1].max() && curve[k].mean() < curve[k - 1].mean(), "n = " + (k + 1));
        }
        // the towers preset (the lab's) is the hill with 4 × 4 towers
        assertArrayEquals(new UniversalApproximation(ApproximationTarget.HILL, 4).network().parameters(),
                BookNetworks.byKey("towers").network().parameters());
    }

    @Test
    void nOutsideItsRangeOrAnUnknownFunctionIsRefused() {
        assertThrows(BadInputException.class, () -> new UniversalApproximation(ApproximationTarget.BOOK_6254, 0));
        assertThrows(BadInputException.class, () -> new UniversalApproximation(ApproximationTarget.BOOK_6254, 101));
        assertThrows(BadInputException.class, () -> new UniversalApproximation(ApproximationTarget.HILL, 13));
        BadInputException e = assertThrows(BadInputException.class, () -> ApproximationTarget.byKey("cosh"));
        assertTrue(e.getMessage().contains("book-6254"), e.getMessage());
    }
}
