package deepmath.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Long formulas work, deep ones are refused with the limit: never a StackOverflowError. */
class FormulaLimitsTest {

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    @Test
    void aFlatSumOf5000TermsEvaluatesAndDifferentiates() {
        // f = Σ_{k=1..5000} (k x² + y/k): f = S x² + H y, ∇f = (2 S x, H), H_f = [[2 S, 0], [0, 0]]
        StringBuilder text = new StringBuilder();
        double s = 0;
        double h = 0;
        for (int k = 1; k <= 5000; k++) {
            text.append(k > 1 ? " + " : "").append(k).append("*x^2 + y/").append(k);
            s += k;
            h += 1.0 / k;
        }
        Formula f = Formula.parse(text.toString());
        assertEquals(List.of("x", "y"), f.variables());
        double[] p = {0.5, 2};
        Derivatives d = Derivatives.at(f, p);
        assertEquals(s * 0.25 + h * 2, d.value(), 1e-6 * s);
        assertArrayEquals(new double[] {2 * s * 0.5, h}, d.gradient(), 1e-6 * s);
        assertArrayEquals(d.gradient(), Derivatives.forwardGradient(f, p), 1e-6 * s);
        assertArrayEquals(new double[] {2 * s, 0}, d.hessian()[0], 1e-6 * s);
        assertEquals(0, d.hessian()[1][1]);
        assertEquals(s * 0.25 + h * 2, f.withValues(Map.of("y", 2.0)).valueAt(Map.of("x", 0.5)), 1e-6 * s);
    }

    @Test
    void aSumOf20000TermsIsATree20000DeepAndEveryPassWalksItWithoutRecursion() {
        String text = "x" + repeat("+x", 19_999);
        Formula f = Formula.parse(text);
        assertEquals(20_000, f.valueAt(Map.of("x", 1.0)));
        assertEquals(20_000, Derivatives.reverseGradient(f, new double[] {3})[0]);
        assertEquals(0, Derivatives.hessian(f, new double[] {3})[0][0]);
        Formula again = Formula.parse(text);
        assertEquals(f, again);
        assertEquals(f.hashCode(), again.hashCode());
        assertTrue(f.root().toString().startsWith("(((("), "printed without recursion");
        assertEquals(20_000, f.withValues(Map.of("x", 1.0)).compile().value(new double[0]));
    }

    @Test
    void nestingUpTo200LevelsWorksOneMoreIsRefusedNamingTheLimit() {
        assertEquals(3, Formula.parse(repeat("(", 200) + "x" + repeat(")", 200)).valueAt(Map.of("x", 3.0)));
        ParseException e = assertThrows(ParseException.class,
                () -> Formula.parse(repeat("(", 201) + "x" + repeat(")", 201)));
        assertEquals(202, e.column());
        assertTrue(e.getMessage().startsWith("Column 202: the formula nests more than 200 levels deep"
                + " (parentheses, functions, signs and powers) in \""), e.getMessage());
    }

    @Test
    void deepFunctionsSignsAndPowersAreRefusedOnOneShortLine() {
        for (String deep : List.of(repeat("sin(", 10_000) + "x" + repeat(")", 10_000), repeat("-", 50_000) + "x",
                "x" + repeat("^x", 20_000), repeat("2(", 5000) + "x" + repeat(")", 5000),
                repeat("(", 30_000) + repeat(")", 30_000))) {
            BadInputException e = assertThrows(BadInputException.class, () -> Formula.parse(deep));
            assertTrue(e.getMessage().contains("nests more than 200 levels deep"), e.getMessage());
            assertTrue(e.getMessage().length() < 200, e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }

    @Test
    void a100000ParenthesesFormulaIsRefusedByItsLength() {
        String text = repeat("(", 100_000) + "x" + repeat(")", 100_000);
        ParseException e = assertThrows(ParseException.class, () -> Formula.parse(text));
        assertTrue(e.getMessage().startsWith("Column 100001: the formula is 200001 characters long, more than the"
                + " 100000 the lab reads in \"...((((("), e.getMessage());
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void aLongFormulaIsQuotedAroundTheColumnOnly() {
        String text = "x" + repeat(" + x", 2000) + " + * y";
        ParseException e = assertThrows(ParseException.class, () -> Formula.parse(text));
        assertEquals(text.length() - 2, e.column());
        assertTrue(e.getMessage().endsWith(" + x + x + * y\""), e.getMessage());
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void aLineBreakOrControlCharacterIsNamedNotPrinted() {
        // found by FormulaPropertiesTest: the message printed the line break itself and took two lines
        ParseException e = assertThrows(ParseException.class, () -> Formula.parse("sin\nx"));
        assertEquals("Column 4: expected '(' after the function sin, found a line break in \"sin x\"", e.getMessage());
        assertEquals("Column 3: expected an operator (+ - * / ^) or the end of the formula, found the character"
                + " U+0007 in \"x \u0007\"", assertThrows(ParseException.class, () -> Formula.parse("x \u0007")).getMessage());
    }

    @Test
    void aVariableOutsideTheGivenOrderIsBadInput() {
        Formula f = Formula.parse("x + y");
        BadInputException e = assertThrows(BadInputException.class, () -> ComputationGraph.of(f.root(), List.of("x")));
        assertEquals("The formula uses the variable y, which is not among its variables [x]", e.getMessage());
    }
}
