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

    /** Next-token logits of {@code ids}, keeping what {@code captures} asks for. */
    public Gpt2Trace forward(int[] ids, Set<Capture> captures) {
        checkIds(ids);
        Gpt2Trace trace = new Gpt2Trace(ids, config, captures);
        int tokens = ids.length;

        // Embedding: the row of each token plus the row of its position, x [T, n].
        INDArray x = tokenEmbedding.getRows(ids)
                .addi(positionEmbedding.get(NDArrayIndex.interval(0, tokens), NDArrayIndex.all()));
        trace.recordResidual(0, x);

        for (int layer = 0; layer < blocks.size(); layer++) {
            x = blocks.get(layer).apply(x, layer, trace);
            trace.recordResidual(layer + 1, x);
        }

        // Unembedding with the token embedding itself (tied weights): logits [T, vocab].
        INDArray normalised = finalNorm.apply(x);
        if (captures.contains(Capture.ALL_LOGITS)) {
            float[][] all = normalised.mmul(tokenEmbedding.transpose()).toFloatMatrix();
            trace.recordLogits(all[tokens - 1], all);
        } else {
            // Only the next token is predicted: W_te·x_last, [vocab, n]·[n, 1], leaves W_te as stored.
            INDArray last = normalised.getRow(tokens - 1, true).reshape(normalised.columns(), 1);
            trace.recordLogits(tokenEmbedding.mmul(last).toFloatVector(), null);
        }
        return trace;
    }

    private void checkIds(int[] ids) {
        if (ids.length == 0) {
            throw new BadInputException(GptProblem.NO_TOKENS);
        }
        if (ids.length > config.nPositions()) {
            throw new BadInputException(GptProblem.TOO_MANY_TOKENS, ids.length, config.nPositions());
        }
        for (int id : ids) {
            if (id < 0 || id >= config.vocabSize()) {
                throw new BadInputException(GptProblem.ID_OUTSIDE_MODEL, id, config.vocabSize() - 1);
            }
        }
    }
}
