package deepmath.image;

import deepmath.core.BadInputException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * The one door through which the lab opens a picture (the convolution lab and drag and drop, {@code conv},
 * {@code digits predict}): it reads the header first and refuses, before decoding anything, a picture above
 * {@link #MAX_PIXELS} or one that would not fit in memory; then it decodes and hands the pixels to the
 * caller's conversion. Whatever goes wrong (not an image, truncated, damaged, unsupported) is a
 * {@link BadInputException} naming the file and what is wrong.
 * <p>
 * Read: PNG, JPEG, BMP and GIF (first frame), grey, RGB or palette, 8 or 16 bits per sample, with or without
 * alpha. Not read: CMYK/YCCK JPEGs (files made for printing), TIFF, WebP, HEIC and other formats.
 */
public final class ImageDecoder {
    /**
     * The largest picture the lab opens: 50 megapixels. A 48-megapixel phone photo (8064 × 6048) fits; a
     * decompression bomb (a small file declaring 40 000 × 40 000 pixels) is refused from its header.
     */
    public static final long MAX_PIXELS = 50_000_000L;
    /** What callers keep per pixel after decoding: three float planes (12 bytes) or a double ink map (16). */
    static final long WORKING_BYTES_PER_PIXEL = 16;
    /** The share of the heap one picture may take, so that the lab keeps room for the rest of its work. */
    static final double HEAP_SHARE = 0.6;
    public static final List<String> FORMATS = List.of("png", "jpeg", "bmp", "gif");

    private ImageDecoder() {
    }

    /** Decodes {@code file} and converts its pixels while the limits still guard memory. */
    public static <T> T read(Path file, Function<BufferedImage, T> convert) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(ImageProblem.NO_FILE, file);
        }
        String name = file.getFileName().toString();
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            return read(stream, name, convert);
        } catch (IOException e) {
            throw new BadInputException(e, ImageProblem.UNREADABLE, name, deepmath.core.ReadProblem.of(e));
        }
    }

    /** @param name used in messages only */
    public static <T> T read(InputStream input, String name, Function<BufferedImage, T> convert) {
        try (ImageInputStream stream = ImageIO.createImageInputStream(input)) {
            return read(stream, name, convert);
        } catch (IOException e) {
            throw new BadInputException(e, ImageProblem.UNREADABLE, name, deepmath.core.ReadProblem.of(e));
        }
    }

    private static <T> T read(ImageInputStream stream, String name, Function<BufferedImage, T> convert) {
        Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
        if (readers == null || !readers.hasNext()) {
            throw new BadInputException(ImageProblem.NOT_AN_IMAGE, name);
        }
        ImageReader reader = readers.next();
        long width = 0;
        long height = 0;
        try {
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new BadInputException(ImageProblem.FORMAT, name, format.toUpperCase(Locale.ROOT));
            }
            reader.setInput(stream, true, true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
            checkSize(name, width, height, bytesPerDecodedPixel(reader), Runtime.getRuntime().maxMemory());
            if (format.equals("jpeg")) {
                refuseCmyk(reader, name);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (warnings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("premature end"))) {
                throw truncated(name, null);
            }
            return convert.apply(image);
        } catch (BadInputException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            // One huge array failed to allocate; once it unwinds the heap is free again.
            throw width > 0 ? new BadInputException(ImageProblem.NO_MEMORY_SIZE, name, width, height)
                    : new BadInputException(ImageProblem.NO_MEMORY, name);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        } finally {
            reader.dispose();
        }
    }

    /** Refuses an empty or damaged size, more than {@link #MAX_PIXELS}, or more memory than a heap share. */
    static void checkSize(String name, long width, long height, long decodedBytes, long maxMemory) {
        if (width < 1 || height < 1) {
            throw new BadInputException(ImageProblem.DAMAGED_SIZE, name, width, height);
        }
        if (width * height > MAX_PIXELS) {
            throw new BadInputException(ImageProblem.TOO_LARGE, name, width, height, MAX_PIXELS / 1_000_000);
        }
        long needed = width * height * (decodedBytes + WORKING_BYTES_PER_PIXEL);
        long allowed = (long) (maxMemory * HEAP_SHARE);
        if (needed > allowed) {
            throw new BadInputException(ImageProblem.TOO_MUCH_MEMORY, name, width, height, needed >> 20,
                    allowed >> 20);
        }
    }

    /** Bytes of one decoded pixel, from the file's own layout (16-bit RGBA takes 8); 4 when unknown. */
    private static long bytesPerDecodedPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw == null) {
            return 4;
        }
        SampleModel model = raw.getSampleModel(1, 1);
        return Math.max(1, (long) model.getNumDataElements() * DataBuffer.getDataTypeSize(model.getDataType()) / 8);
    }

    /** Java decodes four-component JPEGs without colour management: the colours would be wrong. */
    private static void refuseCmyk(ImageReader reader, String name) throws IOException {
        IIOMetadata metadata = reader.getImageMetadata(0);
        if (metadata == null) {
            return;
        }
        Node sof = find(metadata.getAsTree("javax_imageio_jpeg_image_1.0"), "sof");
        if (sof != null && sof.getChildNodes().getLength() == 4) {
            throw new BadInputException(ImageProblem.CMYK, name);
        }
    }

    private static Node find(Node node, String element) {
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>(List.of(node));
        while (!pending.isEmpty()) {
            Node n = pending.pop();
            if (element.equals(n.getNodeName())) {
                return n;
            }
            for (int k = 0; k < n.getChildNodes().getLength(); k++) {
                pending.push(n.getChildNodes().item(k));
            }
        }
        return null;
    }

    private static BadInputException truncated(String name, Throwable cause) {
        return new BadInputException(cause, ImageProblem.TRUNCATED, name);
    }

    private static BadInputException damaged(String name, Throwable error) {
        String detail = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EOFException) {
                return truncated(name, error);
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                detail = t.getMessage();
            }
        }
        return new BadInputException(error, ImageProblem.DAMAGED, name,
                detail == null ? error.getClass().getSimpleName() : detail.strip().replaceAll("\\s+", " "));
    }
}
