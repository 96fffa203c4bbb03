package deepmath.app.function;

import deepmath.core.BadInputException;
import deepmath.viz.i18n.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula's parse error in the UI's language. The parser (model layer, also behind the command line) says
 * it in English — "Column 5: expected ')', found the end of the formula in "x*(y"" — with a fixed set of
 * phrases; each is recognised here and said again from the bundle. The formula itself is left out: it is in
 * the field right above the message.
 */
final class FormulaErrorText {
    private static final Pattern EXPECTED = Pattern.compile(
            "Column (\\d+): expected (.+), found (nothing|the end of the formula|'.') in \"(?s:.*)\"");
    private static final Pattern MESSAGE = Pattern.compile("Column (\\d+): (.+?) in \"(?s:.*)\"");
    private static final Pattern UNKNOWN = Pattern.compile("unknown function '(.+)' \\(known: (.+)\\)");
    private static final Pattern ARITY = Pattern.compile("(\\S+) takes (\\d+) arguments?, not (\\d+)");
    private static final Pattern CLOSE_CALL = Pattern.compile("'\\)' to close (\\S+)\\(");
    private static final Pattern OPEN_CALL = Pattern.compile("'\\(' after the function (\\S+)");

    private FormulaErrorText() {
    }

    static String describe(Messages messages, BadInputException error) {
        if (error == null) {
            return null;
        }
        String text = error.getMessage();
        Matcher m = EXPECTED.matcher(text);
        if (m.matches()) {
            String expected = expected(messages, m.group(2));
            String found = switch (m.group(3)) {
                case "nothing" -> messages.get("formula.found.nothing");
                case "the end of the formula" -> messages.get("formula.found.end");
                default -> m.group(3);
            };
            if (expected != null) {
                return messages.get("formula.error.expected", Integer.parseInt(m.group(1)), expected, found);
            }
            return text;
        }
        m = MESSAGE.matcher(text);
        if (m.matches()) {
            int column = Integer.parseInt(m.group(1));
            Matcher unknown = UNKNOWN.matcher(m.group(2));
            if (unknown.matches()) {
                return messages.get("formula.error.unknownFunction", column, unknown.group(1), unknown.group(2));
            }
            Matcher arity = ARITY.matcher(m.group(2));
            if (arity.matches()) {
                int wanted = Integer.parseInt(arity.group(2));
                int given = Integer.parseInt(arity.group(3));
                return wanted == 1 ? messages.get("formula.error.arityOne", column, arity.group(1), given)
                        : messages.get("formula.error.arity", column, arity.group(1), wanted, given);
            }
        }
        return text;
    }

    private static String expected(Messages messages, String phrase) {
        switch (phrase) {
            case "a formula":
                return messages.get("formula.expect.formula");
            case "a number, a name or '('":
                return messages.get("formula.expect.operand");
            case "an operator (+ - * / ^) or the end of the formula":
                return messages.get("formula.expect.operator");
            case "')'":
                return "')'";
            default:
                break;
        }
        Matcher close = CLOSE_CALL.matcher(phrase);
        if (close.matches()) {
            return messages.get("formula.expect.closeCall", close.group(1));
        }
        Matcher open = OPEN_CALL.matcher(phrase);
        if (open.matches()) {
            return messages.get("formula.expect.openCall", open.group(1));
        }
        return null;
    }
}
