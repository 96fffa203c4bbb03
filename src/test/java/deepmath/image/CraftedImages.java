package deepmath.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Image files made byte by byte for the reader's tests: real encodings, truncations, lying headers. */
public final class CraftedImages {
    private CraftedImages() {
    }

    /**
     * A well-formed PNG (valid CRCs) whose header declares {@code width × height} 8-bit RGB pixels while its
     * image data is {@code zeroBytes} zeros, deflated: a decompression bomb when the size is large.
     */
    public static byte[] pngDeclaring(int width, int height, int zeroBytes) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] zeros = new byte[1 << 16];
            for (int written = 0; written < zeroBytes; written += zeros.length) {
                deflate.write(zeros, 0, Math.min(zeros.length, zeroBytes - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A picture with some structure (a gradient and a disc) so that every encoder has real data to write. */
    public static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int dx = x - width / 2;
                int dy = y - height / 2;
                boolean disc = dx * dx + dy * dy < width * height / 9;
                int r = (x * 255) / Math.max(1, width - 1);
                int g = disc ? 230 : (y * 255) / Math.max(1, height - 1);
                int b = (x ^ y) & 0xff;
                image.setRGB(x, y, 0xff000000 | r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    /** {@code image} encoded as {@code format} (png, jpeg, bmp, gif). */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A four-component (CMYK-like) JPEG, as print software writes them. */
    public static byte[] cmykJpeg(int side) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, side, side, 4, null);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                for (int c = 0; c < 4; c++) {
                    raster.setSample(x, y, c, (x * 16 + y * 3 + c * 40) & 0xff);
                }
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] truncated(byte[] file, int length) {
        return Arrays.copyOf(file, length);
    }
}
