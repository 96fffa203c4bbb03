package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.core.BadInputException;
import deepmath.core.StrictJson;
import deepmath.descent.DescentPreset;
import deepmath.descent.Iterate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The descent state without a window: a function of one variable is descended in one variable (the book's a² + 1,
 * line 8971), the book's batch comparisons step by equal data seen (lines 9722 and 10016), and the new settings
 * (shuffling, compared sizes, the plane's points) come back from a session.
 */
class DescentCurveAndBatchesTest {

    private static DescentState with(String presetId) {
        DescentState s = new DescentState();
        s.applyPreset(DescentPreset.byId(presetId));
        return s;
    }

    private static DescentState roundTrip(DescentState s) {
        DescentState fresh = new DescentState();
        DescentStateJson.prepare(StrictJson.parse(DescentStateJson.save(s).toString(), "t"), fresh).run();
        return fresh;
    }

    @Test
    void line8971TheBooksParabolaIsDescendedInOneVariable() {
        DescentState s = with("parabola");
        assertTrue(s.problem().isCurve(), "one variable: the curve view, not the map");
        assertFalse(s.problem().hasMap());
        assertEquals(List.of("a"), s.problem().parameters());
        assertArrayEquals(new double[] {2}, s.startProperty().get());
        s.stepTo(3);
        List<Iterate> its = s.primary().descent().iterates();
        // the book's a_k = 2, 1.2, 0.72, 0.432 and f′(a_k) = 2·a_k
        double[] book = {2, 1.2, 0.72, 0.432};
        for (int k = 0; k < book.length; k++) {
            assertArrayEquals(new double[] {book[k]}, its.get(k).point(), 1e-12, "a_" + k);
            assertArrayEquals(new double[] {2 * book[k]}, its.get(k).gradient(), 1e-12, "f′(a_" + k + ")");
        }
        // a click on the curve chooses a0 (its height is no coordinate)
        s.setStart(-1.5, 9);
        assertArrayEquals(new double[] {-1.5}, s.startProperty().get());
        s.stepTo(1);
        assertArrayEquals(new double[] {-1.5 * 0.6}, s.primary().descent().last().point(), 1e-12);
    }

    @Test
    void aTypedFormulaChoosesOneOrTwoVariablesAndTheStartFollows() {
        DescentState s = with("book-2-1");
        assertTrue(s.setFormula("x^4 - 2*x^3 + 4"));
        assertTrue(s.problem().isCurve());
        assertArrayEquals(new double[] {2}, s.startProperty().get(), "a0 keeps the first coordinate");
        assertTrue(s.setFormula("x^2 + 3*y^2"));
        assertFalse(s.problem().isCurve());
        assertArrayEquals(new double[] {2, 0}, s.startProperty().get(), "y0 the window's middle");
        s.stepTo(1);
        assertArrayEquals(new double[] {1.2, 0}, s.primary().descent().last().point(), 1e-12);
    }

    @Test
    void line9722StochasticAgainstClassicOnTheParabolaByEqualDataSeen() {
        DescentState s = with("parabola-compare");
        assertEquals(2, s.runs().size(), "stochastic (K = 1) and classic (all four points)");
        assertTrue(s.comparesBatches());
        s.stepTo(8);
        RaceRun stochastic = s.runs().get(0);
        RaceRun classic = s.runs().get(1);
        assertEquals(8, stochastic.descent().last().k());
        assertEquals(2, classic.descent().last().k(), "one classic step per four stochastic ones");
        assertArrayEquals(new double[] {-1.22, 0.36}, stochastic.descent().last().point(), 0.01); // book's row 8
        assertArrayEquals(new double[] {-1.36, 0.29}, classic.descent().last().point(), 0.01); // book's row 2
        assertEquals(2, stochastic.epochsAt(8), 1e-12);
        assertEquals(2, classic.epochsAt(2), 1e-12);
        s.stepTo(DescentPreset.byId("parabola-compare").steps());
        assertArrayEquals(new double[] {-2.9984, 1.9954}, stochastic.descent().last().point(), 1e-4); // a′800, b′800
        assertEquals(200, classic.descent().last().k());
        assertArrayEquals(new double[] {-2.9981, 1.9948}, classic.descent().last().point(), 1e-4); // a200, b200
    }

    @Test
    void line10016TheFourBatchSizesReachTenEpochsTogether() {
        DescentState s = with("circle-6-compare");
        assertEquals(List.of(1, 2, 3, 6), s.runs().stream().map(RaceRun::batch).toList());
        s.stepTo(60);
        for (RaceRun run : s.runs()) {
            assertEquals(10, run.epochsAt(run.descent().last().k()), 1e-12, "K = " + run.batch());
            assertEquals(60 / run.batch(), run.descent().last().k());
        }
        // the comparison goes with the data problems only: a formula has no batches
        s.applyPreset(DescentPreset.byId("book-2-1"));
        s.setComparedBatches(List.of(1, 2));
        assertFalse(s.comparesBatches());
        assertEquals(1, s.runs().size());
    }

    @Test
    void theComparedSizesTheShufflingAndTheStepsComeBackFromASession() {
        DescentState s = with("circle-6-compare");
        s.shuffleProperty().set(false);
        s.setComparedBatches(List.of(3, 0));
        s.stepTo(7);
        DescentState back = roundTrip(s);
        assertEquals(s, back, () -> s + "\n" + back);
        assertEquals(List.of(3, 0), back.comparedBatchesProperty().get());
        assertFalse(back.shuffleProperty().get());
        assertEquals(7, back.stepsDone());
        ObjectNode saved = DescentStateJson.save(s);
        saved.putArray("comparedBatches").add(4);
        assertThrows(BadInputException.class, () -> DescentStateJson.prepare(saved, new DescentState()),
                "a size the lab cannot show is refused, not dropped");
        saved.putArray("comparedBatches");
        saved.put("shuffle", "yes");
        assertThrows(BadInputException.class, () -> DescentStateJson.prepare(saved, new DescentState()));
    }

    @Test
    void aCurveAndThePlanesPointsComeBackFromASession() {
        DescentState curve = with("quartic-m0.5");
        curve.setStart(0.25, 0);
        curve.stepTo(12);
        assertEquals(curve, roundTrip(curve));
        DescentState plane = with("plane-5");
        plane.stepTo(30);
        DescentState back = roundTrip(plane);
        assertEquals(plane, back, () -> plane + "\n" + back);
        assertArrayEquals(new double[] {0, 5, 1, 0, 3}, back.dataProperty().get().zs());
        // a file of before the curve view: a one-variable formula with a start (x0, y0) opens at x0
        ObjectNode old = DescentStateJson.save(curve);
        old.putArray("start").add(0.25).add(0);
        DescentState opened = new DescentState();
        DescentStateJson.prepare(old, opened).run();
        assertEquals(curve, opened);
    }
}
