package deepmath.gpt;

import deepmath.core.BadInputException;
import deepmath.core.Progress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Autoregressive generation: the prompt goes through the model once, then each chosen token goes through it
 * alone, its keys and values added to a {@link KvCache} — one token's work per new token instead of the whole
 * text again. Each token is chosen from the next-token law with a {@link Sampling}; generation stops after the
 * number of tokens asked for, on the end-of-text token, or when the model's positions are used up.
 */
public final class TextGenerator {
    /** No end-of-text token (a model whose vocabulary has none, like the shipped one). */
    public static final int NO_END_OF_TEXT = -1;

    private final Gpt2Model model;

    public TextGenerator(Gpt2Model model) {
        this.model = model;
    }

    /**
     * Generates up to {@code maxNewTokens} tokens after {@code prompt}. {@code endOfText} is the id that ends
     * the text ({@link #NO_END_OF_TEXT} for none); {@code keepAttention} keeps the attention of every token read
     * (the last generated token is then run too, for its row).
     */
    public Generation generate(int[] prompt, int maxNewTokens, Sampling sampling, int endOfText, boolean keepAttention,
                               Progress progress) {
        if (maxNewTokens < 0) {
            throw new BadInputException(GptProblem.NEW_TOKENS, maxNewTokens);
        }
        Gpt2Config config = model.config();
        if (prompt.length == 0) {
            throw new BadInputException(GptProblem.NO_TOKENS);
        }
        if (prompt.length > config.nPositions()) {
            throw new BadInputException(GptProblem.TOO_MANY_TOKENS, prompt.length, config.nPositions());
        }
        Set<Capture> captures = keepAttention ? EnumSet.of(Capture.ATTENTION) : EnumSet.noneOf(Capture.class);
        KvCache cache = model.newCache((int) Math.min(config.nPositions(), (long) prompt.length + maxNewTokens));
        Gpt2Trace trace = model.extend(cache, prompt, captures);
        float[][][][] promptAttention = trace.attention();
        List<float[][][]> rows = keepAttention ? new ArrayList<>() : null;
        Random random = new Random(sampling.seed());
        List<Integer> generated = new ArrayList<>();
        Generation.Stop stop;
        while (true) {
            progress.checkCancelled();
            if (generated.size() == maxNewTokens) {
                stop = Generation.Stop.MAX_TOKENS;
                break;
            }
            if (cache.length() == config.nPositions()) {
                stop = Generation.Stop.CONTEXT_FULL;
                break;
            }
            int next = new NextToken(trace.lastLogits(), sampling.temperature())
                    .choose(sampling.strategy(), sampling.topK(), sampling.topP(), random);
            if (next == endOfText) {
                stop = Generation.Stop.END_OF_TEXT;
                break;
            }
            generated.add(next);
            progress.update(generated.size(), maxNewTokens);
            if (generated.size() == maxNewTokens && !keepAttention) {
                stop = Generation.Stop.MAX_TOKENS; // its logits would predict a token nobody asked for
                break;
            }
            trace = model.extend(cache, new int[] {next}, captures);
            if (keepAttention) {
                rows.add(firstRows(trace.attention()));
            }
        }
        return new Generation(prompt, generated.stream().mapToInt(Integer::intValue).toArray(), stop,
                promptAttention, rows);
    }

    /** [layer][head][1][keys] → [layer][head][keys]. */
    private static float[][][] firstRows(float[][][][] attention) {
        float[][][] out = new float[attention.length][][];
        for (int l = 0; l < attention.length; l++) {
            out[l] = new float[attention[l].length][];
            for (int h = 0; h < attention[l].length; h++) {
                out[l][h] = attention[l][h][0];
            }
        }
        return out;
    }
}
