package deepmath.digits;

import deepmath.core.BadInputException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads LeCun's IDX files (the format of the original MNIST train/t10k files and of the lab's own copy):
 * a big-endian header — magic 2051 then n, rows, columns for images; magic 2049 then n for labels — followed
 * by unsigned bytes. Gzip-compressed files are recognised by their first two bytes, whatever their name.
 */
public final class IdxFiles {
    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;

    private IdxFiles() {
    }

    /** The pixels of every image, n × rows × columns bytes in reading order, and the image size. */
    public record Images(byte[] pixels, int count, int rows, int columns) {
    }

    public static Images readImages(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readImages(in, file.getFileName().toString());
        }
    }

    public static byte[] readLabels(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readLabels(in, file.getFileName().toString());
        }
    }

    public static Images readImages(InputStream raw, String name) throws IOException {
        DataInputStream in = new DataInputStream(decompressed(raw));
        try {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new BadInputException(DigitsProblem.NOT_IDX_IMAGES, name, magic, IMAGES_MAGIC);
            }
            int count = in.readInt();
            int rows = in.readInt();
            int columns = in.readInt();
            if (count < 0 || rows <= 0 || columns <= 0 || (long) count * rows * columns > Integer.MAX_VALUE) {
                throw new BadInputException(DigitsProblem.IDX_SIZES, name, count, rows, columns);
            }
            byte[] pixels = new byte[count * rows * columns];
            in.readFully(pixels);
            return new Images(pixels, count, rows, columns);
        } catch (EOFException e) {
            throw new BadInputException(e, DigitsProblem.IDX_PIXELS_TRUNCATED, name);
        }
    }

    public static byte[] readLabels(InputStream raw, String name) throws IOException {
        DataInputStream in = new DataInputStream(decompressed(raw));
        try {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw new BadInputException(DigitsProblem.NOT_IDX_LABELS, name, magic, LABELS_MAGIC);
            }
            int count = in.readInt();
            if (count < 0) {
                throw new BadInputException(DigitsProblem.IDX_LABEL_COUNT, name, count);
            }
            byte[] labels = new byte[count];
            in.readFully(labels);
            return labels;
        } catch (EOFException e) {
            throw new BadInputException(e, DigitsProblem.IDX_LABELS_TRUNCATED, name);
        }
    }

    /** Gzip's magic bytes are 0x1f 0x8b; an IDX file starts with two zero bytes, so the two cannot be confused. */
    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }
}
