package deepmath.expr;

import deepmath.core.BadInputException;

/** A formula that does not parse: the 1-based column where reading stopped and what was expected there. */
public final class ParseException extends BadInputException {
    private final int column;
    private final String expected;

    public ParseException(String formula, int column, String expected, String found) {
        super("Column " + column + ": expected " + expected + ", found " + found + " in \"" + formula + "\"");
        this.column = column;
        this.expected = expected;
    }

    public ParseException(String formula, int column, String message) {
        super("Column " + column + ": " + message + " in \"" + formula + "\"");
        this.column = column;
        this.expected = message;
    }

    public int column() {
        return column;
    }

    public String expected() {
        return expected;
    }
}
