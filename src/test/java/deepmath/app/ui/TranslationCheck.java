package deepmath.app.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;

/**
 * "Every visible text is translated", without a dictionary:
 * <ul>
 * <li><b>pairs</b>: the same text seen in English and then in French (paired by its node or owner, see
 * {@link VisibleText#pairingKey()}) must differ when it has words, unless each of its words is one both
 * languages' bundles use (Position, Image, Convolution…) or is allowed (proper names, function names);</li>
 * <li><b>words</b>: a French text must not contain a word that English bundle values use and French ones
 * never do ("loss", "step", "learning"…), and an English text no word only the French bundles use;</li>
 * <li><b>keys</b>: no "!some.key!" (what {@code Messages} shows for a missing key).</li>
 * </ul>
 * Data shown as data (tokens of a prompt, file names, the digits' captions) is not UI text: give its node
 * (or a parent) the style class {@value #DATA_STYLE_CLASS} and it is skipped here (not by the clipping check).
 */
public final class TranslationCheck {
    public static final String DATA_STYLE_CLASS = "data-text";
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z]:)?[\\w.~-]*(?:[/\\\\][\\w.@~-]+){2,}[/\\\\]?");
    private static final Pattern MISSING_KEY = Pattern.compile("![\\w.-]+!");

    /** Names and symbols that are the same in both languages (lower case). */
    public static final Set<String> ALWAYS_ALLOWED = Set.of(
            "gpt", "mnist", "adam", "adagrad", "rmsprop", "relu", "softmax", "sobel", "king", "james", "bible",
            "hugging", "face", "safetensors", "nd4j", "openblas", "blas", "javafx", "java", "png", "json", "csv",
            "cpu", "gpu", "bpe", "deepmath", "lab", "sin", "cos", "tan", "exp", "log", "ln", "tanh", "sqrt", "abs",
            "max", "min", "argmax", "sigma", "id", "ok", "ctrl", "shift", "alt", "esc", "mse", "sgd", "lr", "fps",
            "english", "français", "rosenbrock", "himmelblau", "rastrigin", "beale", "booth", "nesterov", "laplace",
            "gauss", "gaussien", "gaussienne", "prewitt", "viridis", "magma", "inferno", "plasma", "cividis", "xor", "mlp", "cnn", "ms", "px", "mb", "mo", "kb", "ko");

    private final Set<String> englishOnly;
    private final Set<String> frenchOnly;
    private final Set<String> shared;
    private final Set<String> allowed;

    private TranslationCheck(Set<String> englishOnly, Set<String> frenchOnly, Set<String> shared,
                             Set<String> allowed) {
        this.englishOnly = englishOnly;
        this.frenchOnly = frenchOnly;
        this.shared = shared;
        this.allowed = allowed;
    }

    /** The words of every bundle in {@code resources/i18n} (English: base files, French: _fr files). */
    public static TranslationCheck fromBundles() {
        Set<String> english = new HashSet<>();
        Set<String> french = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("resources", "i18n"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                (file.getFileName().toString().endsWith("_fr.properties") ? french : english)
                        .addAll(words(values(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(english, french);
    }

    /** A check built from given English and French texts (as if they were the bundles' values). */
    static TranslationCheck fromTexts(List<String> englishTexts, List<String> frenchTexts) {
        Set<String> english = words(String.join("\n", englishTexts));
        Set<String> french = words(String.join("\n", frenchTexts));
        return of(english, french);
    }

    private static TranslationCheck of(Set<String> english, Set<String> french) {
        Set<String> englishOnly = new HashSet<>(english);
        englishOnly.removeAll(french);
        englishOnly.removeAll(ALWAYS_ALLOWED);
        Set<String> frenchOnly = new HashSet<>(french);
        frenchOnly.removeAll(english);
        frenchOnly.removeAll(ALWAYS_ALLOWED);
        Set<String> shared = new HashSet<>(english);
        shared.retainAll(french);
        return new TranslationCheck(englishOnly, frenchOnly, shared, ALWAYS_ALLOWED);
    }

    /** The same check with more allowed words (a lab's proper names). */
    public TranslationCheck allowing(String... words) {
        Set<String> more = new HashSet<>(allowed);
        Set<String> en = new HashSet<>(englishOnly);
        Set<String> fr = new HashSet<>(frenchOnly);
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            more.add(lower);
            en.remove(lower);
            fr.remove(lower);
        }
        return new TranslationCheck(en, fr, shared, Set.copyOf(more));
    }

    private static String values(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Placeholders ({0}, {1,number}) and choice formats' keywords are not words of the language.
        return String.join("\n", p.values().stream().map(v -> ((String) v)
                .replaceAll("\\{[^}]*}", " ")).toList());
    }

    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        // a file path shown in a text (where a data set was unpacked, a saved file) is data, not words of a language
        Matcher m = WORD.matcher(PATH.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (m.group().length() >= 2) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** Both checks on texts of one view in English and in French, paired by node. */
    public List<String> problems(List<VisibleText> english, List<VisibleText> french) {
        List<String> problems = new ArrayList<>();
        Map<Object, VisibleText> byKey = new HashMap<>();
        english.forEach(t -> byKey.put(t.pairingKey(), t));
        for (VisibleText fr : french) {
            VisibleText en = byKey.get(fr.pairingKey());
            if (en != null) {
                samePair(en, fr, problems);
            }
        }
        problems.addAll(words(english, Locale.ENGLISH));
        problems.addAll(words(french, Locale.FRENCH));
        return problems;
    }

    /** As {@link #problems(List, List)} for views rebuilt in each language (dialogs): paired by position. */
    public List<String> problemsByOrder(List<VisibleText> english, List<VisibleText> french) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(english.size(), french.size()); i++) {
            if (english.get(i).kind() == french.get(i).kind()) {
                samePair(english.get(i), french.get(i), problems);
            }
        }
        problems.addAll(words(english, Locale.ENGLISH));
        problems.addAll(words(french, Locale.FRENCH));
        return problems;
    }

    private void samePair(VisibleText en, VisibleText fr, List<String> problems) {
        if (isData(fr.node()) || !en.text().equals(fr.text())) {
            return;
        }
        Set<String> words = words(fr.text());
        List<String> foreign = words.stream().filter(w -> !shared.contains(w) && !allowed.contains(w)).toList();
        boolean reportedAsEnglish = words.stream().anyMatch(englishOnly::contains);
        if (!foreign.isEmpty() && !reportedAsEnglish) {
            problems.add("same in English and French (" + String.join(", ", foreign) + "): " + fr);
        }
    }

    /** Words of the other language, and missing keys, in texts shown in {@code language}. */
    public List<String> words(List<VisibleText> texts, Locale language) {
        boolean french = Locale.FRENCH.getLanguage().equals(language.getLanguage());
        Set<String> foreignWords = french ? englishOnly : frenchOnly;
        List<String> problems = new ArrayList<>();
        for (VisibleText t : texts) {
            if (MISSING_KEY.matcher(t.text()).find()) {
                problems.add("missing message: " + t);
                continue;
            }
            if (isData(t.node())) {
                continue;
            }
            List<String> foreign = words(t.text()).stream().filter(foreignWords::contains).toList();
            if (!foreign.isEmpty()) {
                problems.add((french ? "English" : "French") + " word(s) " + foreign + " in "
                        + (french ? "French" : "English") + ": " + t);
            }
        }
        return problems;
    }

    static boolean isData(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(DATA_STYLE_CLASS)) {
                return true;
            }
        }
        return false;
    }

    Set<String> englishOnlyWords() {
        return englishOnly;
    }

}
