package deepmath.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The shipped lexicon against the book's appendix § 4 (lines 21997–22040), and its accent-blind search. */
class LexiconTest {
    private final Lexicon lexicon = Lexicon.shipped();

    private List<String> ids(String query) {
        return lexicon.search(query).stream().map(LexiconEntry::id).toList();
    }

    @Test
    void theBookHasThirtyFivePairsInFourGroupsWithTheLinesOfTheirHeadings() {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            counts.merge(e.group(), 1, Integer::sum);
            lines.put(e.group(), e.bookLine());
        }
        assertEquals(35, lexicon.entries().size());
        assertEquals(Map.of("network", 16, "chatgpt", 6, "mathematics", 6, "descent", 7), counts);
        // "Réseau de neurones. Neural network.", "ChatGPT.", "Mathématiques.", "Descente de gradient. Gradient descent."
        assertEquals(Map.of("network", 22001, "chatgpt", 22016, "mathematics", 22025, "descent", 22032), lines);
        assertEquals(Lexicon.GROUPS, lexicon.entries().stream().map(LexiconEntry::group).distinct().toList());
    }

    @Test
    void termsAreTheBooksAsItWritesThem() {
        LexiconEntry rate = lexicon.byId("learning-rate").orElseThrow();
        assertEquals(List.of("pas δ"), rate.french());
        assertEquals(List.of("learning rate"), rate.english());
        LexiconEntry loss = lexicon.byId("loss-function").orElseThrow();
        assertEquals(List.of("fonction d’erreur"), loss.french());
        assertEquals(List.of("loss function", "cost function"), loss.english());
        assertEquals(List.of("fonction sigma σ", "sigmoïde"), lexicon.byId("sigmoid").orElseThrow().french());
        assertEquals(List.of("abandon", "décrochage"), lexicon.byId("dropout").orElseThrow().french());
        // the book's own English wording at line 22037, kept (the note gives the usual name)
        assertEquals(List.of("minimal squared error"), lexicon.byId("mse").orElseThrow().english());
        Map<String, String> abbreviations = new TreeMap<>();
        lexicon.entries().forEach(e -> e.abbreviation().ifPresent(a -> abbreviations.put(e.id(), a)));
        assertEquals(Map.of("cnn", "cnn", "llm", "LLM", "sgd", "sgd", "mse", "mse"), abbreviations);
    }

    @Test
    void idsAreUniqueAndEveryPairHasTermsAndAPlace() {
        Set<String> seen = new HashSet<>();
        for (LexiconEntry e : lexicon.entries()) {
            assertTrue(seen.add(e.id()), "twice: " + e.id());
            assertTrue(!e.french().isEmpty() && !e.english().isEmpty() && !e.where().isEmpty(), e.toString());
            e.where().forEach(p -> assertEquals(p.bundle().isPresent(), !p.keys().isEmpty(), e.id()));
        }
    }

    @Test
    void searchIgnoresCaseAndAccentsInBothLanguages() {
        assertEquals(List.of("learning-rate"), ids("pas"));
        assertEquals(List.of("epoch"), ids("epoque"));
        assertEquals(List.of("epoch"), ids("ÉPOQUE"));
        assertEquals(List.of("epoch"), ids("Epoch"));
        assertEquals(List.of("sigmoid"), ids("sigmoide"));
        assertEquals(List.of("residual-stream"), ids("flux residuel"));
        // the book's apostrophe is ’; a reader types '
        assertEquals(List.of("attention-head"), ids("sous-bloc d'attention"));
        assertEquals(List.of("mse"), ids("MSE"));
        assertEquals(List.of("llm"), ids("llm"));
        assertEquals(List.of("batch-gradient-descent", "sgd", "mini-batch"), ids("gradient descent"));
        assertEquals(List.of(), ids("xyzzy"));
        assertEquals(35, ids("  ").size());
    }

    @Test
    void foldDropsMarksAndCase() {
        assertEquals("epoque", Lexicon.fold("Époque"));
        assertEquals("sigmoide", Lexicon.fold("sigmoïde"));
        assertEquals("nombre d'elements", Lexicon.fold(" nombre d’éléments "));
    }
}
