package deepmath.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static double eval(String text, double x, double y) {
        Formula f = Formula.parse(text);
        return f.withValues(Map.of("x", x, "y", y)).compile().value(new double[0]);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "1 + 2 * 3; 7",
        "(1 + 2) * 3; 9",
        "2^3^2; 512",
        "-2^2; -4",
        "(-2)^2; 4",
        "2**3; 8",
        "10 - 4 - 3; 3",
        "12 / 3 / 2; 2",
        "2x + 3y^2 + 1; 17",
        "3(x + 1); 9",
        "x^-1; 0.5",
        "-x*-y; 4",
        "1.5e2 + .5; 150.5",
        "pi; 3.141592653589793",
        "e^1; 2.718281828459045",
        "min(x, y) + max(x, y); 4",
        "heaviside(0) + heaviside(-1e-9); 1",
        "relu(-3) + relu(3); 3",
        "sqrt(abs(-16)); 4",
        "ln(e^3) + log(1); 3",
        "2e; 5.43656365691809",
    })
    void evaluatesWithTheUsualPrecedence(String text, double expected) {
        assertEquals(expected, eval(text, 2, 2), 1e-12);
    }

    @Test
    void variablesAreListedAlphabeticallyAndAnyNameWorks() {
        Formula f = Formula.parse("b*y + a*x^2 + alpha");
        assertEquals(List.of("a", "alpha", "b", "x", "y"), f.variables());
    }

    @ParameterizedTest(name = "\"{0}\" fails at column {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "x +; 4; a number, a name or '('",
        "(x + 1; 7; ')'",
        "x ** * 2; 6; a number, a name or '('",
        "2 * ) ; 5; a number, a name or '('",
        "x y; 3; an operator (+ - * / ^) or the end of the formula",
        "sin x; 4; '(' after the function sin",
        "foo(x); 1; unknown function 'foo' (known: sin, cos, tan, exp, ln, log, sqrt, abs, tanh, sigmoid, relu, heaviside, gelu, gelu_tanh, gelu_sigmoid, erf, min, max)",
        "min(x); 1; min takes 2 arguments, not 1",
        "x $ 2; 3; an operator (+ - * / ^) or the end of the formula",
    })
    void reportsTheColumnAndWhatWasExpected(String text, int column, String expected) {
        ParseException e = assertThrows(ParseException.class, () -> Formula.parse(text));
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(expected, e.expected());
        assertTrue(e.getMessage().startsWith("Column " + column + ": "), e.getMessage());
    }

    @Test
    void emptyFormulaIsRefused() {
        ParseException e = assertThrows(ParseException.class, () -> Formula.parse("   "));
        assertEquals(1, e.column());
    }

    @Test
    void geluAndErfMatchKnownValues() {
        // erf(1) = 0.8427007929497149 (tables); gelu(1) = Φ(1) = 0.8413447460685429.
        assertEquals(0.8427007929497149, eval("erf(1)", 0, 0), 1e-15);
        assertEquals(0.9999779095030014, eval("erf(3)", 0, 0), 1e-15);
        assertEquals(-0.9953222650189527, eval("erf(-2)", 0, 0), 1e-15);
        assertEquals(0.8413447460685429, eval("gelu(1)", 0, 0), 1e-15);
        assertEquals(-0.04550026389635842, eval("gelu(-2)", 0, 0), 1e-15);
    }
}
