package deepmath.image;

import deepmath.conv.Plane;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads PNG, JPEG, BMP and GIF (first frame) files, 8 or 16 bits per sample, grey or colour (alpha is
 * dropped); writes PNG. Files too large to convolve interactively are refused before being decoded.
 */
public final class ImageFiles {
    /** 40 megapixels: a 6000×6000 photo still fits, a decompression bomb does not. */
    public static final long MAX_PIXELS = 40_000_000L;
    public static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "bmp", "gif");

    private ImageFiles() {
    }

    public static RasterImage read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no image file '" + file + "'");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new BadInputException("cannot read '" + name + "': " + e.getMessage(), e);
        }
    }

    /** @param name used in messages only */
    public static RasterImage read(InputStream input, String name) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(input)) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                throw new BadInputException("'" + name + "' is not an image this lab reads (PNG, JPEG, BMP or GIF)");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!EXTENSIONS.contains(format)) {
                    throw new BadInputException("'" + name + "' is a " + format.toUpperCase(Locale.ROOT)
                            + " image; the lab reads PNG, JPEG, BMP and GIF");
                }
                reader.setInput(stream, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new BadInputException(String.format(Locale.ROOT,
                            "'%s' is %dx%d: too large (at most %d megapixels)", name, width, height,
                            MAX_PIXELS / 1_000_000));
                }
                return fromBufferedImage(reader.read(0));
            } catch (IOException | RuntimeException e) {
                if (e instanceof BadInputException) {
                    throw e;
                }
                throw new BadInputException("'" + name + "' is damaged or unreadable: " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Grey files give one plane, others three; 16-bit samples are scaled to 0..255. */
    public static RasterImage fromBufferedImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        Raster raster = image.getRaster();
        int bits = image.getColorModel().getComponentSize(0);
        boolean grey = image.getColorModel().getNumColorComponents() == 1
                && image.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY
                && !(image.getColorModel() instanceof java.awt.image.IndexColorModel);
        if (grey) {
            float scale = bits > 8 ? 255f / ((1 << bits) - 1) : 1f;
            float[] v = new float[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    v[y * width + x] = raster.getSample(x, y, 0) * scale;
                }
            }
            return new RasterImage(List.of(new Plane(height, width, v)), bits > 8 ? 16 : 8);
        }
        if (bits > 8 && raster.getNumBands() >= 3 && !(image.getColorModel() instanceof java.awt.image.IndexColorModel)) {
            return sixteenBitColour(raster, width, height, bits);
        }
        float[] r = new float[width * height];
        float[] g = new float[r.length];
        float[] b = new float[r.length];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int p = row[x];
                r[y * width + x] = (p >> 16) & 0xff;
                g[y * width + x] = (p >> 8) & 0xff;
                b[y * width + x] = p & 0xff;
            }
        }
        return new RasterImage(List.of(new Plane(height, width, r), new Plane(height, width, g),
                new Plane(height, width, b)), 8);
    }

    private static RasterImage sixteenBitColour(Raster raster, int width, int height, int bits) {
        float scale = 255f / ((1 << bits) - 1);
        Plane[] planes = new Plane[3];
        for (int c = 0; c < 3; c++) {
            planes[c] = Plane.zeros(height, width);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    planes[c].set(y, x, raster.getSample(x, y, c) * scale);
                }
            }
        }
        return new RasterImage(List.of(planes), 16);
    }

    /** An 8-bit grey or RGB image, values mapped by {@code tone}. */
    public static BufferedImage toBufferedImage(RasterImage image, ToneMapping tone) {
        int[] argb = tone.toArgb(image);
        if (image.isGrey()) {
            BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
            byte[] bytes = new byte[argb.length];
            for (int k = 0; k < argb.length; k++) {
                bytes[k] = (byte) (argb[k] & 0xff);
            }
            out.getRaster().setDataElements(0, 0, image.width(), image.height(), bytes);
            return out;
        }
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, image.width(), image.height(), argb, 0, image.width());
        return out;
    }

    /**
     * Writes a PNG (grey stays grey) atomically: until the new file is whole, the old one stays (ImageIO would
     * delete it first). The parent folder must exist.
     */
    public static void writePng(RasterImage image, ToneMapping tone, Path file) throws IOException {
        AtomicFiles.writeImage(toBufferedImage(image, tone), "png", file);
    }
}
