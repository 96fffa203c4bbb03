package deepmath.sequential.engine;

import java.util.SplittableRandom;

/**
 * One layer of a {@link deepmath.sequential.SequentialNetwork} with its weights' place in the network's flat
 * parameter vector. A layer holds no per-example state: each thread asks for its own {@link Pass}, which keeps
 * the buffers of one forward pass for the backward pass. Images travel channel after channel (planes row by row),
 * because the convolution kernels run over whole planes; only {@link FlattenLayer} turns them into keras's
 * (row, column, channel) order.
 */
public interface Layer {
    /** Values in, values out (per example). */
    int inputSize();

    int outputSize();

    /** Weights and biases of this layer, stored from its offset in the parameter vector. */
    int parameterCount();

    /** keras's default initialisation: Glorot-uniform weights, zero biases (nothing for parameter-free layers). */
    void initialise(double[] p, int offset, SplittableRandom random);

    Pass newPass();

    /**
     * A pass whose matrix products may run in float32 ({@code float32Products}, for training: see
     * {@link ConvKernel}); layers without products give their one kind of pass.
     */
    default Pass newPass(boolean float32Products) {
        return newPass();
    }

    /**
     * A pass over a chunk of up to {@code capacity} examples at once, stored one after the other in its arrays
     * (example b at [b·size, (b+1)·size)). By default each example goes through its own {@link Pass} in turn
     * ({@link EachExample}); the engine's layers override it: the dense and convolution layers with one product per
     * chunk ({@link DenseBatch}, {@link ConvBatch}), the others working in the chunk's arrays in place.
     */
    default BatchPass newBatchPass(boolean float32Products, int capacity) {
        return new EachExample(this, float32Products, capacity);
    }

    /** The buffers of one thread for chunks of examples. */
    interface BatchPass {
        /**
         * Before the passes of one chunk at parameters p (the network cuts a chunk into passes of a few examples):
         * a pass may keep what does not change within the chunk, and sum its parameter gradient over the chunk's
         * passes, adding it into g only at {@link #endChunk}. Without these calls every backward adds into g itself.
         */
        default void beginChunk(double[] p, int offset) {
        }

        /** After the chunk's last pass: what the passes summed since {@link #beginChunk} goes into g. */
        default void endChunk(double[] g, int offset) {
        }

        /** {@link Pass#forward} for n examples; {@code dropout[b]} draws example b's masks (null: inference). */
        void forward(double[] p, int offset, double[] in, double[] out, int n, SplittableRandom[] dropout);

        /** {@link Pass#backward} for the n examples of the last {@link #forward}; gradients summed into g. */
        void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, int n, boolean preActivation,
                      double[] g, double[] dIn);
    }

    /** The buffers of one thread. */
    interface Pass {
        /**
         * out = layer(in); {@code dropout} draws the dropout mask while training and is null for inference (every
         * unit kept). A dense or convolution layer applies its activation, softmax included.
         */
        void forward(double[] p, int offset, double[] in, double[] out, SplittableRandom dropout);

        /**
         * Backpropagation through the layer after a {@link #forward} of the same pass: adds ∂L/∂(parameters) into
         * {@code g} at the layer's offset and writes ∂L/∂in into {@code dIn} when it is not null (the first layer
         * needs none). {@code dOut} is ∂L/∂out, or ∂L/∂z (before the activation) when {@code preActivation} — the
         * short softmax + cross-entropy form the network uses at its output. {@code dOut} may be overwritten.
         */
        void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, boolean preActivation,
                      double[] g, double[] dIn);
    }
}
