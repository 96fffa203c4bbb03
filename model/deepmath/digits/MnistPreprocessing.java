package deepmath.digits;

import deepmath.core.BadInputException;
import java.awt.image.BufferedImage;

/**
 * Turns any drawing of a digit into a 28 × 28 MNIST input the way MNIST itself was made (LeCun et al.):
 * the ink's bounding box is scaled so that its longer side is 20 pixels, keeping the aspect ratio, with
 * area averaging (each new pixel is the mean ink over the source area it covers: anti-aliased grey
 * levels, as in MNIST), then placed in the 28 × 28 field so that its centre of mass is at the centre, as
 * far as the central 20 × 20 box allows (the ink never leaves it: a 4-pixel empty frame all round).
 * Networks trained on MNIST expect exactly this framing; a raw downscale of a drawing is read poorly.
 */
public final class MnistPreprocessing {
    static final int BOX = 20;
    /** Ink below this (out of 1) counts as background when finding the bounding box: paper is never pure white. */
    static final double INK_THRESHOLD = 0.1;

    private MnistPreprocessing() {
    }

    /**
     * @param ink    width × height values in [0, 1], row by row, 1 = full ink
     * @return 784 values in [0, 1]; all zeros when there is no ink
     */
    public static float[] toMnist(double[] ink, int width, int height) {
        if (ink.length != width * height) {
            throw new IllegalArgumentException(ink.length + " values for a " + width + " × " + height + " image");
        }
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y * width + x] > INK_THRESHOLD) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        float[] out = new float[DigitSet.PIXELS];
        if (x1 < 0) {
            return out;
        }
        int boxW = x1 - x0 + 1;
        int boxH = y1 - y0 + 1;
        double scale = (double) BOX / Math.max(boxW, boxH);
        int tw = Math.max(1, (int) Math.round(boxW * scale));
        int th = Math.max(1, (int) Math.round(boxH * scale));
        double[] patch = areaResample(ink, width, x0, y0, boxW, boxH, tw, th);
        // centre of mass of the patch, to be moved to the centre (14, 14) of the field
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                double v = patch[y * tw + x];
                mass += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        // centred by mass, but kept inside the central 20 × 20 box: a 7 or a 9, heavy at the top, would
        // otherwise be pushed down against the frame's edge (its foot cut by the 28 × 28 field)
        int margin = (DigitSet.SIDE - BOX) / 2;
        int left = clamp((int) Math.round(DigitSet.SIDE / 2.0 - mx / mass), margin, DigitSet.SIDE - margin - tw);
        int top = clamp((int) Math.round(DigitSet.SIDE / 2.0 - my / mass), margin, DigitSet.SIDE - margin - th);
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                int fy = top + y;
                int fx = left + x;
                if (fy >= 0 && fy < DigitSet.SIDE && fx >= 0 && fx < DigitSet.SIDE) {
                    out[fy * DigitSet.SIDE + fx] = (float) Math.min(1, patch[y * tw + x]);
                }
            }
        }
        return out;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * The box [x0, x0+bw) × [y0, y0+bh) of the source resampled to tw × th by area averaging: target pixel
     * (tx, ty) covers the source rectangle [tx·bw/tw, (tx+1)·bw/tw) × (same in y), and each source pixel
     * counts with the fraction of it inside that rectangle.
     */
    static double[] areaResample(double[] src, int width, int x0, int y0, int bw, int bh, int tw, int th) {
        double[] out = new double[tw * th];
        double sx = (double) bw / tw;
        double sy = (double) bh / th;
        for (int ty = 0; ty < th; ty++) {
            double ya = ty * sy;
            double yb = ya + sy;
            for (int tx = 0; tx < tw; tx++) {
                double xa = tx * sx;
                double xb = xa + sx;
                double sum = 0;
                for (int y = (int) ya; y < Math.min(bh, Math.ceil(yb)); y++) {
                    double wy = Math.min(yb, y + 1) - Math.max(ya, y);
                    for (int x = (int) xa; x < Math.min(bw, Math.ceil(xb)); x++) {
                        double wx = Math.min(xb, x + 1) - Math.max(xa, x);
                        sum += wx * wy * src[(y0 + y) * width + x0 + x];
                    }
                }
                out[ty * tw + tx] = sum / (sx * sy);
            }
        }
        return out;
    }

    /**
     * The ink of a picture of a digit: grey level from the colours (transparent = background), inverted
     * when the picture is dark on light (the usual pen on paper) so that ink is 1 as in MNIST.
     */
    public static double[] inkOf(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (w < 1 || h < 1) {
            throw new BadInputException(DigitsProblem.EMPTY_IMAGE);
        }
        double[] grey = new double[w * h];
        double border = 0;
        int borderCount = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                double lum = (0.299 * ((argb >> 16) & 0xff) + 0.587 * ((argb >> 8) & 0xff) + 0.114 * (argb & 0xff)) / 255;
                // a transparent pixel shows the background; paint it light so it reads as paper
                grey[y * w + x] = alpha * lum + (1 - alpha);
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
                    border += grey[y * w + x];
                    borderCount++;
                }
            }
        }
        boolean lightBackground = border / borderCount > 0.5;
        double[] ink = new double[w * h];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = lightBackground ? 1 - grey[i] : grey[i];
        }
        return ink;
    }

    public static float[] toMnist(BufferedImage image) {
        return toMnist(inkOf(image), image.getWidth(), image.getHeight());
    }
}
