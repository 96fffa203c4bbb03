package deepmath.app.convolution;

import deepmath.nn.Activation;

/**
 * Everything the neuron-and-layer tab shows (book chapter 11 §3, chapter 12 §2.3–2.5, chapter 14 §1.2): the
 * input list and the kernel as typed, the neurons' bias and activation, and the sizes of a layer with several
 * filters over several channels whose weights are counted.
 */
record LayerSettings(String input, String kernel, double bias, Activation activation, int rows, int cols,
                     int channels, int filters, int kernelSize) {
    static final int MAX_SIDE = 1000;
    static final int MAX_CHANNELS = 512;
    /** The book's list and motif (chapter 11, line 12433), and its MNIST network's first layer (line 15546). */
    static final LayerSettings DEFAULT = new LayerSettings("1, 0, 3, 5, 1", "1, 2, 3", 0, Activation.IDENTITY, 28, 28,
            1, 32, 3);

    LayerSettings {
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias " + bias);
        }
        if (rows < 1 || rows > MAX_SIDE || cols < 1 || cols > MAX_SIDE || channels < 1 || channels > MAX_CHANNELS
                || filters < 1 || filters > MAX_CHANNELS || kernelSize < 1 || kernelSize > 15) {
            throw new IllegalArgumentException("layer sizes");
        }
    }

    LayerSettings withNeuron(String newInput, String newKernel, double newBias, Activation newActivation) {
        return new LayerSettings(newInput, newKernel, newBias, newActivation, rows, cols, channels, filters, kernelSize);
    }

    LayerSettings withLayer(int newRows, int newCols, int newChannels, int newFilters, int newKernelSize) {
        return new LayerSettings(input, kernel, bias, activation, newRows, newCols, newChannels, newFilters,
                newKernelSize);
    }
}
