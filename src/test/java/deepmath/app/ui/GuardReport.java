package deepmath.app.ui;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a guard run found, in two lists (untranslated, clipped). A problem seen in several views (both sizes,
 * several tabs) is listed once, with every view it was seen in.
 */
public final class GuardReport {
    private final String subject;
    private final Map<String, Set<String>> untranslated = new LinkedHashMap<>();
    private final Map<String, Set<String>> clipped = new LinkedHashMap<>();

    public GuardReport(String subject) {
        this.subject = subject;
    }

    void untranslated(String view, List<String> problems) {
        problems.forEach(p -> untranslated.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(view));
    }

    void clipped(String view, List<String> problems) {
        problems.forEach(p -> clipped.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(view));
    }

    public List<String> untranslated() {
        return lines(untranslated);
    }

    public List<String> clipped() {
        return lines(clipped);
    }

    private static List<String> lines(Map<String, Set<String>> problems) {
        List<String> lines = new ArrayList<>();
        problems.forEach((p, views) -> lines.add(p + "\n      seen in " + String.join("; ", views)));
        return lines;
    }

    /** A readable failure message for one list. */
    public String describe(String what, List<String> lines) {
        return subject + ": " + lines.size() + " " + what + "\n  - " + String.join("\n  - ", lines);
    }

    /** The guards' assertion: nothing untranslated and nothing clipped (both lists reported when both fail). */
    public void assertClean() {
        assertAll(
                () -> assertTrue(untranslated.isEmpty(), () -> describe("untranslated texts", untranslated())),
                () -> assertTrue(clipped.isEmpty(), () -> describe("clipped texts or controls", clipped())));
    }
}
