package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forward pass against a second, direct computation written here in keras's own terms (images [y][x][c],
 * correlation, TensorFlow's 'same' padding with the odd row at the bottom), the flatten order, the Glorot
 * start and dropout's two behaviours.
 */
class SequentialForwardTest {

    /** keras's Conv2D, written out: out[y][x][f] = b[f] + Σ K[f][c][u][v]·in[y·s + u − top][x·s + v − left][c]. */
    private static double[] directConv(float[] in, int h, int w, int c, double[] p, int filters, int k, int s,
                                       boolean same) {
        int oh = same ? (h + s - 1) / s : (h - k) / s + 1;
        int ow = same ? (w + s - 1) / s : (w - k) / s + 1;
        int top = same ? Math.max((oh - 1) * s + k - h, 0) / 2 : 0;
        int left = same ? Math.max((ow - 1) * s + k - w, 0) / 2 : 0;
        double[] out = new double[oh * ow * filters];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                for (int f = 0; f < filters; f++) {
                    double sum = p[filters * c * k * k + f];
                    for (int ch = 0; ch < c; ch++) {
                        for (int u = 0; u < k; u++) {
                            for (int v = 0; v < k; v++) {
                                int iy = y * s + u - top;
                                int ix = x * s + v - left;
                                if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                                    sum += p[((f * c + ch) * k + u) * k + v] * in[(iy * w + ix) * c + ch];
                                }
                            }
                        }
                    }
                    out[(y * ow + x) * filters + f] = sum;
                }
            }
        }
        return out;
    }

    private static void convMatches(int h, int w, int c, int filters, int k, int s, String padding) {
        ModelSpec m = SequentialGradientTest.spec("[" + h + ", " + w + ", " + c + "]",
                "{\"type\": \"conv2d\", \"filters\": " + filters + ", \"kernel\": " + k + ", \"stride\": " + s
                        + ", \"padding\": \"" + padding + "\"}");
        SequentialNetwork net = SequentialNetwork.initialised(m, 3);
        double[] p = net.parameters();
        for (int f = 0; f < filters; f++) {
            p[filters * c * k * k + f] = 0.1 * (f + 1);   // biases, so that they are checked too
        }
        float[] x = SequentialGradientTest.randomInput(h * w * c, 5);
        assertArrayEquals(directConv(x, h, w, c, p, filters, k, s, padding.equals("same")), net.predict(x), 1e-12,
                h + "×" + w + "×" + c + " k" + k + " s" + s + " " + padding);
    }

    @Test
    void convolutionIsKerasCorrelationForEveryGeometry() {
        convMatches(5, 5, 1, 2, 3, 1, "same");
        convMatches(6, 7, 3, 4, 3, 2, "same");
        convMatches(6, 7, 3, 4, 2, 1, "same");     // even kernel: one more padding row at the bottom
        convMatches(9, 8, 2, 3, 4, 3, "valid");
        convMatches(28, 28, 1, 5, 3, 1, "same");   // more positions than one tile (128)
        convMatches(12, 11, 2, 2, 5, 2, "same");
    }

    @Test
    void flattenReadsImagesInKerasRowColumnChannelOrder() {
        // the model's input and flatten's output are both [y][x][c]: flatten of an image is the input unchanged
        ModelSpec m = SequentialGradientTest.spec("[3, 2, 4]", "{\"type\": \"flatten\"}");
        float[] x = SequentialGradientTest.randomInput(24, 9);
        double[] out = SequentialNetwork.initialised(m, 1).predict(x);
        for (int i = 0; i < 24; i++) {
            assertEquals(x[i], out[i], 0);
        }
    }

    @Test
    void poolsTakeTheMaximumOrTheMeanOfEachBlockPerChannel() {
        // [4, 4, 2]: channel 0 holds 0 … 15, channel 1 their negatives; blocks of 2×2
        float[] x = new float[32];
        for (int i = 0; i < 16; i++) {
            x[2 * i] = i;
            x[2 * i + 1] = -i;
        }
        double[] max = SequentialNetwork.initialised(SequentialGradientTest.spec("[4, 4, 2]",
                "{\"type\": \"maxpool\", \"size\": 2}"), 1).predict(x);
        assertArrayEquals(new double[] {5, 0, 7, -2, 13, -8, 15, -10}, max, 0);
        double[] avg = SequentialNetwork.initialised(SequentialGradientTest.spec("[4, 4, 2]",
                "{\"type\": \"avgpool\", \"size\": 2}"), 1).predict(x);
        assertArrayEquals(new double[] {2.5, -2.5, 4.5, -4.5, 10.5, -10.5, 12.5, -12.5}, avg, 1e-12);
    }

    @Test
    void glorotUniformWeightsAndZeroBiasesReproducibleBySeed() {
        ModelSpec m = SequentialGradientTest.spec("[300]", "{\"type\": \"dense\", \"units\": 200}");
        double[] p = SequentialNetwork.initialised(m, 1).parameters();
        double limit = Math.sqrt(6.0 / 500);
        double sumSquares = 0;
        for (int i = 0; i < 60_000; i++) {
            assertTrue(Math.abs(p[i]) <= limit);
            sumSquares += p[i] * p[i];
        }
        // U(−l, l) has variance l²/3 = 2 / (fan_in + fan_out)
        assertEquals(2.0 / 500, sumSquares / 60_000, 2e-4);
        for (int i = 60_000; i < 60_200; i++) {
            assertEquals(0, p[i]);
        }
        assertArrayEquals(p, SequentialNetwork.initialised(m, 1).parameters());
    }

    @Test
    void dropoutScalesTheKeptValuesWhileTrainingAndPassesEverythingAtTestTime() {
        ModelSpec m = SequentialGradientTest.spec("[20000]", "{\"type\": \"dropout\", \"rate\": 0.25}");
        SequentialNetwork net = SequentialNetwork.initialised(m, 1);
        float[] ones = new float[20_000];
        java.util.Arrays.fill(ones, 1);
        assertArrayEquals(new double[20_000], minus(net.predict(ones), 1), 0);   // test time: unchanged
        double[] g = new double[0];
        SequentialNetwork.Worker w = net.newWorker();
        w.gradient(net.parameters(), ones, new float[20_000], deepmath.nn.Loss.MSE, g, 17);
        double[] trained = w.lastOutput();
        int zeros = 0;
        double sum = 0;
        for (double v : trained) {
            assertTrue(v == 0 || Math.abs(v - 4.0 / 3) < 1e-12, "kept values are scaled by 1 / (1 − 0.25)");
            zeros += v == 0 ? 1 : 0;
            sum += v;
        }
        assertEquals(0.25, zeros / 20_000.0, 0.015);
        assertEquals(1, sum / 20_000, 0.02);   // the expected output is the input
    }

    private static double[] minus(double[] a, double b) {
        double[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] -= b;
        }
        return r;
    }

    @Test
    void refusesSoftmaxOnAConvolutionAndWeightsOfTheWrongLength() {
        ModelSpec conv = SequentialGradientTest.spec("[4, 4, 1]",
                "{\"type\": \"conv2d\", \"filters\": 2, \"kernel\": 3, \"activation\": \"softmax\"}");
        assertEquals(EngineProblem.SOFTMAX_CONV,
                assertThrows(BadInputException.class, () -> SequentialNetwork.initialised(conv, 1)).inputProblem());
        ModelSpec dense = SequentialGradientTest.spec("[3]", "{\"type\": \"dense\", \"units\": 2}");
        BadInputException e = assertThrows(BadInputException.class,
                () -> SequentialNetwork.withParameters(dense, new double[7]));
        assertEquals(List.of(7, 8), e.arguments());
    }
}
