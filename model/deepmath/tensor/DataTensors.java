package deepmath.tensor;

import deepmath.digits.DigitSet;
import deepmath.image.ImageFiles;
import deepmath.image.RasterImage;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.DirectConvolution;
import deepmath.conv.Kernel;
import deepmath.conv.Plane;
import deepmath.image.SampleImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The book's data as tensors (chapter 15, line ~16225): a colour image as a tensor of shape (h, w, 3) — the
 * pixel in row i, column j has its red, green and blue values at T[i, j, 0..2] — and a batch of MNIST digits
 * as (n, 28, 28, 1), the shape Keras's Conv2D layers read (one grey channel). Pictures are read through
 * {@link ImageFiles} (so {@code ImageDecoder}'s guards apply, shipped files included).
 */
public final class DataTensors {
    /** The cat of the shipped samples cut to 32 × 32, the size of a CIFAR-10 image (book line 16228). */
    public static final String SMALL_CAT = "chelsea-32";
    /** The pictures the data tab offers: the 32 × 32 cat, then the image tab's colour samples. */
    public static final List<String> IMAGES = List.of(SMALL_CAT, "chelsea", "coffee");
    /**
     * The filters the data page slides over every digit of the batch (book ch. 14, line 16043: one filter, many
     * images), as keys of the kernel library; "none" first. The book's trained filters are not printed: the
     * library's vertical and horizontal lines and emboss do what it says its filters 12, 14 and 16 do.
     */
    public static final List<String> FILTERS = List.of("none", "vertical", "horizontal", "emboss", "edges", "sobel-x");
    /** At most this many digits in a batch (each is drawn). */
    public static final int MAX_BATCH = 16;

    private DataTensors() {
    }

    /** One of {@link #IMAGES}. */
    public static RasterImage picture(String key) {
        if (!SMALL_CAT.equals(key)) {
            return SampleImages.open(key);
        }
        String resource = "/images/" + SMALL_CAT + ".png";
        try (InputStream in = DataTensors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("image " + resource + " missing from the build");
            }
            return ImageFiles.read(in, SMALL_CAT + ".png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image as a tensor (h, w, channels): T[i, j, c] is channel c of the pixel in row i, column j (0..255). */
    public static Tensor image(RasterImage image) {
        int h = image.height();
        int w = image.width();
        int c = image.channels().size();
        double[] v = new double[h * w * c];
        for (int k = 0; k < c; k++) {
            float[] plane = image.channel(k).values();
            for (int p = 0; p < h * w; p++) {
                v[p * c + k] = plane[p];
            }
        }
        return Tensor.of(v, h, w, c);
    }

    /**
     * Digits first, first + step, … (n of them) of {@code set} as a tensor (n, 28, 28, 1), pixels in [0, 1]:
     * numpy's {@code x[first : first + n·step : step]}. The shipped digits are sorted by class (about 1 000 of
     * each), so a step of 1 000 takes nearly one of each.
     */
    public static Tensor digits(DigitSet set, int first, int step, int n) {
        if (n < 1 || n > MAX_BATCH || first < 0 || step < 1 || first + (long) (n - 1) * step >= set.size()) {
            throw new IllegalArgumentException("digits " + first + " step " + step + " × " + n + " of " + set.size());
        }
        double[] v = new double[n * DigitSet.PIXELS];
        float[] pixels = set.pixels();
        for (int k = 0; k < n; k++) {
            System.arraycopy(toDouble(pixels, (first + k * step) * DigitSet.PIXELS), 0, v, k * DigitSet.PIXELS,
                    DigitSet.PIXELS);
        }
        return Tensor.of(v, n, DigitSet.SIDE, DigitSet.SIDE, 1);
    }

    private static double[] toDouble(float[] pixels, int offset) {
        double[] d = new double[DigitSet.PIXELS];
        for (int i = 0; i < d.length; i++) {
            d[i] = pixels[offset + i];
        }
        return d;
    }

    /**
     * Each digit of a batch (n, 28, 28, 1) convolved with the same kernel, the book's way ('same', zero padding,
     * stride 1): the feature maps (n, 28, 28, 1), one per image, that one filter of a Conv2D layer gives.
     */
    public static Tensor filtered(Tensor batch, Kernel kernel) {
        int n = batch.length(0);
        int side = batch.length(1);
        double[] v = new double[batch.size()];
        DirectConvolution engine = new DirectConvolution(1);
        for (int k = 0; k < n; k++) {
            float[] digit = new float[side * side];
            for (int p = 0; p < digit.length; p++) {
                digit[p] = (float) batch.flat(k * digit.length + p);
            }
            float[] map = engine.apply(new Plane(side, side, digit), kernel, ConvolutionSpec.BOOK).values();
            for (int p = 0; p < map.length; p++) {
                v[k * map.length + p] = map[p];
            }
        }
        return Tensor.of(v, n, side, side, 1);
    }

    /** {min, max} of a tensor's elements (the common scale its pictures are drawn on). */
    public static double[] range(Tensor t) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < t.size(); i++) {
            min = Math.min(min, t.flat(i));
            max = Math.max(max, t.flat(i));
        }
        return new double[] {min, max};
    }
}
