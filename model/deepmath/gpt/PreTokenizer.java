package deepmath.gpt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPT-2's pre-tokenisation: the text is cut into words before BPE, so that merges never cross a word,
 * a number or a run of punctuation. Same regular expression as OpenAI's {@code encoder.py}; Unicode
 * character classes so that {@code \s} means any Unicode white space, as in Python's {@code regex} module.
 */
public final class PreTokenizer {
    /** A leading space stays attached to the word that follows it ("Ġdog"), contractions are split off. */
    private static final Pattern WORDS = Pattern.compile(
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private PreTokenizer() {
    }

    /** The words of {@code text}, in order; concatenated they give back {@code text}. */
    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
