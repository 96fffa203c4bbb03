package deepmath.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The shared strict readers: JSON (trailing text, repeated keys), exact integers, plain decimals. */
class StrictJsonTest {

    @Test
    void textAfterTheValueIsRefusedWithItsPosition() {
        BadInputException e = assertThrows(BadInputException.class, () -> StrictJson.parse("{\"a\": 1} x", "f.json"));
        assertEquals("f.json: text after the end of the JSON value at line 1, column 11", e.getMessage());
        // A second value is trailing text too.
        assertThrows(BadInputException.class, () -> StrictJson.parse("{\"a\": 1}{\"a\": 2}", "f.json"));
        assertEquals(1, StrictJson.parse("{\"a\": 1}\n  \n", "f.json").get("a").asInt(), "whitespace is fine");
    }

    @Test
    void aKeyGivenTwiceIsRefusedRatherThanTheLastOneWinning() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> StrictJson.parse("{\"inputs\": 2, \"inputs\": 3}", "n.json"));
        assertTrue(e.getMessage().startsWith("n.json: a key given twice ('inputs') at line 1"), e.getMessage());
    }

    @Test
    void parseErrorsCarryNoParserInternals() {
        BadInputException e = assertThrows(BadInputException.class, () -> StrictJson.parse("{\"a\": [1, 2}", "v.json"));
        assertEquals("v.json: not valid JSON at line 1, column 12", e.getMessage());
        BadInputException early = assertThrows(BadInputException.class, () -> StrictJson.parse("{\"a\": [1,", "v.json"));
        assertTrue(early.getMessage().endsWith("(it ends too early)"), early.getMessage());
        for (String message : new String[] {e.getMessage(), early.getMessage()}) {
            assertFalse(message.contains("Source") || message.contains("code ") || message.contains("Exception"),
                    message);
        }
    }

    @Test
    void integersAreReadExactlyNotWrappedAround() {
        JsonNode big = StrictJson.parse("4294967298", "x");
        assertEquals(2, big.asInt(), "what Jackson's asInt() makes of it");
        BadInputException e = assertThrows(BadInputException.class, () -> JsonFields.integer(big, "'inputs'", 1, 100));
        assertEquals("'inputs' must be an integer from 1 to 100, got 4294967298", e.getMessage());
        JsonNode huge = StrictJson.parse("18446744073709551617", "x");
        assertThrows(BadInputException.class, () -> JsonFields.longInteger(huge, "dim", 0, Long.MAX_VALUE));
        assertEquals(7, JsonFields.integer(StrictJson.parse("7.0", "x"), "n", 1, 10), "7.0 is the integer 7");
        assertThrows(BadInputException.class, () -> JsonFields.integer(StrictJson.parse("7.5", "x"), "n", 1, 10));
        assertThrows(BadInputException.class, () -> JsonFields.integer(StrictJson.parse("\"7\"", "x"), "n", 1, 10));
        assertThrows(BadInputException.class, () -> JsonFields.integer(StrictJson.parse("1e400", "x"), "n", 1, 10));
    }

    @Test
    void numbersAreCheckedForRangeAndFiniteness() {
        assertEquals(0.5, JsonFields.number(StrictJson.parse("0.5", "x"), "t", 0, 1));
        assertThrows(BadInputException.class, () -> JsonFields.number(StrictJson.parse("1e400", "x"), "t", 0, 1));
        assertThrows(BadInputException.class, () -> JsonFields.number(StrictJson.parse("\"0.5\"", "x"), "t", 0, 1));
        assertEquals("t must be between 0.0 and 1.0, got 2.0",
                assertThrows(BadInputException.class, () -> JsonFields.number(StrictJson.parse("2", "x"), "t", 0, 1))
                        .getMessage());
    }

    @Test
    void onlyPlainDecimalsAreNumbers() {
        for (String good : new String[] {"0", "-1.5", "+2", ".5", "5.", "1e-3", "2E+10", "007"}) {
            assertTrue(DecimalText.isNumber(good), good);
            assertEquals(Double.parseDouble(good), DecimalText.parse(good), good);
        }
        // All of these are accepted by Double.parseDouble.
        for (String bad : new String[] {"0x1p-1", "1f", "2d", "1.5F", "NaN", "Infinity", "-Infinity", "1e400",
                " 1", "1 ", "", "-", "e5", "1e", "1_000", "١"}) {
            assertFalse(DecimalText.isNumber(bad), bad);
            assertThrows(NumberFormatException.class, () -> DecimalText.parse(bad), bad);
        }
    }

    /** Found by SessionPropertiesTest: a session's "tab": "x,y\n1,2\n" was quoted back on three lines. */
    @Test
    void aRefusalQuotingTheUsersLineBreaksIsStillOneLine() {
        assertEquals("convolution: unknown tab 'x,y 1,2 '",
                new BadInputException("convolution: unknown tab 'x,y\n1,2\n'").getMessage());
        assertEquals("a b", new BadInputException("a\r\n  b\n", new RuntimeException()).getMessage());
    }
}
