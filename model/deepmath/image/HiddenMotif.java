package deepmath.image;

import deepmath.conv.Plane;
import java.util.SplittableRandom;

/**
 * The book's hidden smiley (chapter 13 §4, line 15477): a 500 × 500 picture of random grey pixels on which a
 * 100 × 100 "smiley" motif is laid faintly; the 2-D correlation of the picture
 * with the motif (the kernel slid without the flip) peaks where the motif is, around the point (200, 300) —
 * row 200, column 300, the motif's centre, as numpy's (i, j) says it.
 * The book gives the sizes and the point, not its noise nor how strongly the motif is laid: the noise here is
 * uniform on 0..255 from a fixed seed (so the lab and its tests see the same picture), the motif is the lab's
 * drawing of a smiley (a circle, two eyes, a mouth), and a motif pixel is 65 % noise and 35 % white.
 */
public final class HiddenMotif {
    /** The picture's side, in pixels (the book's 500 × 500). */
    public static final int SIZE = 500;
    /** The motif's side (the book's 100 × 100). */
    public static final int MOTIF = 100;
    /** Where the correlation finds the motif's centre (the book's point (200, 300)): row, column. */
    public static final int ROW = 200;
    public static final int COL = 300;
    /** The share of white in a motif pixel: small enough to hide it, large enough to be found. */
    static final float STRENGTH = 0.35f;
    private static final long SEED = 15477;

    private HiddenMotif() {
    }

    /** The smiley, 1 on its lines and 0 elsewhere: a circle, two eyes and the lower arc of a mouth. */
    public static Plane motif() {
        Plane m = Plane.zeros(MOTIF, MOTIF);
        double c = (MOTIF - 1) / 2.0;
        for (int r = 0; r < MOTIF; r++) {
            for (int k = 0; k < MOTIF; k++) {
                double face = Math.hypot(r - c, k - c);
                boolean outline = face >= 42 && face <= 47;
                boolean eye = Math.hypot(r - 36, k - 33) <= 6 || Math.hypot(r - 36, k - 66) <= 6;
                double mouth = Math.hypot(r - 50, k - c);
                boolean smile = r > 58 && mouth >= 24 && mouth <= 29;
                if (outline || eye || smile) {
                    m.set(r, k, 1f);
                }
            }
        }
        return m;
    }

    /** The random grey pixels alone (the book's left picture), 0..255. */
    public static Plane noise() {
        SplittableRandom random = new SplittableRandom(SEED);
        float[] v = new float[SIZE * SIZE];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.floor(random.nextDouble() * 256);
        }
        return new Plane(SIZE, SIZE, v);
    }

    /** The picture with the motif laid on it, centred on ({@link #ROW}, {@link #COL}) (the book's right picture). */
    public static RasterImage picture() {
        Plane p = noise();
        Plane m = motif();
        int top = ROW - MOTIF / 2;
        int left = COL - MOTIF / 2;
        for (int r = 0; r < MOTIF; r++) {
            for (int k = 0; k < MOTIF; k++) {
                if (m.get(r, k) != 0) {
                    float under = p.get(top + r, left + k);
                    p.set(top + r, left + k, Math.round((1 - STRENGTH) * under + STRENGTH * 255));
                }
            }
        }
        return RasterImage.grey(p);
    }

    /**
     * The correlation of {@code image} with {@code motif}, the size of the image (scipy's mode 'same', zero
     * padding): out(i, j) = Σ motif(u, v)·image(i + u − h, j + v − w) with h, w the motif's half sizes, so that
     * the value at (i, j) compares the motif centred on (i, j). Only the motif's non-zero taps are summed (a
     * smiley is mostly background): a row of the output at a time, over contiguous floats.
     */
    public static Plane correlation(Plane image, Plane motif) {
        int rows = image.rows();
        int cols = image.cols();
        int h = motif.rows() / 2;
        int w = motif.cols() / 2;
        float[] in = image.values();
        float[] out = new float[rows * cols];
        for (int u = 0; u < motif.rows(); u++) {
            for (int v = 0; v < motif.cols(); v++) {
                float weight = motif.get(u, v);
                if (weight == 0) {
                    continue;
                }
                int dr = u - h;
                int dc = v - w;
                int firstCol = Math.max(0, -dc);
                int lastCol = Math.min(cols, cols - dc);
                for (int i = Math.max(0, -dr); i < Math.min(rows, rows - dr); i++) {
                    int o = i * cols;
                    int s = (i + dr) * cols + dc;
                    for (int j = firstCol; j < lastCol; j++) {
                        out[o + j] += weight * in[s + j];
                    }
                }
            }
        }
        return new Plane(rows, cols, out);
    }

    /** Where a plane is largest: {row, column} (the first such cell, row by row). */
    public static int[] peak(Plane p) {
        float[] v = p.values();
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return new int[] {best / p.cols(), best % p.cols()};
    }
}
