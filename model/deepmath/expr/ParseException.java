package deepmath.expr;

import deepmath.core.BadInputException;
import java.util.List;

/**
 * A formula that does not parse: the 1-based column where reading stopped, what went wrong there as data
 * ({@link #problem()}, {@link #values()}, and for {@link Problem#EXPECTED} what was expected and found), and
 * the same said in English as the message (the command line prints it; the window says it from its bundle).
 */
public final class ParseException extends BadInputException {
    /** Characters of the formula quoted in a message. */
    private static final int QUOTED = 60;

    /** What went wrong; {@link #values()} holds each kind's particulars, in the order given here. */
    public enum Problem {
        /** Something else was expected: {@link #expected()} and {@link #found()}. */
        EXPECTED,
        /** values: the name, the known functions (one text). */
        UNKNOWN_FUNCTION,
        /** values: the function, the arguments it takes, the arguments given. */
        ARITY,
        /** values: the formula's length, the limit. */
        TOO_LONG,
        /** values: the nesting limit. */
        TOO_DEEP
    }

    /** What stood where something else was expected. */
    public enum Found {
        NOTHING, END, LINE_BREAK, SPACE, CONTROL, CHARACTER
    }

    private final int column;
    private final Problem problem;
    private final String expected;
    private final Found found;
    private final char character;
    private final List<Object> values;

    private ParseException(String formula, int column, Problem problem, String expected, Found found, char character,
                           String english, List<Object> values) {
        super("Column " + column + ": " + english + " in " + quote(formula, column));
        this.column = column;
        this.problem = problem;
        this.expected = expected;
        this.found = found;
        this.character = character;
        this.values = List.copyOf(values);
    }

    /** At {@code column}, {@code expected} (one of the parser's phrases) was wanted and {@code found} stood. */
    static ParseException expected(String formula, int column, String expected, Found found, char character) {
        return new ParseException(formula, column, Problem.EXPECTED, expected, found, character,
                "expected " + expected + ", found " + english(found, character), List.of());
    }

    /** Any other problem, with its English wording and its particulars ({@link Problem} says which). */
    static ParseException of(String formula, int column, Problem problem, String english, Object... values) {
        return new ParseException(formula, column, problem, english, null, '\0', english, List.of(values));
    }

    private static String english(Found found, char c) {
        return switch (found) {
            case NOTHING -> "nothing";
            case END -> "the end of the formula";
            case LINE_BREAK -> "a line break";
            case SPACE -> "a space";
            case CONTROL -> String.format(java.util.Locale.ROOT, "the character U+%04X", (int) c);
            case CHARACTER -> "'" + c + "'";
        };
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

    public Problem problem() {
        return problem;
    }

    /** For {@link Problem#EXPECTED}, the parser's phrase for what was wanted; otherwise the English message. */
    public String expected() {
        return expected;
    }

    /** For {@link Problem#EXPECTED}, what stood at the column; null otherwise. */
    public Found found() {
        return found;
    }

    /** The character found, for {@link Found#CHARACTER} and {@link Found#CONTROL}. */
    public char character() {
        return character;
    }

    public List<Object> values() {
        return values;
    }
}
