package deepmath.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The curves overlaid on the curve view: lists and families. */
class CurveListTest {

    @Test
    void line2762TheBooksFourSigmoidsOneOverOnePlusExpMinusKxForKFromOneToFour() {
        List<CurveList.Curve> curves = CurveList.parse("1/(1+exp(-k*x)), k = 1..4");
        assertEquals(4, curves.size());
        for (int k = 1; k <= 4; k++) {
            CurveList.Curve c = curves.get(k - 1);
            assertEquals("k = " + k, c.label());
            assertEquals(List.of("x"), c.formula().variables());
            assertEquals(1 / (1 + Math.exp(-k * 0.7)), c.formula().compile().value(new double[] {0.7}), 1e-15);
        }
    }

    @Test
    void aListOfFormulasSeparatedBySemicolonsAndAFamilyTogether() {
        List<CurveList.Curve> curves = CurveList.parse("x; x - x^3/6 ;; sigmoid(k*x), k = -1..1");
        assertEquals(List.of("x", "x - x^3/6", "k = -1", "k = 0", "k = 1"),
                curves.stream().map(CurveList.Curve::label).toList());
        assertEquals(0.5 - 0.125 / 6, curves.get(1).formula().compile().value(new double[] {0.5}), 1e-15);
        assertEquals(List.of(), CurveList.parse("  "));
        // a comma inside a call is not a family
        assertEquals(1, CurveList.parse("max(x, 0)").size());
    }

    @Test
    void badFamiliesAreRefusedNamingWhatIsWrong() {
        BadInputException range = assertThrows(BadInputException.class, () -> CurveList.parse("k*x, k = 4..1"));
        assertEquals(CalculusProblem.CURVE_FAMILY, range.inputProblem());
        BadInputException name = assertThrows(BadInputException.class, () -> CurveList.parse("a*x, k = 1..4"));
        assertEquals(CalculusProblem.FAMILY_NAME, name.inputProblem());
        assertThrows(BadInputException.class, () -> CurveList.parse("k*x, k = 1..100"));
        assertThrows(BadInputException.class, () -> CurveList.parse("x +"));
    }

    @Test
    void line2731TheBooksSixPointsPlottedOneByOne() {
        // X = np.array([0,1,2,3,4,5]), Y = np.array([0,1,4,1,3,2]), beside a formula
        List<CurveList.Curve> curves = CurveList.parse("x/2; [0,1,2,3,4,5], [0,1,4,1,3,2]");
        assertEquals(2, curves.size());
        org.junit.jupiter.api.Assertions.assertFalse(curves.get(0).isPoints());
        CurveList.Curve points = curves.get(1);
        org.junit.jupiter.api.Assertions.assertTrue(points.isPoints());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, points.xs());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0, 1, 4, 1, 3, 2}, points.ys());
        assertEquals("[0,1,2,3,4,5], [0,1,4,1,3,2]", points.label());
        CurveList.Curve spaced = CurveList.parse(" [ -0.5 , 1 ] , [ 2.5e3, 0 ] ").get(0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {-0.5, 1}, spaced.xs());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {2500, 0}, spaced.ys());
    }

    @Test
    void pointListsOfDifferentLengthsOrWithoutNumbersAreRefusedNamingTheItem() {
        for (String bad : new String[] {"[0, 1, 2], [0, 1]", "[0, 1], [a, 1]", "[], []", "[0, 1]", "[0, nan], [1, 2]",
                "[0, 1], [1, 2], [3, 4]"}) {
            BadInputException e = assertThrows(BadInputException.class, () -> CurveList.parse(bad), bad);
            assertEquals(CalculusProblem.POINT_LISTS, e.inputProblem(), bad);
        }
    }
}
