package deepmath.gpt;

import deepmath.core.BadInputException;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * GPT-2, top to bottom: token embedding + learnt position embedding → L blocks on the residual stream →
 * final LayerNorm → unembedding tied to the token embedding (logits = x·W_teᵀ) → next-token logits.
 * Runs on ND4J (float32). Build it with {@link Gpt2Checkpoint#load}.
 */
public final class Gpt2Model {
    private final Gpt2Config config;
    private final INDArray tokenEmbedding;    // wte [vocab, n]
    private final INDArray positionEmbedding; // wpe [positions, n]
    private final List<Block> blocks;
    private final LayerNorm finalNorm;        // ln_f

    public Gpt2Model(Gpt2Config config, INDArray tokenEmbedding, INDArray positionEmbedding, List<Block> blocks,
                     LayerNorm finalNorm) {
        this.config = config;
        this.tokenEmbedding = tokenEmbedding;
        this.positionEmbedding = positionEmbedding;
        this.blocks = List.copyOf(blocks);
        this.finalNorm = finalNorm;
    }

    public Gpt2Config config() {
        return config;
    }

    /** The token embedding W_te as rows [vocab][n] (a copy: for the embedding geometry views). */
    public float[][] tokenEmbeddings() {
        return tokenEmbedding.toFloatMatrix();
    }

    /**
     * The first {@code count} rows of the position embedding W_pe as [position][n] (a copy: for the views that
     * compare it with the book's sinusoidal table).
     */
    public float[][] positionEmbeddings(int count) {
        int rows = Math.min(count, (int) positionEmbedding.rows());
        return positionEmbedding.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()).toFloatMatrix();
    }

    /** Next-token logits of {@code ids}, keeping what {@code captures} asks for. */
    public Gpt2Trace forward(int[] ids, Set<Capture> captures) {
        checkIds(ids, 0);
        return run(new KvCache(config, ids.length), ids, captures);
    }

    /** An empty key/value cache for up to {@code capacity} tokens (at most the model's positions). */
    public KvCache newCache(int capacity) {
        return new KvCache(config, capacity);
    }

    /**
     * Continues the text held in {@code cache} with {@code ids}: only the new tokens go through the blocks,
     * attending to the cached keys and values, and their own are added to the cache. The logits are those a full
     * pass over the cached tokens followed by {@code ids} would give (equal up to float rounding); the trace's
     * rows are the new tokens' (see {@link Gpt2Trace#firstPosition}).
     */
    public Gpt2Trace extend(KvCache cache, int[] ids, Set<Capture> captures) {
        if (cache.config() != config && !cache.config().equals(config)) {
            throw new IllegalArgumentException("this cache belongs to another model");
        }
        checkIds(ids, cache.length());
        if (cache.length() + ids.length > cache.capacity()) {
            throw new BadInputException(GptProblem.TOO_MANY_TOKENS, cache.length() + ids.length, cache.capacity());
        }
        return run(cache, ids, captures);
    }

    private Gpt2Trace run(KvCache cache, int[] ids, Set<Capture> captures) {
        int start = cache.length();
        Gpt2Trace trace = new Gpt2Trace(ids, start, config, captures);
        int tokens = ids.length;

        // Embedding: the row of each token plus the row of its position, x [m, n].
        INDArray x = tokenEmbedding.getRows(ids)
                .addi(positionEmbedding.get(NDArrayIndex.interval(start, start + tokens), NDArrayIndex.all()));
        trace.recordResidual(0, x);

        for (int layer = 0; layer < blocks.size(); layer++) {
            x = blocks.get(layer).apply(x, layer, trace, cache);
            trace.recordResidual(layer + 1, x);
        }
        cache.advance(tokens);

        // Unembedding with the token embedding itself (tied weights): logits [m, vocab].
        INDArray normalised = finalNorm.apply(x);
        if (captures.contains(Capture.ALL_LOGITS)) {
            float[][] all = normalised.mmul(tokenEmbedding.transpose()).toFloatMatrix();
            trace.recordLogits(all[tokens - 1], all);
        } else {
            // Only the next token is predicted: W_te·x_last, [vocab, n]·[n], leaves W_te as stored.
            INDArray last = normalised.getRow(tokens - 1, true).dup('c');
            trace.recordLogits(Affine.times(tokenEmbedding, last).toFloatVector(), null);
        }
        return trace;
    }

    /** {@code ids} placed after {@code before} tokens. */
    private void checkIds(int[] ids, int before) {
        if (ids.length == 0) {
            throw new BadInputException(GptProblem.NO_TOKENS);
        }
        if (before + ids.length > config.nPositions()) {
            throw new BadInputException(GptProblem.TOO_MANY_TOKENS, before + ids.length, config.nPositions());
        }
        for (int id : ids) {
            if (id < 0 || id >= config.vocabSize()) {
                throw new BadInputException(GptProblem.ID_OUTSIDE_MODEL, id, config.vocabSize() - 1);
            }
        }
    }
}
