package deepmath.app.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.lexicon.Lexicon;
import deepmath.lexicon.LexiconEntry;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's places and notes point at what exists: every lab is one of the window's labs, every place key is
 * a text (with no placeholder) of the bundle named, and every note of the lexicon bundle belongs to a pair.
 */
class LexiconPlacesTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("resources", "i18n", name + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyPlaceIsALabAndABundleTextWithoutPlaceholders() throws IOException {
        for (LexiconEntry entry : Lexicon.shipped().entries()) {
            for (LexiconEntry.Place place : entry.where()) {
                assertTrue(LabId.fromKey(place.lab()).isPresent(), entry.id() + ": no lab " + place.lab());
                if (place.bundle().isPresent()) {
                    Properties texts = bundle(place.bundle().get());
                    for (String key : place.keys()) {
                        String text = texts.getProperty(key);
                        assertTrue(text != null, entry.id() + ": no " + key + " in " + place.bundle().get());
                        assertTrue(!text.contains("{"), entry.id() + ": " + key + " has a placeholder: " + text);
                    }
                }
            }
        }
    }

    @Test
    void everyNoteBelongsToAPairAndMostPairsHaveOne() throws IOException {
        Set<String> ids = Lexicon.shipped().entries().stream().map(LexiconEntry::id).collect(Collectors.toSet());
        Set<String> notes = bundle("lexicon").stringPropertyNames().stream().filter(k -> k.startsWith("note."))
                .map(k -> k.substring("note.".length())).filter(k -> !k.equals("abbreviation"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> orphans = new TreeSet<>(notes);
        orphans.removeAll(ids);
        assertEquals(Set.of(), orphans, "notes of no pair");
        assertTrue(notes.size() >= 30, "notes: " + notes.size());
    }
}
