package deepmath.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The book's French/English lexicon (appendix, § 4), read from the shipped {@code lexicon/lexicon.json}: its four
 * groups in the book's order and their pairs. Searching ignores case and accents, so "epoque" finds "époque".
 */
public final class Lexicon {
    /** The groups of the book, in its order. */
    public static final List<String> GROUPS = List.of("network", "chatgpt", "mathematics", "descent");
    private static final String RESOURCE = "/lexicon/lexicon.json";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<LexiconEntry> entries;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The lexicon shipped with the lab. */
    public static Lexicon shipped() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the lab's resource " + RESOURCE + " is missing from the build");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon parse(JsonNode root) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            String key = group.path("key").asText();
            if (!GROUPS.contains(key)) {
                throw new IllegalStateException("lexicon.json: unknown group '" + key + "'");
            }
            int line = group.path("bookLine").asInt();
            for (JsonNode e : group.path("entries")) {
                List<LexiconEntry.Place> where = new ArrayList<>();
                for (JsonNode p : e.path("where")) {
                    where.add(new LexiconEntry.Place(p.path("lab").asText(),
                            Optional.ofNullable(p.get("bundle")).map(JsonNode::asText), texts(p.path("place"))));
                }
                entries.add(new LexiconEntry(e.path("id").asText(), key, line, texts(e.path("french")),
                        texts(e.path("english")), Optional.ofNullable(e.get("abbreviation")).map(JsonNode::asText),
                        where));
            }
        }
        return new Lexicon(entries);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    /** Every pair, group by group in the book's order. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** The pairs {@code query} occurs in (see {@link LexiconEntry#matches}); all of them for a blank query. */
    public List<LexiconEntry> search(String query) {
        return entries.stream().filter(e -> e.matches(query)).toList();
    }

    public Optional<LexiconEntry> byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The form searches compare: lower case, accents and other combining marks removed (é → e, ï → i), the
     * typographic apostrophe the book prints (’) as a plain one, surrounding spaces dropped.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('’', '\'').toLowerCase(Locale.ROOT).strip();
    }
}
