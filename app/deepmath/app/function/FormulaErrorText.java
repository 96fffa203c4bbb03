package deepmath.app.function;

import deepmath.expr.ParseException;
import deepmath.viz.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A formula's parse error in the UI's language, said from the bundle with the particulars the parser gives
 * ({@link ParseException#problem()} and its values). The formula itself is left out: it is in the field right
 * above the message. Other refusals are said by {@code deepmath.app.task.ErrorText}, which calls this one for parse
 * errors.
 */
public final class FormulaErrorText {
    private static final String CLOSE_CALL = "')' to close ";
    private static final String OPEN_CALL = "'(' after the function ";

    private FormulaErrorText() {
    }

    public static String describe(Messages messages, ParseException p) {
        List<Object> v = p.values();
        return switch (p.problem()) {
            case EXPECTED -> messages.get("formula.error.expected", p.column(), expected(messages, p.expected()),
                    found(messages, p));
            case UNKNOWN_FUNCTION -> messages.get("formula.error.unknownFunction", p.column(), v.get(0), v.get(1));
            case ARITY -> (Integer) v.get(1) == 1
                    ? messages.get("formula.error.arityOne", p.column(), v.get(0), v.get(2))
                    : messages.get("formula.error.arity", p.column(), v.get(0), v.get(1), v.get(2));
            case TOO_LONG -> messages.get("formula.error.tooLong", v.get(0), v.get(1));
            case TOO_DEEP -> messages.get("formula.error.tooDeep", p.column(), v.get(0));
        };
    }

    /** The parser's phrases for what it expected (a fixed set: see {@code Parser}). */
    private static String expected(Messages messages, String phrase) {
        if (phrase.startsWith(CLOSE_CALL)) {
            String call = phrase.substring(CLOSE_CALL.length());
            return messages.get("formula.expect.closeCall", call.substring(0, call.length() - 1));
        }
        if (phrase.startsWith(OPEN_CALL)) {
            return messages.get("formula.expect.openCall", phrase.substring(OPEN_CALL.length()));
        }
        return switch (phrase) {
            case "a formula" -> messages.get("formula.expect.formula");
            case "a number, a name or '('" -> messages.get("formula.expect.operand");
            case "an operator (+ - * / ^) or the end of the formula" -> messages.get("formula.expect.operator");
            default -> phrase; // "')'": a symbol, the same in every language
        };
    }

    private static String found(Messages messages, ParseException p) {
        return switch (p.found()) {
            case NOTHING -> messages.get("formula.found.nothing");
            case END -> messages.get("formula.found.end");
            case LINE_BREAK -> messages.get("formula.found.lineBreak");
            case SPACE -> messages.get("formula.found.space");
            case CONTROL -> messages.get("formula.found.control",
                    String.format(Locale.ROOT, "U+%04X", (int) p.character()));
            case CHARACTER -> "'" + p.character() + "'";
        };
    }
}
