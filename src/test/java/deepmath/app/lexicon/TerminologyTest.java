package deepmath.app.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.lexicon.Lexicon;
import deepmath.lexicon.LexiconEntry;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The book's lexicon (appendix § 4) as the reference of the French texts: wherever an English bundle value uses
 * one of its English terms, the French value of the same key uses the book's French term for it ("learning rate"
 * → "pas", "momentum" → "moment", "output" → "sortie", "shape" → "taille"). Case, accents and a plural are
 * ignored. Where the book's own prose uses another French word than its lexicon, that word is accepted too, with
 * the line that shows it ({@link #ALSO_THE_BOOKS}); the few English uses that are not the notion are listed with a
 * reason ({@link #NOT_THE_NOTION}).
 */
class TerminologyTest {
    /** French words the book's prose uses for a notion besides its lexicon's term, with where it does. */
    static final Map<String, List<String>> ALSO_THE_BOOKS = Map.of(
            // line 22012, the lexicon itself: « un motif de convolution s'appelle aussi noyau » (and ch. 11–14)
            "kernel", List.of("motif"),
            "filter", List.of("motif"),
            "mask", List.of("motif"),
            // line 12883: « Le pooling (regroupement de termes) consiste à… »: the prose keeps the word
            "pooling", List.of("pooling"),
            // line 14362: « Le dropout (décrochage ou abandon en français) est une technique… »
            "dropout", List.of("dropout"),
            // line 17174: « nous expliquons les concepts de token et de plongement »
            "token", List.of("token"),
            // line 122: « Un tenseur est un tableau à plusieurs dimensions »; the lexicon's "tensor/tensor" is
            // the English word on both sides
            "tensor", List.of("tenseur", "tensoriel"),
            // line 21141: « le nombre de têtes d'attention (attention head) »
            "attention-head", List.of("tête"),
            // a kernel's, block's or batch's size is a length: line 12885 « Un pooling de taille k transforme une
            // matrice de taille n × p »; « nombre d'éléments » is numpy's size of a tensor
            "size", List.of("taille"));

    /** Keys (bundle/key) whose English value uses a lexicon word in another sense. */
    static final Map<String, String> NOT_THE_NOTION = Map.of(
            "attention/embed.tools.analogyOf", "the analogy's three given words, not a network's input",
            "attention/embed.tools.rank", "the analogy's three given words, not a network's input",
            "errors/error.gpt.entryIncomplete", "'shape' is the name of a field of the safetensors header");

    /** What is code, not language: quoted names, options (--kernel), JSON paths (layers[1].weights), known fields. */
    private static final Pattern CODE = Pattern.compile(
            "''[^']*''|\"[^\"]*\"|--\\w[\\w-]*|\\w+(?:\\[[^\\]]*])+(?:\\.\\w+)*|\\(known: [^)]*\\)");

    @Test
    void frenchTextsUseTheBooksTermsWhereTheEnglishUsesTheLexicons() throws IOException {
        List<LexiconEntry> pairs = Lexicon.shipped().entries();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path english : englishBundles()) {
            String bundle = english.getFileName().toString().replace(".properties", "");
            Properties en = load(english);
            Properties fr = load(english.resolveSibling(bundle + "_fr.properties"));
            for (String key : en.stringPropertyNames()) {
                if (NOT_THE_NOTION.containsKey(bundle + "/" + key)) {
                    continue;
                }
                String englishText = Lexicon.fold(CODE.matcher(en.getProperty(key)).replaceAll(" "));
                String frenchText = Lexicon.fold(fr.getProperty(key, ""));
                for (LexiconEntry pair : pairs) {
                    if (pair.english().stream().noneMatch(t -> englishTerm(t).matcher(englishText).find())) {
                        continue;
                    }
                    checked++;
                    if (frenchForms(pair).stream().noneMatch(t -> frenchTerm(t).matcher(frenchText).find())) {
                        problems.add(bundle + "_fr/" + key + ": '" + pair.english().get(0) + "' is '"
                                + String.join("' or '", pair.french()) + "' in the book, the French says: "
                                + fr.getProperty(key));
                    }
                }
            }
        }
        assertTrue(checked > 200, "the check saw only " + checked + " uses of the lexicon's English terms");
        assertTrue(problems.isEmpty(), problems.size() + " French texts that do not use the book's term:\n  "
                + String.join("\n  ", problems));
    }

    /** The exceptions name real pairs (a renamed id would silently switch one off). */
    @Test
    void theExceptionsNamePairsOfTheLexicon() {
        Set<String> ids = Lexicon.shipped().entries().stream().map(LexiconEntry::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(ALSO_THE_BOOKS.keySet()), ALSO_THE_BOOKS.keySet() + " vs " + ids);
    }

    /** The matcher itself, on the book's own pairs: what it must find and what it must not. */
    @Test
    void theMatchersFindWholeWordsWithOrWithoutAccentAndPlural() {
        assertTrue(englishTerm("layers").matcher("a dense layer").find());
        assertTrue(englishTerm("weights").matcher("3 weights").find());
        assertTrue(englishTerm("learning rate").matcher(Lexicon.fold("Learning rate:")).find());
        assertTrue(!englishTerm("bias").matcher("biased").find());
        assertTrue(!englishTerm("epoch").matcher("epochal").find());
        assertTrue(frenchTerm("époque").matcher(Lexicon.fold("Époques : 3")).find());
        assertTrue(frenchTerm("noyau").matcher("deux noyaux").find());
        assertTrue(frenchTerm("fonction d’activation").matcher(Lexicon.fold("les fonctions d'activation")).find());
        assertTrue(frenchTerm("pas δ").matcher(Lexicon.fold("Pas δ :")).find());
        assertTrue(!frenchTerm("pas δ").matcher(Lexicon.fold("pas de pooling")).find());
        assertTrue(frenchTerm("couches du réseau").matcher("la couche 2").find());
        assertTrue(!frenchTerm("moment").matcher("au momentum").find());
    }

    private static List<String> frenchForms(LexiconEntry pair) {
        List<String> forms = new ArrayList<>(pair.french());
        forms.addAll(ALSO_THE_BOOKS.getOrDefault(pair.id(), List.of()));
        return forms;
    }

    /** An English term as whole words, a plural 's' allowed and, for a plural term, its singular. */
    static Pattern englishTerm(String term) {
        String t = Lexicon.fold(term).replace("(", "").replace(")", "");
        String singular = t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("as") ? "|" + Pattern.quote(
                t.substring(0, t.length() - 1)) : "";
        return Pattern.compile("\\b(?:" + Pattern.quote(t) + singular + ")s?\\b");
    }

    /**
     * A French term as whole words, each word allowed its plural (s or x). A term the book writes as a phrase is
     * looked for by its head: « couches du réseau » by « couche », « pas δ » with its δ (a bare « pas » is also
     * the negation, and « pas de pooling » is not a step), « descente de gradient (classique) »
     * without its bracket, « fonction sigma σ » by « sigma », « regroupement de termes » by « regroupement ».
     */
    static Pattern frenchTerm(String term) {
        String t = Lexicon.fold(term);
        if (t.equals("pas δ")) {
            return Pattern.compile("\\bpas\\s*δ");
        }
        t = switch (t) {
            case "couches du reseau" -> "couche";
            case "fonction sigma σ" -> "sigma";
            case "regroupement de termes" -> "regroupement";
            default -> t.replaceAll("\\s*\\([^)]*\\)", "");
        };
        String words = Stream.of(t.split("\\s+")).map(w -> Pattern.quote(w) + "(?:s|x)?")
                .collect(Collectors.joining("\\s+"));
        return Pattern.compile("\\b" + words + "(?![\\p{L}])");
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("resources", "i18n"))) {
            return files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !f.getFileName().toString().contains("_")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
