package deepmath.image;

import deepmath.conv.Plane;
import java.util.List;

/**
 * An image as float planes on the 0..255 scale (16-bit files are scaled down to it): one plane for a grey
 * image, three (red, green, blue) for a colour one. Convolution results keep any value; {@link ToneMapping}
 * brings them back to bytes.
 *
 * @param bitsPerSample 8 or 16: what the file held, shown to the user
 */
public record RasterImage(List<Plane> channels, int bitsPerSample) {

    public RasterImage {
        channels = List.copyOf(channels);
        if (channels.size() != 1 && channels.size() != 3) {
            throw new IllegalArgumentException("an image has 1 or 3 channels, not " + channels.size());
        }
        Plane first = channels.get(0);
        for (Plane p : channels) {
            if (p.rows() != first.rows() || p.cols() != first.cols()) {
                throw new IllegalArgumentException("channels of different sizes");
            }
        }
    }

    public static RasterImage grey(Plane plane) {
        return new RasterImage(List.of(plane), 8);
    }

    public int width() {
        return channels.get(0).cols();
    }

    public int height() {
        return channels.get(0).rows();
    }

    public boolean isGrey() {
        return channels.size() == 1;
    }

    public Plane channel(int c) {
        return channels.get(c);
    }

    /**
     * The grey version, luma L = 0.299 R + 0.587 G + 0.114 B (ITU-R 601, what PIL's {@code convert('L')}
     * computes when the book reads a photo in grey); a grey image is returned as is.
     */
    public RasterImage toGrey() {
        if (isGrey()) {
            return this;
        }
        float[] r = channels.get(0).values();
        float[] g = channels.get(1).values();
        float[] b = channels.get(2).values();
        float[] luma = new float[r.length];
        for (int k = 0; k < luma.length; k++) {
            luma[k] = 0.299f * r[k] + 0.587f * g[k] + 0.114f * b[k];
        }
        return new RasterImage(List.of(new Plane(height(), width(), luma)), bitsPerSample);
    }

    /** The value of channel c at pixel (x, y): column x, row y. */
    public float sample(int c, int x, int y) {
        return channels.get(c).get(y, x);
    }
}
