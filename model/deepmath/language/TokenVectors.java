package deepmath.language;

import deepmath.core.BadInputException;
import deepmath.gpt.Gpt2Tokenizer;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A table of token vectors with its names: GPT-2's token embeddings (rows of W_te, looked up through the model's
 * tokenizer) or a co-occurrence embedding (one row per word). A GPT-2 word is taken with a leading space when that
 * makes one token (" dog", the token of a word inside a sentence, as the book's dog 3290), else as written.
 */
public final class TokenVectors {
    private final EmbeddingGeometry geometry;
    private final IntFunction<String> names;
    private final Function<String, Integer> lookup;

    private TokenVectors(EmbeddingGeometry geometry, IntFunction<String> names, Function<String, Integer> lookup) {
        this.geometry = geometry;
        this.names = names;
        this.lookup = lookup;
    }

    public static TokenVectors ofGpt2(float[][] tokenEmbeddings, Gpt2Tokenizer tokenizer) {
        return new TokenVectors(new EmbeddingGeometry(tokenEmbeddings),
                id -> tokenizer.tokenTexts(new int[] {id}).get(0), word -> {
                    int[] ids = tokenizer.encode(word);
                    if (ids.length == 1 && ids[0] < tokenEmbeddings.length) {
                        return ids[0];
                    }
                    int[] spaced = tokenizer.encode(" " + word);
                    if (!word.startsWith(" ") && spaced.length == 1 && spaced[0] < tokenEmbeddings.length) {
                        return spaced[0];
                    }
                    throw new BadInputException(LanguageProblem.NOT_A_TOKEN, word, tokenizer.tokenTexts(ids));
                });
    }

    public static TokenVectors ofCooccurrence(Cooccurrence.SvdEmbedding embedding) {
        List<String> words = embedding.words();
        return new TokenVectors(new EmbeddingGeometry(embedding.vectors()), words::get, word -> {
            int i = words.indexOf(word.strip().toLowerCase(java.util.Locale.ROOT));
            if (i < 0) {
                throw new BadInputException(LanguageProblem.NOT_IN_VOCABULARY, word, words.size());
            }
            return i;
        });
    }

    public EmbeddingGeometry geometry() {
        return geometry;
    }

    /** The row of {@code word}; refused (naming the word) when it has none. */
    public int id(String word) {
        return lookup.apply(word);
    }

    public String name(int id) {
        return names.apply(id);
    }
}
