package deepmath.sequential.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts as the book turns film reviews into vectors (chapter 10, §5, line 12043): keep the k most frequent words of
 * the training texts, number them by frequency (the most frequent first), and write each text as the vector of
 * R^k with a 1 at word i's place when the text holds word i, 0 otherwise — order and repetitions are lost, as the
 * book points out. The book's keras listing (line 12240) gets this numbering from the IMDB index, whose first
 * places are reserved for markers; here place i is simply the (i+1)-th most frequent word.
 *
 * <p>Words: the text in lower case, HTML tags ({@code <br />} in the IMDB reviews) removed, then each run of
 * letters and digits, with inner apostrophes ({@code don't}). Ties in frequency go in alphabetical order, so that the
 * vocabulary does not depend on the order the files are read.
 *
 * @param words the vocabulary, most frequent first
 */
public record BagOfWords(List<String> words) {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");

    public BagOfWords {
        words = List.copyOf(words);
    }

    /** The words of {@code text}, in order, repetitions kept. */
    public static List<String> tokens(String text) {
        String plain = TAG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The {@code k} most frequent words of {@code texts} (every occurrence counts). */
    public static BagOfWords mostFrequent(List<String> texts, int k) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            for (String word : tokens(text)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        List<String> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(Map.Entry::getKey).toList();
        return new BagOfWords(sorted);
    }

    /** The 0/1 vector of {@code text}: 1 at place i when it holds {@code words().get(i)}. */
    public float[] encode(String text) {
        Map<String, Integer> index = index();
        return encode(text, index);
    }

    private float[] encode(String text, Map<String, Integer> index) {
        float[] v = new float[words.size()];
        for (String word : tokens(text)) {
            Integer i = index.get(word);
            if (i != null) {
                v[i] = 1;
            }
        }
        return v;
    }

    private Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        return index;
    }

    /** Labelled texts as examples: shape [k], one-hot targets. */
    public Examples examples(String name, List<String> texts, int[] labels, List<String> classes) {
        Map<String, Integer> index = index();
        float[][] inputs = new float[texts.size()][];
        float[][] targets = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            inputs[i] = encode(texts.get(i), index);
            targets[i] = ClassFolders.oneHot(labels[i], classes.size());
        }
        return new Examples(name, List.of(words.size()), inputs, targets, classes);
    }
}
