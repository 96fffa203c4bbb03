package deepmath.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Range-checked reads of JSON values. Jackson's {@code asInt()} wraps a large integer around
 * ({@code 4294967298} reads as 2) and turns anything else into 0; these read the exact value, check its type
 * and range, and refuse with one line naming the field.
 */
public final class JsonFields {
    private JsonFields() {
    }

    /** True when {@code node} is a JSON number with an integral value (2 or 2.0, not 2.5). */
    public static boolean isInteger(JsonNode node) {
        return node != null && node.isNumber() && (node.isIntegralNumber() || isWhole(node));
    }

    private static boolean isWhole(JsonNode node) {
        if (!Double.isFinite(node.doubleValue())) {
            return false;
        }
        BigDecimal value = node.decimalValue();
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** An integer in {@code [min, max]}; {@code what} names the field in the refusal (a text or a phrase). */
    public static int integer(JsonNode node, Object what, int min, int max) {
        return (int) longInteger(node, what, min, max);
    }

    /** A long integer in {@code [min, max]}. */
    public static long longInteger(JsonNode node, Object what, long min, long max) {
        if (!isInteger(node)) {
            throw new BadInputException(FileProblem.INTEGER, what, min, max, shownValue(node));
        }
        BigInteger value = node.isIntegralNumber() ? node.bigIntegerValue() : node.decimalValue().toBigInteger();
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new BadInputException(FileProblem.INTEGER, what, min, max, value);
        }
        return value.longValueExact();
    }

    /** A finite number in {@code [min, max]}. */
    public static double number(JsonNode node, Object what, double min, double max) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw new BadInputException(FileProblem.FINITE, what, shownValue(node));
        }
        double value = node.doubleValue();
        if (value < min || value > max) {
            throw new BadInputException(FileProblem.BETWEEN, what, min, max, value);
        }
        return value;
    }

    /** A finite number (any magnitude a double holds). */
    public static double finite(JsonNode node, Object what) {
        return number(node, what, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /**
     * The value as the user wrote it, for a refusal's arguments: {@link #shown}, but a missing value is the
     * phrase "nothing", which the window says in its language.
     */
    public static Object shownValue(JsonNode node) {
        return node == null || node.isMissingNode() ? FileProblem.NOTHING.phrase() : shown(node);
    }

    /** true or false (not "true", not 1). */
    public static boolean bool(JsonNode node, Object what) {
        if (node == null || !node.isBoolean()) {
            throw new BadInputException(FileProblem.BOOLEAN, what, shownValue(node));
        }
        return node.booleanValue();
    }

    /** The value as the user wrote it, shortened so a refusal stays one readable line. */
    public static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
