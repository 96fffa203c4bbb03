package deepmath.app.convolution;

import deepmath.conv.Plane;
import deepmath.image.HiddenMotif;
import deepmath.image.Histogram;
import deepmath.image.RasterImage;
import deepmath.image.ToneMapping;

/**
 * The image tab's search for the book's hidden smiley (chapter 13, line 15477), made off the FX thread: the
 * correlation of the picture with the 100 × 100 motif, its pixels rescaled to 0..255 (its own range: the
 * values are sums of thousands of pixels), its histogram and where it peaks.
 *
 * @param peak {row, column} of the largest correlation
 */
record MotifPreview(RasterImage correlation, int[] argb, Histogram histogram, int[] peak) {

    static MotifPreview compute(RasterImage source) {
        Plane c = HiddenMotif.correlation(source.toGrey().channel(0), HiddenMotif.motif());
        RasterImage image = RasterImage.grey(c);
        return new MotifPreview(image, ToneMapping.RESCALE.toArgb(image), Histogram.of(image, 96), HiddenMotif.peak(c));
    }

    /** The motif's square centred on the peak, {x, y, width, height}, as the image views mark a block. */
    int[] mark() {
        return new int[] {peak[1] - HiddenMotif.MOTIF / 2, peak[0] - HiddenMotif.MOTIF / 2, HiddenMotif.MOTIF,
            HiddenMotif.MOTIF};
    }
}
