package deepmath.expr;

import deepmath.core.BadInputException;

/** A formula that does not parse: the 1-based column where reading stopped and what was expected there. */
public final class ParseException extends BadInputException {
    /** Characters of the formula quoted in a message. */
    private static final int QUOTED = 60;
    private final int column;
    private final String expected;

    public ParseException(String formula, int column, String expected, String found) {
        super("Column " + column + ": expected " + expected + ", found " + found + " in " + quote(formula, column));
        this.column = column;
        this.expected = expected;
    }

    public ParseException(String formula, int column, String message) {
        super("Column " + column + ": " + message + " in " + quote(formula, column));
        this.column = column;
        this.expected = message;
    }

    /** The formula in quotes; a long one is cut to the part around the column, so the message stays one line. */
    static String quote(String formula, int column) {
        String flat = formula.replaceAll("\\R", " ");
        if (flat.length() <= QUOTED) {
            return "\"" + flat + "\"";
        }
        int from = Math.max(0, Math.min(column - 1 - QUOTED / 2, flat.length() - QUOTED));
        int to = Math.min(flat.length(), from + QUOTED);
        return "\"" + (from > 0 ? "..." : "") + flat.substring(from, to) + (to < flat.length() ? "..." : "") + "\"";
    }

    public int column() {
        return column;
    }

    public String expected() {
        return expected;
    }
}
