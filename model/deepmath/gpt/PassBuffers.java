package deepmath.gpt;

import deepmath.nd.WorkSplit;
import org.bytedeco.javacpp.FloatPointer;

/**
 * The native scratch memory of one pass, where the matrix products read their left operand and write their result
 * ({@link deepmath.nd.Blas} works on native memory; the activations live in Java arrays between the products, for
 * the row-wise loops — LayerNorm, GELU, softmax — and the trace). Grown on demand, freed by {@link #close}. One
 * per pass, so that two passes on the same model from two threads share nothing. It also carries the pass's
 * {@link WorkSplit}: the threads its products, heads and row loops are shared between.
 */
final class PassBuffers implements AutoCloseable {
    private final WorkSplit split;
    private FloatPointer input = new FloatPointer(1);
    private FloatPointer output = new FloatPointer(1);
    private FloatPointer packed = new FloatPointer(1);
    private FloatPointer scores = new FloatPointer(1);
    private FloatPointer mixed = new FloatPointer(1);
    private FloatPointer hidden = new FloatPointer(1);

    /** Buffers of a pass on the calling thread alone. */
    PassBuffers() {
        this(WorkSplit.SEQUENTIAL);
    }

    PassBuffers(WorkSplit split) {
        this.split = split;
    }

    /** The threads this pass's work is shared between. */
    WorkSplit split() {
        return split;
    }

    /** The left operand of a product, holding {@code values}. */
    FloatPointer input(float[] values) {
        input = ensure(input, values.length);
        return input.put(values, 0, values.length);
    }

    /** The result of a product, starting as {@code start} (bias rows, plus the residual stream). */
    FloatPointer output(float[] start) {
        output = ensure(output, start.length);
        return output.put(start, 0, start.length);
    }

    /** The packed queries, keys and values [m, 3n] of the new tokens, starting as {@code start}. */
    FloatPointer packed(float[] start) {
        packed = ensure(packed, start.length);
        return packed.put(start, 0, start.length);
    }

    /** The MLP's hidden layer [m, 4n], starting as {@code start} (its bias rows). */
    FloatPointer hidden(float[] start) {
        hidden = ensure(hidden, start.length);
        return hidden.put(start, 0, start.length);
    }

    /** Attention scores [heads, m, keys]. */
    FloatPointer scores(int length) {
        scores = ensure(scores, length);
        return scores;
    }

    /** The heads' outputs side by side [m, n]. */
    FloatPointer mixed(int length) {
        mixed = ensure(mixed, length);
        return mixed;
    }

    private static FloatPointer ensure(FloatPointer p, long length) {
        if (p.capacity() >= length) {
            return p;
        }
        p.close();
        return new FloatPointer(length);
    }

    @Override
    public void close() {
        input.close();
        output.close();
        packed.close();
        scores.close();
        mixed.close();
        hidden.close();
    }
}
