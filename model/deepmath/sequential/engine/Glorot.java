package deepmath.sequential.engine;

import java.util.SplittableRandom;

/**
 * keras's default kernel initialiser, Glorot (Xavier) uniform: U(−l, l) with l = √(6 / (fan_in + fan_out)), which
 * keeps the variance of the signal about the same from layer to layer; biases start at 0.
 */
final class Glorot {
    private Glorot() {
    }

    static void uniform(double[] p, int from, int count, int fanIn, int fanOut, SplittableRandom random) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        for (int i = from; i < from + count; i++) {
            p[i] = (2 * random.nextDouble() - 1) * limit;
        }
    }
}
