package deepmath.image;

import deepmath.conv.Plane;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Image files as {@link RasterImage}s: reads PNG, JPEG, BMP and GIF (first frame) through {@link ImageDecoder}
 * (header first, size and memory limits, clear messages), 8 or 16 bits per sample, grey or colour (alpha is
 * dropped); writes PNG.
 */
public final class ImageFiles {
    public static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "bmp", "gif");

    private ImageFiles() {
    }

    public static RasterImage read(Path file) {
        return ImageDecoder.read(file, ImageFiles::fromBufferedImage);
    }

    /** @param name used in messages only */
    public static RasterImage read(InputStream input, String name) {
        return ImageDecoder.read(input, name, ImageFiles::fromBufferedImage);
    }

    /** Grey files give one plane, others three; 16-bit samples are scaled to 0..255. */
    public static RasterImage fromBufferedImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        Raster raster = image.getRaster();
        int bits = image.getColorModel().getComponentSize(0);
        boolean grey = image.getColorModel().getNumColorComponents() == 1
                && image.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY
                && !(image.getColorModel() instanceof IndexColorModel);
        if (image.getColorModel() instanceof IndexColorModel palette && isGrey(palette)) {
            return new RasterImage(List.of(rgbPlanes(image).get(0)), 8);
        }
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
        if (bits > 8 && raster.getNumBands() >= 3 && !(image.getColorModel() instanceof IndexColorModel)) {
            return sixteenBitColour(raster, width, height, bits);
        }
        return new RasterImage(rgbPlanes(image), 8);
    }

    /** A palette of greys only (1-bit black and white, 2/4/8-bit grey PNGs): the picture is grey. */
    private static boolean isGrey(IndexColorModel palette) {
        for (int k = 0; k < palette.getMapSize(); k++) {
            if (palette.getRed(k) != palette.getGreen(k) || palette.getGreen(k) != palette.getBlue(k)) {
                return false;
            }
        }
        return true;
    }

    private static List<Plane> rgbPlanes(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
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
        return List.of(new Plane(height, width, r), new Plane(height, width, g), new Plane(height, width, b));
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
