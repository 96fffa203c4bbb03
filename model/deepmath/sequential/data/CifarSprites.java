package deepmath.sequential.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.core.BadInputException;
import deepmath.datasets.PulledSets;
import deepmath.image.ImageDecoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * CIFAR-10 as {@code deepmath-lab data pull cifar10} leaves it ({@link PulledSets#CIFAR10}): each batch a PNG
 * sprite 1024 pixels wide, row n being picture n, pixel k of the row the pixel at place k of the 32 × 32 picture
 * (row by row) in RGB; the labels in {@code train_lables.json} (the five batches in turn) and
 * {@code test_lables.json}. The examples are the same as {@link Cifar10Reader}'s from the binary batches:
 * [32, 32, 3], channels last, byte / 255, keras's class names.
 */
final class CifarSprites {
    static final List<String> TRAIN = List.of("data_batch_1.png", "data_batch_2.png", "data_batch_3.png",
            "data_batch_4.png", "data_batch_5.png");
    static final String TEST = "test_batch.png";
    static final String TRAIN_LABELS = "train_lables.json";
    static final String TEST_LABELS = "test_lables.json";
    private static final int WIDTH = Cifar10Reader.SIDE * Cifar10Reader.SIDE;

    /** A picture: its label and its 3072 bytes, RGB interleaved as the sprite holds them. */
    record Picture(int label, byte[] rgb) {
    }

    private CifarSprites() {
    }

    /** The pictures of {@code sprites} (in turn) whose label {@code keep} accepts, at most {@code limit}. */
    static List<Picture> pictures(Path dir, List<String> sprites, String labelsFile, IntPredicate keep, int limit) {
        int[] labels = labels(dir.resolve(labelsFile));
        List<Picture> out = new ArrayList<>();
        int index = 0;
        for (String sprite : sprites) {
            if (out.size() >= limit) {
                break;
            }
            int first = index;
            int rows = ImageDecoder.read(dir.resolve(sprite), image -> {
                check(sprite, image, labelsFile, labels.length, first);
                for (int r = 0; r < image.getHeight() && out.size() < limit; r++) {
                    int label = labels[first + r];
                    if (label < 0 || label >= Cifar10Reader.KERAS_CLASSES.size()) {
                        throw new BadInputException(ExamplesProblem.CIFAR_LABEL, labelsFile, first + r + 1, label,
                                Cifar10Reader.KERAS_CLASSES.size());
                    }
                    if (keep.test(label)) {
                        out.add(new Picture(label, row(image, r)));
                    }
                }
                return image.getHeight();
            });
            index += rows;
        }
        if (out.size() < limit && index != labels.length) {
            throw new BadInputException(ExamplesProblem.SPRITE_LABELS, labelsFile, labels.length, index);
        }
        return out;
    }

    private static void check(String sprite, BufferedImage image, String labelsFile, int labels, int first) {
        if (image.getWidth() != WIDTH) {
            throw new BadInputException(ExamplesProblem.SPRITE_SIZE, sprite, image.getWidth(), image.getHeight());
        }
        if (first + image.getHeight() > labels) {
            throw new BadInputException(ExamplesProblem.SPRITE_LABELS, labelsFile, labels, first + image.getHeight());
        }
    }

    private static byte[] row(BufferedImage image, int r) {
        int[] argb = image.getRGB(0, r, WIDTH, 1, null, 0, WIDTH);
        byte[] rgb = new byte[3 * WIDTH];
        for (int k = 0; k < WIDTH; k++) {
            rgb[3 * k] = (byte) (argb[k] >> 16);
            rgb[3 * k + 1] = (byte) (argb[k] >> 8);
            rgb[3 * k + 2] = (byte) argb[k];
        }
        return rgb;
    }

    static int[] labels(Path file) {
        try {
            return new ObjectMapper().readValue(SourceFiles.bytes(file), int[].class);
        } catch (IOException e) {
            throw new BadInputException(e, ExamplesProblem.SPRITE_LABELS, file.getFileName(), "?", "?");
        }
    }

    /** [32, 32, 3] values in [0, 1] from the interleaved bytes. */
    static float[] values(byte[] rgb) {
        float[] out = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            out[i] = (rgb[i] & 0xFF) / 255f;
        }
        return out;
    }

    /** [2s, 2s, 3]: each pixel made a 2 × 2 block (nearest neighbour), for the book's 64 × 64 cats-and-dogs network. */
    static float[] doubled(byte[] rgb) {
        int side = Cifar10Reader.SIDE;
        float[] out = new float[4 * rgb.length];
        for (int y = 0; y < 2 * side; y++) {
            for (int x = 0; x < 2 * side; x++) {
                int from = 3 * ((y / 2) * side + x / 2);
                int to = 3 * (y * 2 * side + x);
                for (int c = 0; c < 3; c++) {
                    out[to + c] = (rgb[from + c] & 0xFF) / 255f;
                }
            }
        }
        return out;
    }
}
