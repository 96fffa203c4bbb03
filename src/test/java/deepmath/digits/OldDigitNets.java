package deepmath.digits;

/**
 * The digits lab's two networks as they computed before they became sequential-engine models (issue 19), written
 * again as the plainest loops, for the tests that old weight files still read digits as they did: the dense
 * 784-H-10 (W1 row i = the weights leaving pixel i) and the CNN whose dense layer read its 16 pooled 7 × 7 planes
 * channel after channel (the engine, as keras, flattens [y][x][c]). Dropout off.
 */
final class OldDigitNets {
    private OldDigitNets() {
    }

    /** softmax(b2 + W2ᵀ ReLU(b1 + W1ᵀx)), parameters W1 (784 × H), b1, W2 (H × 10), b2. */
    static double[] dense(double[] p, float[] x) {
        int hidden = (p.length - 10) / (784 + 1 + 10);
        double[] h = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            double s = p[784 * hidden + j];
            for (int i = 0; i < 784; i++) {
                s += x[i] * p[i * hidden + j];
            }
            h[j] = Math.max(0, s);
        }
        int w2 = 784 * hidden + hidden;
        double[] z = new double[10];
        for (int k = 0; k < 10; k++) {
            double s = p[w2 + hidden * 10 + k];
            for (int j = 0; j < hidden; j++) {
                s += h[j] * p[w2 + j * 10 + k];
            }
            z[k] = s;
        }
        return softmax(z);
    }

    /** conv 3×3×8 same, ReLU, pool 2, conv 3×3×16 same, ReLU, pool 2, planes flattened channel after channel, dense 10. */
    static double[] cnn(double[] p, float[] image) {
        double[] x = new double[784];
        for (int i = 0; i < 784; i++) {
            x[i] = image[i];
        }
        double[] a = pool(conv(p, 0, x, 1, 8, 28), 8, 28);
        int k2 = 8 * 9 + 8;
        double[] b = pool(conv(p, k2, a, 8, 16, 14), 16, 14);
        int w = k2 + 16 * 8 * 9 + 16;
        double[] z = new double[10];
        for (int k = 0; k < 10; k++) {
            double s = p[w + 784 * 10 + k];
            for (int i = 0; i < 784; i++) {
                s += b[i] * p[w + i * 10 + k];
            }
            z[k] = s;
        }
        return softmax(z);
    }

    /** ReLU(correlation) with zero padding 1; kernels K[f][c][u][v] from {@code at}, then the f biases. */
    private static double[] conv(double[] p, int at, double[] in, int channels, int filters, int side) {
        double[] out = new double[filters * side * side];
        int bias = at + filters * channels * 9;
        for (int f = 0; f < filters; f++) {
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    double s = p[bias + f];
                    for (int c = 0; c < channels; c++) {
                        for (int u = 0; u < 3; u++) {
                            for (int v = 0; v < 3; v++) {
                                int yy = y + u - 1;
                                int xx = x + v - 1;
                                if (yy >= 0 && yy < side && xx >= 0 && xx < side) {
                                    s += p[at + ((f * channels + c) * 3 + u) * 3 + v] * in[(c * side + yy) * side + xx];
                                }
                            }
                        }
                    }
                    out[(f * side + y) * side + x] = Math.max(0, s);
                }
            }
        }
        return out;
    }

    private static double[] pool(double[] in, int channels, int side) {
        int half = side / 2;
        double[] out = new double[channels * half * half];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < half; y++) {
                for (int x = 0; x < half; x++) {
                    double m = Double.NEGATIVE_INFINITY;
                    for (int u = 0; u < 2; u++) {
                        for (int v = 0; v < 2; v++) {
                            m = Math.max(m, in[(c * side + 2 * y + u) * side + 2 * x + v]);
                        }
                    }
                    out[(c * half + y) * half + x] = m;
                }
            }
        }
        return out;
    }

    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] e = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            e[k] = Math.exp(z[k] - max);
            sum += e[k];
        }
        for (int k = 0; k < z.length; k++) {
            e[k] /= sum;
        }
        return e;
    }
}
