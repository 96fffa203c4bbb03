package deepmath.viz.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message bundle speaks both languages: same keys, no empty text, valid placeholders, and no number a wrapping
 * label could cut in two.
 */
class BundlesTest {
    /** "2 000" with a plain space: a wrapping label may end a line after "2" (the digits lab's training hint did). */
    private static final java.util.regex.Pattern BREAKABLE_NUMBER = java.util.regex.Pattern.compile("\\d \\d{3}(?!\\d)");

    private static Path i18nFolder() throws URISyntaxException {
        return Path.of(BundlesTest.class.getResource("/i18n/shell.properties").toURI()).getParent();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @TestFactory
    Stream<DynamicTest> frenchAndEnglishHaveTheSameKeys() throws Exception {
        List<Path> englishFiles;
        try (Stream<Path> files = Files.list(i18nFolder())) {
            englishFiles = files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().contains("_")).sorted().toList();
        }
        assertFalse(englishFiles.isEmpty());
        return englishFiles.stream().map(english -> DynamicTest.dynamicTest(english.getFileName().toString(), () -> {
            Path french = english.resolveSibling(english.getFileName().toString()
                    .replace(".properties", "_fr.properties"));
            assertTrue(Files.exists(french), "missing " + french.getFileName());
            Properties en = load(english);
            Properties fr = load(french);
            Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
            onlyEnglish.removeAll(fr.stringPropertyNames());
            Set<String> onlyFrench = new TreeSet<>(fr.stringPropertyNames());
            onlyFrench.removeAll(en.stringPropertyNames());
            assertEquals(Set.of(), onlyEnglish, "keys without French text");
            assertEquals(Set.of(), onlyFrench, "keys without English text");
            for (Properties bundle : List.of(en, fr)) {
                for (String key : bundle.stringPropertyNames()) {
                    String value = bundle.getProperty(key);
                    assertFalse(value.isBlank(), key + " is empty");
                    assertFalse(BREAKABLE_NUMBER.matcher(value).find(), key + ": join a number's groups of three with"
                            + " a no-break space (U+00A0), not a space a line may break at: " + value);
                    java.util.regex.Matcher placeholders = java.util.regex.Pattern.compile("\\{(\\d)").matcher(value);
                    int count = 0;
                    while (placeholders.find()) {
                        count = Math.max(count, Integer.parseInt(placeholders.group(1)) + 1);
                    }
                    if (count > 0) {
                        // A lone single quote silently swallows the placeholders after it: each must show.
                        Object[] args = new Object[count];
                        for (int i = 0; i < count; i++) {
                            args[i] = "<arg" + i + ">";
                        }
                        String formatted = new MessageFormat(value).format(args);
                        for (Object arg : args) {
                            assertTrue(formatted.contains((String) arg), key + " loses " + arg + ": " + formatted);
                        }
                    }
                }
            }
        }));
    }
}
