package deepmath.image;

import deepmath.conv.Plane;

/**
 * Counts of an image's values (all channels) in equal bins over [min, max]: shows at a glance how much of a
 * result the clip to 0..255 would cut (negative edges, over-bright sharpening).
 */
public record Histogram(double min, double max, long[] counts) {

    public static Histogram of(RasterImage image, int bins) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (Plane p : image.channels()) {
            float[] range = p.range();
            min = Math.min(min, range[0]);
            max = Math.max(max, range[1]);
        }
        long[] counts = new long[bins];
        double width = max > min ? (max - min) / bins : 1;
        for (Plane p : image.channels()) {
            for (float v : p.values()) {
                int bin = (int) ((v - min) / width);
                counts[Math.min(bins - 1, Math.max(0, bin))]++;
            }
        }
        return new Histogram(min, max, counts);
    }

    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    public long largest() {
        long m = 0;
        for (long c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    /** The lower edge of bin k. */
    public double binStart(int k) {
        return min + (max - min) * k / counts.length;
    }
}
