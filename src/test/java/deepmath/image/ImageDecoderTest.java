package deepmath.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecoderTest {
    @TempDir
    Path folder;

    private static String refusal(byte[] file, String name) {
        return assertThrows(BadInputException.class, () -> ImageFiles.read(new ByteArrayInputStream(file), name))
                .getMessage();
    }

    @Test
    void aSmallFileDeclaring40000By40000PixelsIsRefusedFromItsHeader() throws Exception {
        byte[] bomb = CraftedImages.pngDeclaring(40_000, 40_000, 8 << 20);
        assertTrue(bomb.length < 100_000, "a small file: " + bomb.length);
        assertEquals("'bomb.png' is 40000x40000: too large (at most 50 megapixels)", refusal(bomb, "bomb.png"));
        Path file = folder.resolve("bomb.png");
        Files.write(file, bomb);
        assertEquals("'bomb.png' is 40000x40000: too large (at most 50 megapixels)",
                assertThrows(BadInputException.class, () -> ImageDecoder.read(file, BufferedImage::getWidth))
                        .getMessage());
    }

    @Test
    void aPictureThatWouldNotFitInMemoryIsRefusedBeforeDecoding() {
        // 7000 × 7000 = 49 megapixels, under the limit; 4 bytes decoded + 16 working per pixel on a 1 GB heap
        BadInputException e = assertThrows(BadInputException.class,
                () -> ImageDecoder.checkSize("big.jpg", 7000, 7000, 4, 1L << 30));
        assertEquals("'big.jpg' is 7000x7000: opening it needs about 934 MB, more than the 614 MB this lab can"
                + " give one picture (start Java with a larger -Xmx)", e.getMessage());
        ImageDecoder.checkSize("big.jpg", 7000, 7000, 4, 2L << 30);
        assertEquals("'flat.png' declares 0x10 pixels: it is damaged", assertThrows(BadInputException.class,
                () -> ImageDecoder.checkSize("flat.png", 0, 10, 4, 2L << 30)).getMessage());
    }

    @Test
    void truncatedFilesSayTheyAreTruncated() {
        BufferedImage picture = CraftedImages.picture(256, 192, BufferedImage.TYPE_INT_RGB);
        for (String format : List.of("png", "jpeg", "bmp")) {
            byte[] whole = CraftedImages.encode(picture, format);
            String name = "cut." + format;
            assertEquals(256, ImageFiles.read(new ByteArrayInputStream(whole), name).width());
            assertEquals("'" + name + "' is truncated: the file ends before its image does",
                    refusal(CraftedImages.truncated(whole, whole.length / 2), name), format);
        }
        byte[] gif = CraftedImages.encode(picture, "gif");
        String message = refusal(CraftedImages.truncated(gif, gif.length / 2), "cut.gif");
        assertTrue(message.startsWith("'cut.gif' is truncated") || message.startsWith("'cut.gif' is damaged: "),
                message);
        assertEquals("'cut.gif' is truncated: the file ends before its image does",
                refusal(CraftedImages.truncated(gif, gif.length - 2), "cut.gif"));
    }

    @Test
    void aCmykJpegIsRefusedRatherThanShownInWrongColours() {
        assertEquals("'print.jpg' is a CMYK JPEG (a file made for printing): the lab reads grey and RGB JPEGs;"
                + " save it as RGB", refusal(CraftedImages.cmykJpeg(16), "print.jpg"));
    }

    @Test
    void otherFormatsAndNonImagesAreNamed() {
        BufferedImage picture = CraftedImages.picture(8, 8, BufferedImage.TYPE_INT_RGB);
        assertEquals("'scan.tif' is a TIF image; the lab reads PNG, JPEG, BMP and GIF",
                refusal(CraftedImages.encode(picture, "tiff"), "scan.tif"));
        assertEquals("'empty.png' is not an image this lab reads (PNG, JPEG, BMP or GIF)",
                refusal(new byte[0], "empty.png"));
    }

    @Test
    void blackAndWhiteAndGreyPalettesAreGreyColourPalettesAreColour() {
        BufferedImage binary = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_BINARY);
        binary.setRGB(1, 0, 0xffffffff);
        RasterImage bw = ImageFiles.read(new ByteArrayInputStream(CraftedImages.encode(binary, "png")), "bw.png");
        assertTrue(bw.isGrey());
        assertArrayEquals(new float[] {0, 255, 0}, bw.channel(0).values());

        BufferedImage indexed = CraftedImages.picture(10, 6, BufferedImage.TYPE_BYTE_INDEXED);
        RasterImage colour = ImageFiles.read(new ByteArrayInputStream(CraftedImages.encode(indexed, "gif")), "p.gif");
        assertEquals(3, colour.channels().size());
        int rgb = indexed.getRGB(7, 2);
        assertEquals((rgb >> 16) & 0xff, colour.sample(0, 7, 2));
        assertEquals((rgb >> 8) & 0xff, colour.sample(1, 7, 2));
        assertEquals(rgb & 0xff, colour.sample(2, 7, 2));
    }

    @Test
    void greyAndColourJpegsAndSixteenBitColour() {
        BufferedImage grey = CraftedImages.picture(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        assertTrue(ImageFiles.read(new ByteArrayInputStream(CraftedImages.encode(grey, "jpeg")), "g.jpg").isGrey());
        BufferedImage rgb = CraftedImages.picture(16, 16, BufferedImage.TYPE_3BYTE_BGR);
        assertEquals(3, ImageFiles.read(new ByteArrayInputStream(CraftedImages.encode(rgb, "jpeg")), "c.jpg")
                .channels().size());
    }
}
