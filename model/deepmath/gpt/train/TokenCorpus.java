package deepmath.gpt.train;

import deepmath.core.BadInputException;
import deepmath.gpt.Gpt2Tokenizer;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A text cut into GPT-2 tokens, renumbered in its {@link RestrictedVocabulary}, and split into training and
 * validation tokens: every {@value #VALIDATION_EVERY}th block of {@value #BLOCK} tokens is held out, so that the
 * validation text comes from the whole corpus (the start of a book is not like its end) yet is never trained on.
 */
public final class TokenCorpus {
    static final int BLOCK = 1024;
    static final int VALIDATION_EVERY = 20;

    private final RestrictedVocabulary vocabulary;
    private final int[] training;
    private final int[] validation;

    public TokenCorpus(RestrictedVocabulary vocabulary, int[] training, int[] validation) {
        this.vocabulary = vocabulary;
        this.training = training;
        this.validation = validation;
    }

    /**
     * Tokenises {@code text} with GPT-2, keeps the tokens seen at least {@code minCount} times, and tokenises it
     * again with the kept vocabulary — exactly as the model's own tokenizer will cut text later.
     */
    public static TokenCorpus of(String text, Gpt2Tokenizer gpt2, int minCount) throws java.io.IOException {
        int[] gpt2Ids = gpt2.encode(text);
        if (gpt2Ids.length < 4) {
            throw new BadInputException("the corpus has only " + gpt2Ids.length + " tokens");
        }
        RestrictedVocabulary vocabulary = RestrictedVocabulary.of(gpt2Ids, gpt2, minCount);
        int[] ids = vocabulary.tokenizer(gpt2).encode(text);
        int[][] parts = split(ids);
        return new TokenCorpus(vocabulary, parts[0], parts[1]);
    }

    /** {training, held-out} tokens of a tokenised corpus (the split every run and test uses). */
    public static int[][] split(int[] ids) {
        IntStream.Builder train = IntStream.builder();
        IntStream.Builder held = IntStream.builder();
        for (int i = 0; i < ids.length; i++) {
            boolean heldOut = ids.length >= 2 * BLOCK * VALIDATION_EVERY
                    ? (i / BLOCK) % VALIDATION_EVERY == VALIDATION_EVERY - 1
                    : i >= ids.length * 9 / 10;   // a tiny corpus: its last tenth
            (heldOut ? held : train).add(ids[i]);
        }
        return new int[][] {train.build().toArray(), held.build().toArray()};
    }

    public RestrictedVocabulary vocabulary() {
        return vocabulary;
    }

    public int[] training() {
        return training;
    }

    public int[] validation() {
        return validation;
    }

    /** A batch of {@code batch} random windows of the training tokens: inputs [B][T] and their next tokens. */
    public Batch sample(int batch, int context, Random random) {
        if (training.length <= context + 1) {
            throw new BadInputException("the corpus has " + training.length + " training tokens, fewer than the context "
                    + context + " + 1");
        }
        int[][] inputs = new int[batch][context];
        int[][] targets = new int[batch][context];
        for (int b = 0; b < batch; b++) {
            int start = random.nextInt(training.length - context - 1);
            System.arraycopy(training, start, inputs[b], 0, context);
            System.arraycopy(training, start + 1, targets[b], 0, context);
        }
        return new Batch(inputs, targets);
    }

    /** Input windows and, position by position, the token that follows each input token. */
    public record Batch(int[][] inputs, int[][] targets) {
    }
}
