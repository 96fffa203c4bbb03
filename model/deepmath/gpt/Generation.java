package deepmath.gpt;

import java.util.Arrays;
import java.util.List;

/**
 * What {@link TextGenerator} produced: the prompt's ids, the generated ids, why it stopped, and (when asked
 * for) the attention of every token the model read: the prompt's [layer][head][q][k] from its pass, then one
 * row [layer][head][key] per generated token that went through the model, over every key up to itself.
 */
public record Generation(int[] prompt, int[] generated, Stop stop, float[][][][] promptAttention,
                         List<float[][][]> generatedRows) {

    /** Why generation ended. */
    public enum Stop {
        /** The number of new tokens asked for was reached. */
        MAX_TOKENS,
        /** The model chose its end-of-text token (which is not part of {@link #generated}). */
        END_OF_TEXT,
        /** The model's positions were all used. */
        CONTEXT_FULL
    }

    public Generation {
        prompt = prompt.clone();
        generated = generated.clone();
        generatedRows = generatedRows == null ? null : List.copyOf(generatedRows);
    }

    /** The prompt followed by the generated tokens. */
    public int[] ids() {
        int[] all = Arrays.copyOf(prompt, prompt.length + generated.length);
        System.arraycopy(generated, 0, all, prompt.length, generated.length);
        return all;
    }

    public boolean hasAttention() {
        return promptAttention != null;
    }

    /**
     * The attention matrices of the whole text, [layer][head][q][k] for q, k over the tokens the model read
     * (prompt + generated ones): the prompt's rows, then each generated token's row, 0 above the diagonal — what
     * one full pass over {@link #ids} gives, without running it. Null when attention was not kept.
     */
    public float[][][][] attention() {
        if (promptAttention == null) {
            return null;
        }
        int layers = promptAttention.length;
        int heads = promptAttention[0].length;
        int p = prompt.length;
        int t = p + generatedRows.size();
        float[][][][] out = new float[layers][heads][t][t];
        for (int l = 0; l < layers; l++) {
            for (int h = 0; h < heads; h++) {
                for (int q = 0; q < p; q++) {
                    System.arraycopy(promptAttention[l][h][q], 0, out[l][h][q], 0, p);
                }
                for (int g = 0; g < generatedRows.size(); g++) {
                    float[] row = generatedRows.get(g)[l][h];
                    System.arraycopy(row, 0, out[l][h][p + g], 0, row.length);
                }
            }
        }
        return out;
    }
}
