package deepmath.image;

import deepmath.conv.Plane;

/**
 * How convolution results (any real numbers) become 0..255 pixel values: the book's clip (values below 0
 * become 0, above 255 become 255), or a min–max rescale that stretches the result's own range to 0..255
 * (better for edge detectors whose output is mostly small or negative).
 */
public enum ToneMapping {
    CLIP("clip"), RESCALE("rescale");

    private final String key;

    ToneMapping(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** {offset, scale} such that a byte is round((v − offset)·scale) clipped to 0..255. */
    public float[] transform(RasterImage image) {
        if (this == CLIP) {
            return new float[] {0f, 1f};
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (Plane p : image.channels()) {
            float[] range = p.range();
            min = Math.min(min, range[0]);
            max = Math.max(max, range[1]);
        }
        // One range for all channels, so that rescaling keeps the colours' balance.
        return max > min ? new float[] {min, 255f / (max - min)} : new float[] {min, 0f};
    }

    /** Opaque ARGB pixels, row by row (grey images give equal R, G and B). */
    public int[] toArgb(RasterImage image) {
        float[] t = transform(image);
        int n = image.width() * image.height();
        int[] argb = new int[n];
        float[] r = image.channel(0).values();
        float[] g = image.isGrey() ? r : image.channel(1).values();
        float[] b = image.isGrey() ? r : image.channel(2).values();
        for (int k = 0; k < n; k++) {
            argb[k] = 0xff000000 | toByte(r[k], t) << 16 | toByte(g[k], t) << 8 | toByte(b[k], t);
        }
        return argb;
    }

    /** One value mapped to 0..255. */
    public static int toByte(float value, float[] transform) {
        float v = (value - transform[0]) * transform[1];
        if (!(v > 0)) {
            return 0;
        }
        return v >= 255f ? 255 : Math.round(v);
    }
}
