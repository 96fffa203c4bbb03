package deepmath.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitDataTest {
    @TempDir
    Path folder;

    @Test
    void theShippedSetHoldsTheTenThousandDigitsOfTheNpmPackageClassByClass() {
        DigitSet all = DigitSet.shipped();
        assertEquals(10_000, all.size());
        int[] counts = new int[10];
        for (int s = 0; s < all.size(); s++) {
            counts[all.label(s)]++;
        }
        // the sizes of src/digits/0.json … 9.json (784 values per digit)
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, counts);
        float[] first = all.image(0);
        float max = 0;
        int ink = 0;
        for (float v : first) {
            max = Math.max(max, v);
            ink += v > 0 ? 1 : 0;
        }
        assertEquals(1f, max, 1e-6f, "MNIST strokes reach full ink");
        assertTrue(ink > 60 && ink < 300, "a digit covers part of the field: " + ink);
    }

    @Test
    void theSeededSplitIsAlwaysTheSameEightThousandAndTwoThousand() {
        DigitSet.Split a = DigitSet.shippedSplit();
        DigitSet.Split b = DigitSet.shippedSplit();
        assertEquals(8000, a.train().size());
        assertEquals(2000, a.test().size());
        for (int s = 0; s < 2000; s += 97) {
            assertArrayEquals(a.test().image(s), b.test().image(s));
            assertEquals(a.test().label(s), b.test().label(s));
        }
        // every class is represented in the held-out part
        Set<Integer> labels = new HashSet<>();
        for (int s = 0; s < a.test().size(); s++) {
            labels.add(a.test().label(s));
        }
        assertEquals(10, labels.size());
    }

    @Test
    void theLoaderReadsStandardIdxFilesPlainOrGzipped() throws IOException {
        byte[] images = idxImages(new int[][] {{0, 255, 128}, {7, 0, 0}}, 1, 3);
        byte[] labels = idxLabels(new int[] {3, 9});
        IdxFiles.Images plain = IdxFiles.readImages(new ByteArrayInputStream(images), "plain");
        IdxFiles.Images zipped = IdxFiles.readImages(new ByteArrayInputStream(gzip(images)), "zipped");
        assertEquals(2, plain.count());
        assertArrayEquals(plain.pixels(), zipped.pixels());
        assertEquals(128, zipped.pixels()[2] & 0xff);
        assertArrayEquals(new byte[] {3, 9}, IdxFiles.readLabels(new ByteArrayInputStream(gzip(labels)), "l"));

        // a full 28 × 28 pair through DigitSet.read
        int[][] digits = new int[1][784];
        digits[0][14 * 28 + 14] = 255;
        Path img = Files.write(folder.resolve("t10k-images-idx3-ubyte.gz"), gzip(idxImages(digits, 28, 28)));
        Path lab = Files.write(folder.resolve("t10k-labels-idx1-ubyte"), idxLabels(new int[] {4}));
        DigitSet set = DigitSet.read(img, lab);
        assertEquals(1, set.size());
        assertEquals(4, set.label(0));
        assertEquals(1f, set.image(0)[14 * 28 + 14]);
    }

    @Test
    void wrongFilesAreRefusedWithAMessage() throws IOException {
        byte[] labels = idxLabels(new int[] {1});
        BadInputException e = assertThrows(BadInputException.class,
                () -> IdxFiles.readImages(new ByteArrayInputStream(labels), "labels.idx"));
        assertTrue(e.getMessage().contains("not an IDX image file"), e.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(idxImages(new int[][] {{1, 2, 3}}, 1, 3), 18);
        assertThrows(BadInputException.class, () -> IdxFiles.readImages(new ByteArrayInputStream(truncated), "t"));
        Path small = Files.write(folder.resolve("small"), idxImages(new int[][] {{1, 2, 3}}, 1, 3));
        Path lab = Files.write(folder.resolve("lab"), idxLabels(new int[] {1}));
        e = assertThrows(BadInputException.class, () -> DigitSet.read(small, lab));
        assertTrue(e.getMessage().contains("28 × 28"), e.getMessage());
    }

    @Test
    void shiftingMovesTheInkAndKeepsTheLabels() {
        DigitSet train = DigitSet.shippedSplit().train();
        DigitSet moved = train.shifted(2, 5);
        assertEquals(train.label(10), moved.label(10));
        double before = 0;
        double after = 0;
        for (int s = 0; s < 50; s++) {
            for (float v : train.image(s)) {
                before += v;
            }
            for (float v : moved.image(s)) {
                after += v;
            }
        }
        // MNIST digits sit in a 20 × 20 box with a 4-pixel margin: a 2-pixel shift loses (almost) no ink
        assertTrue(after <= before + 1e-3 && after > 0.995 * before, before + " -> " + after);
    }

    /** The row copies of {@link DigitSet#shiftedPixels} against the definition: every pixel moved by (dy, dx). */
    @Test
    void shiftedPixelsAreEachPixelMovedByTheDrawnShift() {
        DigitSet train = DigitSet.shippedSplit().train().subset(java.util.stream.IntStream.range(0, 300).toArray());
        for (int maxShift : new int[] {1, 2, 3}) {
            long seed = 40 + maxShift;
            float[] got = train.shiftedPixels(maxShift, seed);
            java.util.Random random = new java.util.Random(seed);
            float[] want = new float[got.length];
            int moved = 0;
            for (int s = 0; s < train.size(); s++) {
                int dy = random.nextInt(2 * maxShift + 1) - maxShift;
                int dx = random.nextInt(2 * maxShift + 1) - maxShift;
                moved += dy != 0 || dx != 0 ? 1 : 0;
                float[] image = train.image(s);
                for (int y = 0; y < DigitSet.SIDE; y++) {
                    for (int x = 0; x < DigitSet.SIDE; x++) {
                        int ty = y + dy;
                        int tx = x + dx;
                        if (ty >= 0 && ty < DigitSet.SIDE && tx >= 0 && tx < DigitSet.SIDE) {
                            want[s * DigitSet.PIXELS + ty * DigitSet.SIDE + tx] = image[y * DigitSet.SIDE + x];
                        }
                    }
                }
            }
            assertTrue(moved > 200, "most digits move: " + moved);
            org.junit.jupiter.api.Assertions.assertArrayEquals(want, got, "max shift " + maxShift);
            org.junit.jupiter.api.Assertions.assertArrayEquals(want, train.shifted(maxShift, seed).pixels());
        }
    }

    static byte[] idxImages(int[][] images, int rows, int cols) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(2051);
        out.writeInt(images.length);
        out.writeInt(rows);
        out.writeInt(cols);
        for (int[] image : images) {
            for (int v : image) {
                out.writeByte(v);
            }
        }
        return bytes.toByteArray();
    }

    static byte[] idxLabels(int[] labels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(2049);
        out.writeInt(labels.length);
        for (int v : labels) {
            out.writeByte(v);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
