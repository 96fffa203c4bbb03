package deepmath.gpt;

import deepmath.core.BadInputException;
import java.util.List;
import java.util.Set;
import deepmath.nd.Blas;
import deepmath.nd.OneBlasThread;
import deepmath.nd.WorkSplit;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * GPT-2, top to bottom: token embedding + learnt position embedding → L blocks on the residual stream →
 * final LayerNorm → unembedding tied to the token embedding (logits = x·W_teᵀ) → next-token logits.
 * float32; the weights are ND4J arrays, the products OpenBLAS calls on their memory ({@link Blas}), the row-wise
 * steps Java loops. Build it with {@link Gpt2Checkpoint#load}.
 * <p>
 * A pass runs its products on OpenBLAS's own threads (one call a product) and the row-wise steps on the calling
 * thread. The lab's own split ({@link WorkSplit}: blocks of each product's columns, the attention heads, blocks of
 * rows on Java threads, OpenBLAS at one thread meanwhile, {@link #forwardOnLabThreads}) was the default until
 * measured slower on both machine kinds the lab has run on: 64 tokens 223–317 ms against 182–214 ms, generation
 * 18.5–19.4 against 22.6–28.0 tokens/s (AMD EPYC Zen 3, Debian's OpenBLAS, 2026-12-03), and 180.6/145.3 against
 * 148.9/142.3 ms on the Zen 4 (docs/benchmarks.md).
 */
public final class Gpt2Model {
    private final Gpt2Config config;
    private final INDArray tokenEmbedding;    // wte [vocab, n]
    private final INDArray positionEmbedding; // wpe [positions, n]
    private final List<Block> blocks;
    private final LayerNorm finalNorm;        // ln_f
    private final WorkSplit split = new WorkSplit(Runtime.getRuntime().availableProcessors());

    public Gpt2Model(Gpt2Config config, INDArray tokenEmbedding, INDArray positionEmbedding, List<Block> blocks,
                     LayerNorm finalNorm) {
        this.config = config;
        this.tokenEmbedding = Affine.rowMajor(tokenEmbedding);
        this.positionEmbedding = Affine.rowMajor(positionEmbedding);
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
        return forward(ids, captures, WorkSplit.SEQUENTIAL);
    }

    /**
     * The same pass with its work shared over the lab's own threads when OpenBLAS has several (for
     * {@code bench gpt2-small-64 --param split=lab}, which compares the two).
     */
    public Gpt2Trace forwardOnLabThreads(int[] ids, Set<Capture> captures) {
        return forward(ids, captures, OneBlasThread.configured() > 1 ? split : WorkSplit.SEQUENTIAL);
    }

    /** The same with the work shared over {@code split} (the tests compare one thread with several). */
    Gpt2Trace forward(int[] ids, Set<Capture> captures, WorkSplit split) {
        checkIds(ids, 0);
        return run(new KvCache(config, ids.length), ids, captures, split);
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
        return run(cache, ids, captures, WorkSplit.SEQUENTIAL);
    }

    private Gpt2Trace run(KvCache cache, int[] ids, Set<Capture> captures, WorkSplit split) {
        int start = cache.length();
        Gpt2Trace trace = new Gpt2Trace(ids, start, config, captures);
        int tokens = ids.length;
        int n = config.nEmbd();

        // Embedding: the row of each token plus the row of its position, x [m, n], read from native memory.
        float[] x = new float[tokens * n];
        float[] position = new float[n];
        FloatPointer wte = Blas.pointer(tokenEmbedding);
        FloatPointer wpe = Blas.pointer(positionEmbedding);
        for (int t = 0; t < tokens; t++) {
            Blas.at(wte, (long) ids[t] * n).get(x, t * n, n);
            Blas.at(wpe, (long) (start + t) * n).get(position, 0, n);
            for (int j = 0; j < n; j++) {
                x[t * n + j] += position[j];
            }
        }
        trace.recordResidual(0, x, tokens, n);

        try (OneBlasThread oneThread = split.workers() > 1 ? OneBlasThread.open() : null;
             PassBuffers buffers = new PassBuffers(split)) {
            for (int layer = 0; layer < blocks.size(); layer++) {
                x = blocks.get(layer).apply(x, tokens, layer, trace, cache, buffers);
                trace.recordResidual(layer + 1, x, tokens, n);
            }
            cache.advance(tokens);

            // Unembedding with the token embedding itself (tied weights).
            int vocab = config.vocabSize();
            if (captures.contains(Capture.ALL_LOGITS)) {
                // logits [m, vocab] = ln_f(x) · W_teᵀ, W_te read as stored.
                FloatPointer in = buffers.input(finalNorm.apply(x, split));
                FloatPointer out = buffers.mixed(tokens * vocab);
                int width = Affine.blockWidth(vocab, split.workers());
                split.run((vocab + width - 1) / width, block -> {             // blocks of the vocabulary
                    int from = block * width;
                    Blas.sgemm(false, true, tokens, Math.min(width, vocab - from), n, 1f, in, n,
                            Blas.at(wte, (long) from * n), n, 0f, Blas.at(out, from), vocab);
                });
                float[][] all = new float[tokens][vocab];
                for (int t = 0; t < tokens; t++) {
                    Blas.at(out, (long) t * vocab).get(all[t], 0, vocab);
                }
                trace.recordLogits(all[tokens - 1], all);
            } else {
                // Only the next token is predicted: W_te · ln_f(x_last), [vocab, n]·[n] (sgemv).
                float[] last = finalNorm.apply(java.util.Arrays.copyOfRange(x, (tokens - 1) * n, tokens * n));
                FloatPointer in = buffers.input(last);
                FloatPointer out = buffers.mixed(vocab);
                int height = Affine.blockWidth(vocab, split.workers());
                split.run((vocab + height - 1) / height, block -> {           // blocks of the vocabulary
                    int from = block * height;
                    Blas.sgemv(false, Math.min(height, vocab - from), n, 1f, Blas.at(wte, (long) from * n), n, in, 0f,
                            Blas.at(out, from));
                });
                float[] logits = new float[vocab];
                out.get(logits, 0, vocab);
                trace.recordLogits(logits, null);
            }
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
