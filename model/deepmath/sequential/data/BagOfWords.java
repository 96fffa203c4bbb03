package deepmath.sequential.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts as the book turns film reviews into vectors (chapter 10, §5, line 12043): keep the k most frequent words of
 * the training texts, number them by frequency (the most frequent first), and write each text as the vector of
 * R^k with a 1 at word i's place when the text holds word i, 0 otherwise — order and repetitions are lost, as the
 * book points out. The book's keras listing (line 12259) gets this numbering from the IMDB index, whose first
 * places are reserved for markers; here place i is simply the (i+1)-th most frequent word.
 *
 * <p>Words: the text in lower case, HTML tags ({@code <br />} in the IMDB reviews) removed, then each run of
 * letters and digits, with inner apostrophes ({@code don't}). Ties in frequency go in alphabetical order, so that the
 * vocabulary does not depend on the order the files are read.
 *
 * @param words the vocabulary, most frequent first
 */
public record BagOfWords(List<String> words) {
    public BagOfWords {
        words = List.copyOf(words);
    }

    /** The words of {@code text}, in order, repetitions kept (one pass: the sets hold megabytes of text). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '<') {
                int close = text.indexOf('>', i + 1);
                if (close > 0 && text.lastIndexOf('<', close - 1) == i) { // a tag: nothing of it is a word
                    flush(word, out);
                    i = close;
                    continue;
                }
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '\u2019') && word.length() > 0 && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                word.append(c);
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
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
