package deepmath.language;

import deepmath.core.InputProblem;

/** Refusals of chapter 17's tools: BPE corpora, token lookups, vectors, co-occurrence tables. */
public enum LanguageProblem implements InputProblem {
    NO_WORDS("error.language.noWords",
            "{0} has no words to learn merges from"),
    MERGES("error.language.merges",
            "the number of merges must be between 1 and {1}, got {0}"),
    NOT_A_TOKEN("error.language.notAToken",
            "''{0}'' is not one token of this model (it is cut into {1})"),
    NOT_IN_VOCABULARY("error.language.notInVocabulary",
            "''{0}'' is not among the {1} words of the co-occurrence table"),
    DIMENSIONS("error.language.dimensions",
            "vectors of different dimensions: {0} and {1}"),
    ZERO_VECTOR("error.language.zeroVector",
            "the zero vector has no direction"),
    PARALLEL("error.language.parallel",
            "the two directions are parallel: they span a line, not a plane"),
    RANGE("error.language.range",
            "{0} must be between {1} and {2}, got {3}"),
    FEW_POINTS("error.language.fewPoints",
            "a projection needs at least {1} points, got {0}");

    private final Text text;

    LanguageProblem(String key, String english) {
        text = new Text(key, english);
    }

    @Override
    public Text text() {
        return text;
    }
}
