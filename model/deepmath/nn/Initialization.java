package deepmath.nn;

import deepmath.core.BadInputException;
import java.util.Locale;
import java.util.Random;

/**
 * How weights start, from a seed (same seed, same network). Glorot (Xavier) uniform: w ~ U(−r, r) with
 * r = √(6/(inputs + neurons)), suited to tanh and σ; He normal: w ~ N(0, 2/inputs), suited to ReLU;
 * zeros, as the book sometimes starts. Biases start at 0 in every case.
 */
public enum Initialization {
    GLOROT, HE, ZEROS;

    public void apply(Network network, long seed) {
        Random random = new Random(seed);
        for (Layer layer : network.layers()) {
            double r = Math.sqrt(6.0 / (layer.inputs() + layer.neurons()));
            double sd = Math.sqrt(2.0 / layer.inputs());
            for (int i = 0; i < layer.neurons(); i++) {
                layer.setBias(i, 0);
                for (int j = 0; j < layer.inputs(); j++) {
                    layer.setWeight(i, j, switch (this) {
                        case GLOROT -> (2 * random.nextDouble() - 1) * r;
                        case HE -> random.nextGaussian() * sd;
                        case ZEROS -> 0;
                    });
                }
            }
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Initialization fromKey(String name) {
        for (Initialization init : values()) {
            if (init.key().equalsIgnoreCase(name.strip())) {
                return init;
            }
        }
        throw new BadInputException(NetworkProblem.UNKNOWN_INITIALISATION, name);
    }
}
