package deepmath.gpt;

import deepmath.core.BadInputException;
import deepmath.nd.Blas;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The keys and values every layer has computed so far, so that the next token's pass computes only its own
 * row: a token's key and value depend on it and the tokens before it only (causal attention), so they never
 * change once computed. Two buffers per layer, [capacity, n] — a token's row holds every head's key side by side,
 * as the packed product gives them, so head h is columns h·d … with leading dimension n — allocated once;
 * {@link #length()} tokens are filled. Made by {@link Gpt2Model#newCache}; filled by {@link Gpt2Model#extend}.
 * Not thread-safe.
 */
public final class KvCache {
    private final Gpt2Config config;
    private final INDArray[] keys;
    private final INDArray[] values;
    private final int capacity;
    private int length;

    KvCache(Gpt2Config config, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a cache holds at least one token, not " + capacity);
        }
        if (capacity > config.nPositions()) {
            throw new BadInputException(GptProblem.TOO_MANY_TOKENS, capacity, config.nPositions());
        }
        this.config = config;
        this.capacity = capacity;
        keys = new INDArray[config.nLayer()];
        values = new INDArray[config.nLayer()];
        for (int layer = 0; layer < config.nLayer(); layer++) {
            keys[layer] = Nd4j.create(DataType.FLOAT, capacity, config.nEmbd());
            values[layer] = Nd4j.create(DataType.FLOAT, capacity, config.nEmbd());
        }
    }

    /** Tokens whose keys and values are stored (the position of the next token). */
    public int length() {
        return length;
    }

    /** Tokens it can hold at most. */
    public int capacity() {
        return capacity;
    }

    Gpt2Config config() {
        return config;
    }

    /**
     * Stores the keys and values of m new tokens of {@code layer} at positions length … length+m−1, from their
     * packed rows qkv [m, 3n] (q | k | v) in native memory: each row's k and v go straight from the product's
     * output to the cache (native to native, no Java copy). {@link #advance} moves the length once every layer has
     * stored its rows.
     */
    void store(int layer, FloatPointer qkv, int m) {
        int n = config.nEmbd();
        FloatPointer k = keys(layer);
        FloatPointer v = values(layer);
        for (int t = 0; t < m; t++) {
            long row = (long) t * 3 * n;
            long slot = (long) (length + t) * n;
            Blas.at(k, slot).put(Blas.at(qkv, row + n).limit(qkv.position() + row + 2 * n));
            Blas.at(v, slot).put(Blas.at(qkv, row + 2 * n).limit(qkv.position() + row + 3 * n));
        }
    }

    /** The keys of {@code layer}, [capacity, n] row-major in native memory (rows beyond the stored ones are 0). */
    FloatPointer keys(int layer) {
        return Blas.pointer(keys[layer]);
    }

    /** The values of {@code layer}, as {@link #keys}. */
    FloatPointer values(int layer) {
        return Blas.pointer(values[layer]);
    }

    void advance(int tokens) {
        length += tokens;
    }
}
