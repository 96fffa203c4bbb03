package deepmath.sequential.engine;

import java.util.SplittableRandom;

/**
 * Flatten: an image read as one vector in keras's (row, column, channel) order, so that a dense layer after it has
 * its weights in the order keras gives them. The engine keeps images channel after channel, so this is a
 * permutation (and its inverse backwards); on a vector it is the identity.
 */
public final class FlattenLayer implements Layer {
    private final int height;
    private final int width;
    private final int channels;

    /** For a vector input: height = size, width = channels = 1. */
    public FlattenLayer(int height, int width, int channels) {
        this.height = height;
        this.width = width;
        this.channels = channels;
    }

    @Override
    public int inputSize() {
        return height * width * channels;
    }

    @Override
    public int outputSize() {
        return inputSize();
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public void initialise(double[] p, int offset, SplittableRandom random) {
        // no parameters
    }

    /** Planes [c][y][x] → keras's [y][x][c]. */
    public static void toChannelsLast(double[] planes, double[] out, int height, int width, int channels) {
        int plane = height * width;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < plane; i++) {
                out[i * channels + c] = planes[c * plane + i];
            }
        }
    }

    /** keras's [y][x][c] → planes [c][y][x]. */
    public static void toPlanes(double[] channelsLast, double[] out, int height, int width, int channels) {
        int plane = height * width;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < plane; i++) {
                out[c * plane + i] = channelsLast[i * channels + c];
            }
        }
    }

    /** The chunk's examples permuted in place in the chunk's arrays, without {@link EachExample}'s copies. */
    @Override
    public BatchPass newBatchPass(boolean float32Products, int capacity) {
        int plane = height * width;
        int size = inputSize();
        return new BatchPass() {
            @Override
            public void forward(double[] p, int offset, double[] in, double[] out, int n,
                                SplittableRandom[] dropout) {
                for (int b = 0; b < n; b++) {
                    int at = b * size;
                    for (int c = 0; c < channels; c++) {
                        for (int i = 0; i < plane; i++) {
                            out[at + i * channels + c] = in[at + c * plane + i];
                        }
                    }
                }
            }

            @Override
            public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, int n,
                                 boolean preActivation, double[] g, double[] dIn) {
                for (int b = 0; dIn != null && b < n; b++) {
                    int at = b * size;
                    for (int c = 0; c < channels; c++) {
                        for (int i = 0; i < plane; i++) {
                            dIn[at + c * plane + i] = dOut[at + i * channels + c];
                        }
                    }
                }
            }
        };
    }

    @Override
    public Pass newPass() {
        return new Pass() {
            @Override
            public void forward(double[] p, int offset, double[] in, double[] out, SplittableRandom dropout) {
                toChannelsLast(in, out, height, width, channels);
            }

            @Override
            public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut,
                                 boolean preActivation, double[] g, double[] dIn) {
                if (dIn != null) {
                    toPlanes(dOut, dIn, height, width, channels);
                }
            }
        };
    }
}
