package deepmath.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A drawn digit heavy at the top (a 7) keeps MNIST's empty 4-pixel frame: its foot is not pushed to the edge. */
class MnistFramingTest {
    static final int SIDE = 280;

    /** A 7 as a pen draws it on the 280 × 280 pad: a top bar, then a long slanted stem. */
    static double[] seven() {
        double[] ink = new double[SIDE * SIDE];
        stroke(ink, 80, 75, 205, 75);
        stroke(ink, 205, 78, 121, 228);
        return ink;
    }

    private static void stroke(double[] ink, double x0, double y0, double x1, double y1) {
        int steps = 400;
        for (int k = 0; k <= steps; k++) {
            double cx = x0 + (x1 - x0) * k / steps;
            double cy = y0 + (y1 - y0) * k / steps;
            for (int y = (int) cy - 12; y <= cy + 12; y++) {
                for (int x = (int) cx - 12; x <= cx + 12; x++) {
                    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= 11) {
                        ink[y * SIDE + x] = 1;
                    }
                }
            }
        }
    }

    /** {first row, last row, first column, last column} holding ink. */
    static int[] inkBox(float[] digit) {
        int[] box = {28, -1, 28, -1};
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                if (digit[r * 28 + c] > 0) {
                    box[0] = Math.min(box[0], r);
                    box[1] = Math.max(box[1], r);
                    box[2] = Math.min(box[2], c);
                    box[3] = Math.max(box[3], c);
                }
            }
        }
        return box;
    }

    @Test
    void aSevenStaysInsideTheCentralTwentyByTwentyBox() {
        float[] x = MnistPreprocessing.toMnist(seven(), SIDE, SIDE);
        int[] box = inkBox(x);
        assertEquals(20, box[1] - box[0] + 1, "the longer side is 20 pixels");
        assertTrue(box[0] >= 4 && box[1] <= 23 && box[2] >= 4 && box[3] <= 23,
                "ink in rows " + box[0] + "–" + box[1] + ", columns " + box[2] + "–" + box[3]);
        // across, where there is room, it is still centred by mass
        double mass = 0;
        double mx = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                mass += x[r * 28 + c];
                mx += x[r * 28 + c] * (c + 0.5);
            }
        }
        assertEquals(14, mx / mass, 0.5);
        // and the shipped network still reads it
        DigitNetwork cnn = WeightsFile.shipped(ModelKind.CNN);
        assertEquals(7, DigitNetwork.argmax(cnn.probabilities(x)));
    }
}
