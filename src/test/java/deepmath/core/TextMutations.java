package deepmath.core;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random damage to a valid text file, for property-based tests: cut it short, delete or insert a few
 * characters, swap a number for an awkward one, append garbage. jqwik shrinks a failing case towards the
 * smallest edit, so a failure prints the edit and the text it produced.
 */
public final class TextMutations {
    private TextMutations() {
    }

    /** One edit of a text; {@link #apply} gives the damaged text. */
    public record Edit(int kind, double where, double length, String insert) {
        public String apply(String text) {
            int at = (int) Math.min(text.length(), Math.floor(where * (text.length() + 1)));
            int span = (int) Math.min(text.length() - at, Math.floor(length * 8));
            return switch (kind) {
                case 0 -> text.substring(0, at);                                       // truncated
                case 1 -> text.substring(0, at) + text.substring(at + span);           // deleted
                case 2 -> text.substring(0, at) + insert + text.substring(at);         // inserted
                case 3 -> text.substring(0, at) + insert + text.substring(at + span);  // replaced
                case 4 -> replaceNumber(text, at, insert);                             // a number changed
                default -> text + insert;                                              // garbage after
            };
        }

        private static String replaceNumber(String text, int from, String replacement) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?").matcher(text);
            if (!m.find(Math.min(from, text.length()))) {
                return text;
            }
            return text.substring(0, m.start()) + replacement + text.substring(m.end());
        }
    }

    /** Insertions: JSON punctuation, awkward numbers and words. */
    public static Arbitrary<String> inserts() {
        return Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "x", "null", "true", "\"a\"",
                        "NaN", "Infinity", "-1", "0", "1e400", "4294967298", "18446744073709551617", "2.5", "1e308",
                        "-1e308", "1e-320", "{}", "[]", "[1]", "\"inputs\":", "\u0000", "é"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4));
    }

    public static Arbitrary<Edit> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), inserts()).as(Edit::new);
    }

    /** A message fit for the user: present, one line. */
    public static void assertOneLine(BadInputException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.lines().count() != 1) {
            throw new AssertionError("not a one-line refusal: " + message);
        }
    }
}
