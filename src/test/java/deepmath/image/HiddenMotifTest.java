package deepmath.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.conv.MatrixAlgebra;
import deepmath.conv.Plane;
import org.junit.jupiter.api.Test;

/** The book's hidden smiley (chapter 13, line 15477): 500 × 500 noise, a 100 × 100 motif, found at (200, 300). */
class HiddenMotifTest {

    @Test
    void line15477TheCorrelationWithTheMotifPeaksAtTheBooksPoint200And300() {
        RasterImage picture = HiddenMotif.picture();
        assertEquals(500, picture.width());
        assertEquals(500, picture.height());
        Plane motif = HiddenMotif.motif();
        assertEquals(100, motif.rows());
        assertEquals(100, motif.cols());
        Plane correlation = HiddenMotif.correlation(picture.channel(0), motif);
        assertArrayEquals(new int[] {200, 300}, HiddenMotif.peak(correlation));
        // Far from the motif the correlation is the noise's: the peak stands well above the best elsewhere.
        float elsewhere = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < 500; i++) {
            for (int j = 0; j < 500; j++) {
                if (Math.abs(i - 200) > 50 || Math.abs(j - 300) > 50) {
                    elsewhere = Math.max(elsewhere, correlation.get(i, j));
                }
            }
        }
        assertTrue(correlation.get(200, 300) > 1.2 * elsewhere, correlation.get(200, 300) + " vs " + elsewhere);
        // On the noise alone there is nothing to find at (200, 300).
        Plane noiseOnly = HiddenMotif.correlation(HiddenMotif.noise(), motif);
        assertTrue(noiseOnly.get(200, 300) < 0.85 * correlation.get(200, 300));
    }

    @Test
    void theMotifIsHiddenItsPixelsDifferLittleFromTheNoise() {
        Plane noise = HiddenMotif.noise();
        Plane picture = HiddenMotif.picture().channel(0);
        int changed = 0;
        double largest = 0;
        for (int i = 0; i < noise.size(); i++) {
            double d = picture.values()[i] - noise.values()[i];
            if (d != 0) {
                changed++;
                largest = Math.max(largest, Math.abs(d));
            }
        }
        assertTrue(changed > 1000 && changed < 100 * 100, changed + " pixels changed, all inside the motif's square");
        assertTrue(largest <= 0.35 * 255 + 1, "a motif pixel is at most 35 % white over the noise: " + largest);
    }

    /** The sparse sum is the full correlation (kernel not flipped) cut to the image's size, on a small case. */
    @Test
    void theCorrelationIsTheFullCorrelationCentredLikeScipysSameMode() {
        double[][] a = {{1, 2, 0, 3}, {0, 1, 5, 1}, {2, 2, 1, 0}};
        double[][] m = {{0, 1, 0}, {2, 0, 0}, {0, 0, 3}};
        double[][] full = MatrixAlgebra.fullCorrelation(a, m);
        Plane same = HiddenMotif.correlation(Plane.of(a), Plane.of(m));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(full[i + 1][j + 1], same.get(i, j), 1e-6, "(" + i + ", " + j + ")");
            }
        }
        // By hand at (1, 1): 1·a(0, 1) + 2·a(1, 0) + 3·a(2, 2) = 2 + 0 + 3.
        assertEquals(5, same.get(1, 1), 1e-6);
    }
}
