package deepmath.gpt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one table of GPT-2's parameters: their checkpoint names (Hugging Face's, without the {@code transformer.}
 * prefix that some files add), their shapes from the {@link Gpt2Config}, and their order (the order of a
 * checkpoint, of the initial draws and of the training state). The checkpoint reader, the random and the
 * initial weights, and both training engines name parameters through it.
 * <p>
 * Weights are stored in Conv1D layout [in, out], which is already the x·W orientation. The token embedding
 * {@code wte.weight} [V, n] is also the unembedding (tied), so a checkpoint's {@code lm_head.weight} is ignored,
 * as are the {@code attn.bias}/{@code attn.masked_bias} mask buffers.
 */
public final class Gpt2Parameters {
    /** The prefix of the keys in files saved from {@code GPT2LMHeadModel}: {@code transformer.wte.weight}. */
    public static final String HUGGING_FACE_PREFIX = "transformer.";
    /** W_te [V, n]: a row per token. */
    public static final String TOKEN_EMBEDDING = "wte.weight";
    /** W_pe [T, n]: a row per position. */
    public static final String POSITION_EMBEDDING = "wpe.weight";

    /** What a parameter is, which decides how it is initialised. */
    public enum Role {
        TOKEN_EMBEDDING, POSITION_EMBEDDING,
        /** A LayerNorm's gain γ (starts at 1). */
        NORM_GAIN,
        /** A LayerNorm's shift β. */
        NORM_SHIFT,
        /** A weight matrix that writes into the block's own hidden values. */
        WEIGHT,
        /** A weight matrix that writes into the residual stream (GPT-2 scales its initial values by 1/√(2L)). */
        RESIDUAL_WEIGHT,
        BIAS
    }

    /** The parts of a block, in order: a layer x·W + b with W [in·n, out·n], or a LayerNorm (in = out = 1). */
    public enum Part {
        LN_1("ln_1", 1, 1, true, false),
        ATTN_QKV("attn.c_attn", 1, 3, false, false),
        ATTN_PROJ("attn.c_proj", 1, 1, false, true),
        LN_2("ln_2", 1, 1, true, false),
        MLP_FC("mlp.c_fc", 1, 4, false, false),
        MLP_PROJ("mlp.c_proj", 4, 1, false, true);

        private final String key;
        private final int in;
        private final int out;
        private final boolean norm;
        private final boolean residual;

        Part(String key, int in, int out, boolean norm, boolean residual) {
            this.key = key;
            this.in = in;
            this.out = out;
            this.norm = norm;
            this.residual = residual;
        }

        /** {@code h.<layer>.<part>.}, to which {@code weight} and {@code bias} are appended. */
        public String prefix(int layer) {
            return block(layer) + key + ".";
        }

        public String weight(int layer) {
            return prefix(layer) + "weight";
        }

        public String bias(int layer) {
            return prefix(layer) + "bias";
        }
    }

    /** The final LayerNorm's prefix ({@code ln_f.weight}, {@code ln_f.bias}). */
    public static final String FINAL_NORM = "ln_f.";

    /** One parameter: its checkpoint name, its shape, its role and the part of a block it belongs to (or null). */
    public record Parameter(String name, long[] shape, Role role, Part part) {
        public long elementCount() {
            long count = 1;
            for (long d : shape) {
                count *= d;
            }
            return count;
        }
    }

    private Gpt2Parameters() {
    }

    /** {@code h.<layer>.}: the names of block {@code layer} start so. */
    public static String block(int layer) {
        return "h." + layer + ".";
    }

    /** Every parameter of a model of these sizes, in checkpoint order. */
    public static List<Parameter> of(Gpt2Config config) {
        long n = config.nEmbd();
        List<Parameter> table = new ArrayList<>();
        table.add(new Parameter(TOKEN_EMBEDDING, new long[] {config.vocabSize(), n}, Role.TOKEN_EMBEDDING, null));
        table.add(new Parameter(POSITION_EMBEDDING, new long[] {config.nPositions(), n}, Role.POSITION_EMBEDDING, null));
        for (int layer = 0; layer < config.nLayer(); layer++) {
            for (Part part : Part.values()) {
                if (part.norm) {
                    table.add(new Parameter(part.weight(layer), new long[] {n}, Role.NORM_GAIN, part));
                    table.add(new Parameter(part.bias(layer), new long[] {n}, Role.NORM_SHIFT, part));
                } else {
                    table.add(new Parameter(part.weight(layer), new long[] {part.in * n, part.out * n},
                            part.residual ? Role.RESIDUAL_WEIGHT : Role.WEIGHT, part));
                    table.add(new Parameter(part.bias(layer), new long[] {part.out * n}, Role.BIAS, part));
                }
            }
        }
        table.add(new Parameter(FINAL_NORM + "weight", new long[] {n}, Role.NORM_GAIN, null));
        table.add(new Parameter(FINAL_NORM + "bias", new long[] {n}, Role.NORM_SHIFT, null));
        return table;
    }

    /** The prefix a file's keys carry: {@link #HUGGING_FACE_PREFIX} when its token embedding is named so, else none. */
    public static String prefixIn(Predicate<String> hasKey) {
        return hasKey.test(HUGGING_FACE_PREFIX + TOKEN_EMBEDDING) ? HUGGING_FACE_PREFIX : "";
    }
}
