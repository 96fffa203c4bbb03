package deepmath.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a text (letters and inner apostrophes, lower-cased) and how often each occurs, by rank. */
public final class WordCounts {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

    /** A word and its count; rank 1 is the most frequent. */
    public record Entry(int rank, String word, long count) {
    }

    private final List<Entry> byRank;
    private final long total;

    private WordCounts(List<Entry> byRank, long total) {
        this.byRank = byRank;
        this.total = total;
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    public static WordCounts of(String text) {
        Map<String, Long> counts = new HashMap<>();
        long total = 0;
        for (String w : words(text)) {
            counts.merge(w, 1L, Long::sum);
            total++;
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        // Ties broken alphabetically so that the ranks do not depend on hashing.
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<Entry> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(new Entry(i + 1, sorted.get(i).getKey(), sorted.get(i).getValue()));
        }
        return new WordCounts(List.copyOf(ranked), total);
    }

    public List<Entry> byRank() {
        return byRank;
    }

    public long total() {
        return total;
    }

    public int distinct() {
        return byRank.size();
    }
}
