package deepmath.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import deepmath.core.InputProblem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the model or the application can carry ({@link InputProblem} enums, found by scanning the compiled
 * classes, not the sources) has its text in both {@code errors} bundles: the English one is the pattern the command
 * line prints, the French one uses the same placeholders, and no bundle key is left over.
 */
class ErrorBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static List<InputProblem> problems;
    private static Properties english;
    private static Properties french;

    @BeforeAll
    static void scan() throws Exception {
        problems = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("deepmath")) {
            if (type.isEnum() && type.isAssignableTo(InputProblem.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    problems.add((InputProblem) constant);
                }
            }
        }
        english = load("errors.properties");
        french = load("errors_fr.properties");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("resources", "i18n", name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void theScanFindsEveryPackagesRefusals() {
        Set<String> enums = new TreeSet<>();
        problems.forEach(p -> enums.add(p.getClass().getName()));
        for (String expected : List.of("deepmath.core.FileProblem", "deepmath.core.WriteProblem",
                "deepmath.data.DataProblem", "deepmath.descent.DescentRefusal", "deepmath.nn.NetworkProblem",
                "deepmath.conv.ConvProblem", "deepmath.image.ImageProblem", "deepmath.digits.DigitsProblem",
                "deepmath.gpt.GptProblem", "deepmath.gpt.train.TrainingProblem", "deepmath.grid.GridProblem", "deepmath.levels.LevelsProblem", "deepmath.expr.FormulaProblem", "deepmath.calculus.CalculusProblem", "deepmath.app.session.SessionProblem")) {
            assertTrue(enums.contains(expected), expected + " not found among " + enums);
        }
        assertTrue(problems.size() > 200, "only " + problems.size() + " problems found");
    }

    @Test
    void everyKeyIsInBothBundlesWithTheSamePlaceholders() {
        Map<String, InputProblem> byKey = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (InputProblem p : problems) {
            InputProblem other = byKey.put(p.key(), p);
            if (other != null) {
                failures.add(p.key() + " is used by both " + other + " and " + p);
            }
            String en = english.getProperty(p.key());
            String fr = french.getProperty(p.key());
            if (en == null || fr == null) {
                failures.add(p.key() + " (" + p + ") missing in " + (en == null ? "errors.properties " : "")
                        + (fr == null ? "errors_fr.properties" : ""));
                continue;
            }
            if (!en.equals(p.english())) {
                failures.add(p.key() + ": the English bundle says \"" + en + "\", the CLI \"" + p.english() + "\"");
            }
            Set<Integer> used = placeholders(p.english());
            if (!placeholders(fr).equals(used)) {
                failures.add(p.key() + ": French placeholders " + placeholders(fr) + ", English " + used);
            }
            if (!used.isEmpty() && !used.equals(new TreeSet<>(java.util.stream.IntStream.range(0, used.size())
                    .boxed().toList()))) {
                failures.add(p.key() + ": placeholders " + used + " skip a number");
            }
            if (!used.isEmpty()) {
                Object[] args = new Object[InputProblem.arity(p.english())];
                for (int i = 0; i < args.length; i++) {
                    args[i] = "<" + i + ">";
                }
                String shown = new MessageFormat(fr, Locale.FRENCH).format(args).replace("'", "");
                for (int i : used) {
                    if (!shown.contains("<" + i + ">") && !fr.contains("{" + i + ",choice")) {
                        failures.add(p.key() + ": French text loses {" + i + "}: " + shown);
                    }
                }
            }
            if (fr.replaceAll("\\{[^}]*}", "").matches(".*\\p{L}{3,}.*") && fr.equals(en)) {
                failures.add(p.key() + ": French text is the English one");
            }
        }
        Set<String> orphans = new TreeSet<>(english.stringPropertyNames());
        orphans.removeAll(byKey.keySet());
        for (String orphan : orphans) {
            failures.add(orphan + " is in the bundles but no refusal carries it");
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theEnglishMessageIsTheBundlesEnglishText() {
        // The command line prints getMessage(): the same sentence as the English window shows.
        deepmath.core.BadInputException e = new deepmath.core.BadInputException(
                deepmath.data.DataProblem.CSV_NOT_A_NUMBER, "points.csv", 3, "abc");
        assertEquals("points.csv line 3: 'abc' is not a number (plain decimals, e.g. -1.5 or 2e-3)", e.getMessage());
        assertNotNull(english.getProperty(e.inputProblem().key()));
        assertEquals(e.getMessage(), new MessageFormat(english.getProperty(e.inputProblem().key()), Locale.ROOT)
                .format(new Object[] {"points.csv", "3", "abc"}));
        assertNotEquals(e.getMessage(), new MessageFormat(french.getProperty(e.inputProblem().key()), Locale.FRENCH)
                .format(new Object[] {"points.csv", "3", "abc"}));
        assertFalse(problems.isEmpty());
    }
}
