package deepmath.gpt;

import deepmath.core.BadInputException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The keys and values every layer has computed so far, so that the next token's pass computes only its own
 * row: a token's key and value depend on it and the tokens before it only (causal attention), so they never
 * change once computed. Two buffers per layer, [heads, capacity, d], allocated once; {@link #length()}
 * tokens are filled. Made by {@link Gpt2Model#newCache}; filled by {@link Gpt2Model#extend}. Not thread-safe.
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
            keys[layer] = Nd4j.create(DataType.FLOAT, config.nHead(), capacity, config.headSize());
            values[layer] = Nd4j.create(DataType.FLOAT, config.nHead(), capacity, config.headSize());
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
     * Stores the new tokens' keys and values k, v [heads, m, d] of {@code layer} at positions length … length+m−1
     * and returns the keys and values of every token so far, [heads, length+m, d] (views of the buffers).
     * {@link #advance} moves the length once every layer has stored its rows.
     */
    INDArray[] store(int layer, INDArray k, INDArray v) {
        int m = (int) k.size(1);
        int end = length + m;
        keys[layer].get(NDArrayIndex.all(), NDArrayIndex.interval(length, end), NDArrayIndex.all()).assign(k);
        values[layer].get(NDArrayIndex.all(), NDArrayIndex.interval(length, end), NDArrayIndex.all()).assign(v);
        if (end == capacity) {
            return new INDArray[] {keys[layer], values[layer]};
        }
        return new INDArray[] {
                keys[layer].get(NDArrayIndex.all(), NDArrayIndex.interval(0, end), NDArrayIndex.all()),
                values[layer].get(NDArrayIndex.all(), NDArrayIndex.interval(0, end), NDArrayIndex.all())};
    }

    void advance(int tokens) {
        length += tokens;
    }
}
