package deepmath.lexicon;

import java.util.List;
import java.util.Optional;

/**
 * One pair of the book's lexicon: the French term(s) and English term(s) as the book writes them (several when the
 * book gives alternatives, "loss function ou cost function"), the abbreviation the book gives, and where the lab
 * shows the notion.
 *
 * @param id           stable name (bundle keys {@code note.<id>}, the CLI's JSON)
 * @param group        the book's group: {@code network}, {@code chatgpt}, {@code mathematics}, {@code descent}
 * @param bookLine     the line of the group's heading in the book's text
 * @param french       the French terms, first the main one
 * @param english      the English terms, first the main one
 * @param abbreviation "sgd", "mse", "cnn", "LLM", or empty
 * @param where        the labs (and places in them) where the reader meets the notion, first the main one
 */
public record LexiconEntry(String id, String group, int bookLine, List<String> french, List<String> english,
                           Optional<String> abbreviation, List<Place> where) {
    public LexiconEntry {
        french = List.copyOf(french);
        english = List.copyOf(english);
        where = List.copyOf(where);
    }

    /**
     * A place in the lab: a lab's key ({@code descent}, {@code attention}…) and, optionally, the keys in the lab's
     * own bundle that name the tab or control there (outermost first), so that the place is named in the lab's words.
     */
    public record Place(String lab, Optional<String> bundle, List<String> keys) {
        public Place {
            keys = List.copyOf(keys);
        }
    }

    /** True when {@code query} occurs in a French or English term or the abbreviation, ignoring case and accents. */
    public boolean matches(String query) {
        String wanted = Lexicon.fold(query);
        if (wanted.isEmpty()) {
            return true;
        }
        return french.stream().anyMatch(t -> Lexicon.fold(t).contains(wanted))
                || english.stream().anyMatch(t -> Lexicon.fold(t).contains(wanted))
                || abbreviation.map(a -> Lexicon.fold(a).contains(wanted)).orElse(false);
    }
}
