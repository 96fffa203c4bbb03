package deepmath.core;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * One kind of refusal, said without a bundle: a stable {@link #key()} (e.g. {@code error.csv.columns}) that the
 * window looks up in its {@code errors} bundle, and the same sentence in English ({@link #english()}, a
 * {@link MessageFormat} pattern with {@code {0}}, {@code {1}}… for the particulars) that the command line prints.
 * Each model package lists its own refusals as an enum implementing this interface; a {@link BadInputException}
 * (or {@link FileWriteException}) carries one with its arguments. The particulars are shown as
 * {@link String#valueOf} shows them (numbers as the user typed them, "0.5", not localised).
 */
public interface InputProblem {
    /**
     * The key and the English pattern of one refusal. Each enum of refusals keeps one of these per constant (an
     * enum cannot inherit fields, so this record is the one place of the pair's shape).
     */
    record Text(String key, String english) {
    }

    /** This refusal's key and English pattern. */
    Text text();

    /** The key of this refusal in the {@code errors} bundles (both languages). */
    default String key() {
        return text().key();
    }

    /** The English pattern; a pattern without arguments is used as is (no quote doubling). */
    default String english() {
        return text().english();
    }

    /** The English sentence with {@code arguments} in place. */
    default String english(List<?> arguments) {
        return format(english(), texts(arguments, InputProblem::englishText));
    }

    /** This problem as a part of another's sentence (" at line 3, column 4", "(one per neuron)"). */
    default Phrase phrase(Object... arguments) {
        return new Phrase(this, java.util.Arrays.asList(arguments.clone()));
    }

    /** A part of a sentence that is itself said from the bundle: an argument of another problem. */
    record Phrase(InputProblem problem, List<Object> arguments) {
        @Override
        public String toString() {
            return problem.english(arguments);
        }
    }

    /** An argument in English: a nested refusal by its message, a phrase by its English, anything else as text. */
    private static String englishText(Object argument) {
        return argument instanceof Throwable t ? t.getMessage() : String.valueOf(argument);
    }

    /**
     * {@code pattern} with {@code texts} in place, as the bundles' {@link MessageFormat} does it; a pattern used
     * without arguments is returned as is, as the window's {@code Messages.get} does.
     */
    static String format(String pattern, Object[] texts) {
        return texts.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(texts);
    }

    /** Each argument as text, by {@code show}, so no number is localised or grouped ("12345", "0.5"). */
    static Object[] texts(List<?> arguments, java.util.function.Function<Object, String> show) {
        Object[] texts = new Object[arguments.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = show.apply(arguments.get(i));
        }
        return texts;
    }

    /**
     * The plural mark of a count, "s" above 1 and "" otherwise, for a pattern's "input{1}": both languages of the lab
     * mark the plural of the nouns it counts (input/entrée, value/valeur, column/colonne) with an s.
     */
    static String plural(long count) {
        return count > 1 ? "s" : "";
    }

    /** How many arguments {@code pattern} uses (1 + its highest placeholder number). */
    static int arity(String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
        int count = 0;
        while (m.find()) {
            count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
        }
        return count;
    }
}
