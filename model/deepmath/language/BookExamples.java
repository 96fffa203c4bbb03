package deepmath.language;

import java.util.List;

/** The numbers of chapter 17's worked examples, each at its line of the book's text. */
public final class BookExamples {
    private BookExamples() {
    }

    /** Line 17928 (BPE, from line 17886): the example's text (three merges: ab, ba, bac). */
    public static final String BPE_TEXT = "ab ab abc dbac bacde";

    /** Line 18164 (cosine, from line 18109): X = (2, 3), Y = (4, 4) — distance √5 ≈ 2.24, cosine 5/√26 ≈ 0.98. */
    public static final double[] COSINE_X = {2, 3};
    public static final double[] COSINE_Y = {4, 4};

    /** Line 18359: axes (man, woman, child, royalty); king, queen, princess and a text's counts Y = (3, 0, 0, 2). */
    public static final List<String> ROYAL_AXES = List.of("man", "woman", "child", "royalty");
    public static final List<String> ROYAL_WORDS = List.of("king", "queen", "princess");
    public static final double[][] ROYAL_VECTORS = {{1, 0, 0, 1}, {0, 1, 0, 1}, {0, 1, 1, 1}};
    public static final double[] ROYAL_TEXT = {3, 0, 0, 2};

    /** Line 18417 (the curse of dimension): 1000 random points of R⁷⁶⁸, coordinates uniform in [0, 1]: distances ≈ 11.3 ± 0.25. */
    public static final int CURSE_DIMENSION = 768;
    public static final int CURSE_POINTS = 1000;

    /** Line 18741 (co-occurrence, from line 18730): the tokens le, et, chat, chien and their co-occurrence matrix (column i then row j). */
    public static final List<String> TOY_WORDS = List.of("le", "et", "chat", "chien");
    public static final double[][] TOY_COUNTS = {{0, 10, 1, 0}, {0, 0, 8, 5}, {6, 2, 0, 0}, {4, 3, 1, 0}};
}
