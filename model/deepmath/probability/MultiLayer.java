package deepmath.probability;

import java.util.Random;

/**
 * The dropout experiment's network, 1 → H → H → 1 with tanh on the hidden layers and a linear output, on plain
 * arrays (it is tiny: backpropagation by hand is shorter than setting up a general network). Weights start
 * uniform in ±1/√(fan-in) (Glorot-like); biases at 0.
 */
final class MultiLayer {
    private final int h;
    private final double[] w1;
    private final double[] b1;
    private final double[][] w2;
    private final double[] b2;
    private final double[] w3;
    private double b3;

    MultiLayer(int hidden, Random random) {
        h = hidden;
        w1 = new double[h];
        b1 = new double[h];
        w2 = new double[h][h];
        b2 = new double[h];
        w3 = new double[h];
        for (int i = 0; i < h; i++) {
            w1[i] = 2 * random.nextDouble() - 1;
            w3[i] = (2 * random.nextDouble() - 1) / Math.sqrt(h);
            for (int j = 0; j < h; j++) {
                w2[i][j] = (2 * random.nextDouble() - 1) / Math.sqrt(h);
            }
        }
    }

    /** The output with every neuron active (test phase). */
    double predict(double x) {
        double[] a1 = new double[h];
        for (int i = 0; i < h; i++) {
            a1[i] = Math.tanh(w1[i] * x + b1[i]);
        }
        double out = b3;
        for (int i = 0; i < h; i++) {
            double z = b2[i];
            for (int j = 0; j < h; j++) {
                z += w2[i][j] * a1[j];
            }
            out += w3[i] * Math.tanh(z);
        }
        return out;
    }

    /** Mean squared error on points {xs, ys}, every neuron active. */
    double loss(double[][] points) {
        double sum = 0;
        for (int k = 0; k < points[0].length; k++) {
            double r = predict(points[0][k]) - points[1][k];
            sum += r * r;
        }
        return sum / points[0].length;
    }

    /** One full-batch gradient step with the hidden layers' outputs passed through {@code masks}. */
    void step(double[][] points, DropoutMask[] masks, double rate) {
        int n = points[0].length;
        double[] gw1 = new double[h];
        double[] gb1 = new double[h];
        double[][] gw2 = new double[h][h];
        double[] gb2 = new double[h];
        double[] gw3 = new double[h];
        double gb3 = 0;
        double[] a1 = new double[h];
        double[] d1 = new double[h];
        double[] a2 = new double[h];
        double[] d2 = new double[h];
        for (int k = 0; k < n; k++) {
            double x = points[0][k];
            for (int i = 0; i < h; i++) {
                a1[i] = Math.tanh(w1[i] * x + b1[i]);
                d1[i] = a1[i] * masks[0].factor(i);
            }
            double out = b3;
            for (int i = 0; i < h; i++) {
                double z = b2[i];
                for (int j = 0; j < h; j++) {
                    z += w2[i][j] * d1[j];
                }
                a2[i] = Math.tanh(z);
                d2[i] = a2[i] * masks[1].factor(i);
                out += w3[i] * d2[i];
            }
            double g = 2 * (out - points[1][k]) / n;
            gb3 += g;
            double[] gd1 = new double[h];
            for (int i = 0; i < h; i++) {
                gw3[i] += g * d2[i];
                double gz = g * w3[i] * masks[1].factor(i) * (1 - a2[i] * a2[i]);
                gb2[i] += gz;
                for (int j = 0; j < h; j++) {
                    gw2[i][j] += gz * d1[j];
                    gd1[j] += gz * w2[i][j];
                }
            }
            for (int j = 0; j < h; j++) {
                double gz = gd1[j] * masks[0].factor(j) * (1 - a1[j] * a1[j]);
                gw1[j] += gz * x;
                gb1[j] += gz;
            }
        }
        for (int i = 0; i < h; i++) {
            w1[i] -= rate * gw1[i];
            b1[i] -= rate * gb1[i];
            b2[i] -= rate * gb2[i];
            w3[i] -= rate * gw3[i];
            for (int j = 0; j < h; j++) {
                w2[i][j] -= rate * gw2[i][j];
            }
        }
        b3 -= rate * gb3;
    }
}
