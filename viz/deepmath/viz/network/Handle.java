package deepmath.viz.network;

/**
 * Something of the network graph the user can drag or type: weight (layer, neuron, input), or the bias of
 * (layer, neuron) when {@code input} is −1. Indices from 0, layer 0 being the first layer of neurons.
 */
public record Handle(int layer, int neuron, int input) {

    public boolean isBias() {
        return input < 0;
    }
}
