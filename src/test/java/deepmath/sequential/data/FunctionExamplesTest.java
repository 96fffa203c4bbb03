package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionExamplesTest {
    private static final DataSource SOURCE = DataSource.standard();

    private static double f(double x) {
        return Math.cos(2 * x) + x * Math.sin(3 * x) + Math.sqrt(x) - 2;
    }

    /** Line 11460: f(x) = cos 2x + x sin 3x + √x − 2 on [0, 5]; line 11511: N = 100, np.linspace(0, 5, 100). */
    @Test
    void theBookFunctionOfOneVariableIsAHundredPointsFromZeroToFive() {
        Examples e = SOURCE.train("function:book-one-variable");
        assertEquals(100, e.count());
        assertEquals(List.of(1), e.shape());
        assertFalse(e.isClassification());
        assertEquals(0f, e.inputs()[0][0]);
        assertEquals(5f, e.inputs()[99][0]);
        assertEquals((float) (5.0 / 99), e.inputs()[1][0]);
        assertEquals(-1f, e.targets()[0][0], 1e-6); // cos 0 + 0 + 0 − 2
        for (int i = 0; i < 100; i += 11) {
            assertEquals(f(5.0 * i / 99), e.targets()[i][0], 1e-5, "x = " + e.inputs()[i][0]);
        }
        assertEquals(f(5), e.targets()[99][0], 1e-5);
    }

    /**
     * Line 11935: x cos y on [−4, 4]²; line 11982: n = 25, meshgrid(VX, VY) then reshape(-1, 1): x varies fastest,
     * 625 points.
     */
    @Test
    void theBookFunctionOfTwoVariablesIsA25By25GridWithXFastest() {
        Examples e = SOURCE.train("function:book-two-variables");
        assertEquals(625, e.count());
        assertEquals(List.of(2), e.shape());
        assertArrayEquals(new float[] {-4f, -4f}, e.inputs()[0]);
        assertArrayEquals(new float[] {-4f + 8f / 24, -4f}, e.inputs()[1], 1e-6f);
        assertArrayEquals(new float[] {-4f, -4f + 8f / 24}, e.inputs()[25], 1e-6f);
        assertArrayEquals(new float[] {4f, 4f}, e.inputs()[624]);
        for (int k = 0; k < 625; k += 37) {
            float x = e.inputs()[k][0];
            float y = e.inputs()[k][1];
            assertEquals(x * Math.cos(y), e.targets()[k][0], 1e-5);
        }
    }

    @Test
    void aTypedFormulaAndRange() {
        Examples e = SOURCE.train("function:x^2:-1,1,5");
        assertArrayEquals(new float[] {1f, 0.25f, 0f, 0.25f, 1f},
                new float[] {e.targets()[0][0], e.targets()[1][0], e.targets()[2][0], e.targets()[3][0], e.targets()[4][0]});
        Examples angles = SOURCE.train("function:sin(x):-pi,pi/2,4");
        assertEquals((float) -Math.PI, angles.inputs()[0][0]);
        assertEquals((float) (Math.PI / 2), angles.inputs()[3][0]);
        assertEquals(-1f, angles.targets()[1][0], 1e-6); // x = −π/2
        // a function of y alone on a grid is a function of two variables
        Examples g = SOURCE.train("function:y:0,1,0,2,3");
        assertEquals(9, g.count());
        assertEquals(2f, g.targets()[8][0]);
        assertEquals(1f, g.targets()[3][0]);
    }

    @Test
    void badFormulasAndRangesAreRefusedInOneLine() {
        assertEquals("the formula sqrt(x) is not defined at x = -1.0",
                refusal("function:sqrt(x):-1,1,3"));
        assertEquals("the formula x*y uses x, y; with this range it may use only x", refusal("function:x*y:0,1,10"));
        assertEquals("the range '0,1' must be a,b,n (x from a to b, n points) or xmin,xmax,ymin,ymax,n (an n × n grid),"
                + " n from 2 to 1000", refusal("function:x:0,1"));
        assertEquals("the range '0,1,1' must be a,b,n (x from a to b, n points) or xmin,xmax,ymin,ymax,n"
                + " (an n × n grid), n from 2 to 1000", refusal("function:x:0,1,1"));
        assertEquals("the range '0,1,2.5' must be a,b,n (x from a to b, n points) or xmin,xmax,ymin,ymax,n"
                + " (an n × n grid), n from 2 to 1000", refusal("function:x:0,1,2.5"));
        assertEquals("the range '0,x,10' must be a,b,n (x from a to b, n points) or xmin,xmax,ymin,ymax,n"
                + " (an n × n grid), n from 2 to 1000", refusal("function:x:0,x,10"));
        assertEquals("the range '1,0,10': each minimum must be below its maximum", refusal("function:x:1,0,10"));
        assertEquals("a function is written function:FORMULA:RANGE, e.g. function:x*cos(y):-4,4,-4,4,25, got 'cos(x)'",
                refusal("function:cos(x)"));
        assertEquals("function: what to read is missing after the colon, e.g. function:x*cos(y):-4,4,-4,4,25",
                refusal("function:"));
    }

    private static String refusal(String data) {
        return assertThrows(BadInputException.class, () -> SOURCE.read(data)).getMessage();
    }
}
