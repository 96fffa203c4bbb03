package deepmath.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.conv.ConvolutionSpec;
import deepmath.conv.DirectConvolution;
import deepmath.conv.Kernel;
import deepmath.conv.KernelLibrary;
import deepmath.conv.Plane;
import deepmath.conv.Pooling;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {
    @TempDir
    Path folder;

    @Test
    void aGreyPngRoundTripsExactly() throws Exception {
        Plane plane = Plane.zeros(5, 7);
        for (int k = 0; k < plane.size(); k++) {
            plane.values()[k] = (k * 37) % 256;
        }
        Path file = folder.resolve("grey.png");
        ImageFiles.writePng(RasterImage.grey(plane), ToneMapping.CLIP, file);
        RasterImage back = ImageFiles.read(file);
        assertTrue(back.isGrey());
        assertArrayEquals(plane.values(), back.channel(0).values());
    }

    @Test
    void aColourImageKeepsItsChannelsAndSixteenBitsAreScaled() throws Exception {
        BufferedImage rgb = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(1, 0, 0x102030);
        Path file = folder.resolve("rgb.bmp");
        ImageIO.write(rgb, "bmp", file.toFile());
        RasterImage image = ImageFiles.read(file);
        assertEquals(3, image.channels().size());
        assertEquals(0x10, image.sample(0, 1, 0));
        assertEquals(0x30, image.sample(2, 1, 0));

        BufferedImage sixteen = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
        sixteen.getRaster().setSample(0, 0, 0, 65535);
        sixteen.getRaster().setSample(1, 0, 0, 32896); // 128.5 on the 0..255 scale
        Path file16 = folder.resolve("deep.png");
        ImageIO.write(sixteen, "png", file16.toFile());
        RasterImage deep = ImageFiles.read(file16);
        assertEquals(16, deep.bitsPerSample());
        assertEquals(255f, deep.sample(0, 0, 0), 1e-3);
        assertEquals(128.0f, deep.sample(0, 1, 0), 0.01);
    }

    @Test
    void unreadableAndHugeFilesAreRefusedWithAMessage() throws Exception {
        Path text = folder.resolve("notes.png");
        Files.writeString(text, "not an image");
        BadInputException notImage = assertThrows(BadInputException.class, () -> ImageFiles.read(text));
        assertEquals("'notes.png' is not an image this lab reads (PNG, JPEG, BMP or GIF)", notImage.getMessage());
        assertThrows(BadInputException.class, () -> ImageFiles.read(folder.resolve("missing.png")));

        // A PNG header claiming 10000 × 10000 pixels is refused before anything is decoded.
        BufferedImage small = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ImageIO.write(small, "png", bytes);
        byte[] png = bytes.toByteArray();
        // IHDR width and height are bytes 16..23; its CRC is not checked before the size is read.
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(10000).putInt(10000);
        BadInputException huge = assertThrows(BadInputException.class,
                () -> ImageFiles.read(new ByteArrayInputStream(png), "huge.png"));
        assertEquals("'huge.png' is 10000x10000: too large (at most 50 megapixels)", huge.getMessage());
    }

    @Test
    void clipAndRescaleMapValuesAsTheBookAndAsStretching() {
        Plane p = Plane.row(-100, 0, 127.4f, 300);
        RasterImage image = RasterImage.grey(p);
        int[] clip = ToneMapping.CLIP.toArgb(image);
        assertArrayEquals(new int[] {0, 0, 127, 255}, new int[] {clip[0] & 0xff, clip[1] & 0xff, clip[2] & 0xff,
                clip[3] & 0xff});
        int[] rescale = ToneMapping.RESCALE.toArgb(image);
        assertEquals(0, rescale[0] & 0xff);
        assertEquals(Math.round(100 * 255f / 400), rescale[1] & 0xff);
        assertEquals(255, rescale[3] & 0xff);
    }

    @Test
    void greyIsTheItu601Luma() {
        RasterImage colour = new RasterImage(List.of(Plane.row(200), Plane.row(100), Plane.row(50)), 8);
        assertEquals(0.299 * 200 + 0.587 * 100 + 0.114 * 50, colour.toGrey().sample(0, 0, 0), 1e-3);
    }

    @Test
    void aChainAppliesItsKernelsInOrderThenPools() {
        Plane p = Plane.zeros(8, 8);
        p.set(3, 4, 16);
        ImageFilter chain = new ImageFilter(List.of(new FilterStep(KernelLibrary.get("gaussian"), ConvolutionSpec.BOOK),
                new FilterStep(Kernel.parse("2"), ConvolutionSpec.BOOK)), ChannelMode.PER_CHANNEL,
                Optional.of(Pooling.of(Pooling.Kind.MAX, 2)));
        RasterImage out = chain.apply(RasterImage.grey(p), new DirectConvolution(), Progress.NONE);
        assertEquals(4, out.width());
        // The Gaussian spreads 16 into 1 2 1 / 2 4 2 / 1 2 1 around (3, 4), doubled: the max of block (1, 2) is 8.
        assertEquals(8f, out.sample(0, 2, 1));
        assertEquals(4f, out.sample(0, 2, 2), 1e-6);
    }

    @Test
    void kernelFilesRoundTripInCsvAndJson() throws Exception {
        Kernel kernel = Kernel.parse("1,-2.5,3;0,1/4,7");
        for (String name : List.of("k.csv", "k.json")) {
            Path file = folder.resolve(name);
            KernelFiles.write(kernel, file);
            assertEquals(kernel, KernelFiles.read(file), name);
        }
        Path csv = folder.resolve("hand.csv");
        Files.writeString(csv, "# emboss\n-2, -1, 0\n-1 1 1\n0;1;2\n");
        assertEquals(KernelLibrary.get("emboss"), KernelFiles.read(csv));
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"rows\": [[1, \"a\"]]}");
        assertEquals("kernel file 'bad.json': entry (1, 2) is not a number",
                assertThrows(BadInputException.class, () -> KernelFiles.read(bad)).getMessage());
    }
}
