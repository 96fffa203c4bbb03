package deepmath.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class MnistPreprocessingTest {

    @Test
    void aBarIsScaledToTwentyPixelsAndCentredByMass() {
        // a vertical bar 30 wide and 150 high, far from the centre of a 300 × 200 drawing
        int w = 300;
        int h = 200;
        double[] ink = new double[w * h];
        for (int y = 20; y < 170; y++) {
            for (int x = 240; x < 270; x++) {
                ink[y * w + x] = 1;
            }
        }
        float[] x = MnistPreprocessing.toMnist(ink, w, h);
        int top = 28;
        int bottom = -1;
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                double v = x[r * 28 + c];
                if (v > 0) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                }
                mass += v;
                mx += v * (c + 0.5);
                my += v * (r + 0.5);
            }
        }
        assertEquals(20, bottom - top + 1, "the longer side becomes 20 pixels");
        // the bar is 150/30 = 5 times higher than wide: 4 pixels wide, total ink 20 × 4
        assertEquals(80, mass, 1e-6);
        assertEquals(14, mx / mass, 0.5);
        assertEquals(14, my / mass, 0.5);
    }

    @Test
    void areaAveragingGivesGreyLevelsAtTheEdges() {
        // 3 × 1 source, one full pixel, resampled to 2 × 1: each target covers 1.5 source pixels
        double[] out = MnistPreprocessing.areaResample(new double[] {1, 1, 0}, 3, 0, 0, 3, 1, 2, 1);
        assertEquals(1, out[0], 1e-12);
        assertEquals(1 / 3.0, out[1], 1e-12);
    }

    @Test
    void aHeldOutDigitDrawnLargeOnPaperIsStillRecognised() {
        DigitSet test = DigitSet.shippedSplit().test();
        DigitNetwork cnn = WeightsFile.shipped(ModelKind.CNN);
        int right = 0;
        for (int s = 0; s < 40; s++) {
            // black ink on white paper, 8 times larger, off centre
            BufferedImage paper = new BufferedImage(300, 260, BufferedImage.TYPE_INT_RGB);
            float[] digit = test.image(s);
            for (int y = 0; y < 260; y++) {
                for (int x = 0; x < 300; x++) {
                    int r = (y - 10) / 8;
                    int c = (x - 40) / 8;
                    double v = y >= 10 && x >= 40 && r < 28 && c < 28 ? digit[r * 28 + c] : 0;
                    int grey = (int) Math.round(255 * (1 - v));
                    paper.setRGB(x, y, grey << 16 | grey << 8 | grey);
                }
            }
            if (cnn.predict(MnistPreprocessing.toMnist(paper)) == test.label(s)) {
                right++;
            }
        }
        assertTrue(right >= 37, right + " of 40 recognised after preprocessing");
    }

    @Test
    void noInkGivesABlankField() {
        float[] x = MnistPreprocessing.toMnist(new double[100], 10, 10);
        for (float v : x) {
            assertEquals(0f, v);
        }
    }
}
