package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.cli.CliTest.Run;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.DirectConvolution;
import deepmath.conv.KernelLibrary;
import deepmath.conv.Plane;
import deepmath.image.CraftedImages;
import deepmath.image.ImageFiles;
import deepmath.image.RasterImage;
import deepmath.image.SampleImages;
import deepmath.image.ToneMapping;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvCommandTest {
    @TempDir
    Path folder;

    @Test
    void aMatrixPrintsLikeScipyConvolve2dSame() {
        // scipy.signal.convolve2d(arange(1, 21).reshape(4, 5), [[1,2,0],[0,1,0],[-1,0,3]], mode='same')
        Run run = CliTest.run("conv", "--matrix", "1,2,3,4,5;6,7,8,9,10;11,12,13,14,15;16,17,18,19,20",
                "--kernel", "1,2,0;0,1,0;-1,0,3");
        assertEquals(0, run.exit(), run.err());
        assertEquals("20 24 28 32 25\n38 44 50 56 52\n53 74 80 86 82\n4 37 40 43 62\n", run.out().replace("\r", ""));
    }

    @Test
    void fractionsCorrelationValidAndPooling() {
        Run blur = CliTest.run("conv", "--matrix", "9,0,0;0,9,0;0,0,9", "--kernel", "1/9,1/9,1/9;1/9,1/9,1/9;1/9,1/9,1/9",
                "--mode", "valid");
        assertEquals("3\n", blur.out().replace("\r", ""));
        // Correlation does not flip: [1, 10] on 1 2 3 gives 1·1 + 10·2 = 21 first (scipy correlate2d 'same').
        Run corr = CliTest.run("conv", "--matrix", "1,2,3", "--kernel", "1,10", "--correlate");
        assertEquals("21 32 3\n", corr.out().replace("\r", ""));
        Run pooled = CliTest.run("conv", "--matrix", "1,2,3,4;5,6,7,8;9,10,11,12;13,14,15,16", "--kernel", "identity",
                "--pool", "max:2");
        assertEquals("6 8\n14 16\n", pooled.out().replace("\r", ""));
    }

    @Test
    void lines15235And15280PoolingAMatrixWithoutAKernel() {
        String a = "16,23,22,21,12,13;0,5,18,2,17,15;10,20,4,9,7,8;11,14,1,19,6,3";
        Run max = CliTest.run("conv", "--matrix", a, "--pool", "max:2");
        assertEquals(0, max.exit(), max.err());
        assertEquals("23 22 17\n20 19 8\n", max.out().replace("\r", ""));
        Run avg = CliTest.run("conv", "--matrix", a, "--pool", "avg:2");
        assertEquals("11 15.75 14.25\n13.75 8.25 6\n", avg.out().replace("\r", ""));
        Run nothing = CliTest.run("conv", "--matrix", a);
        assertEquals(2, nothing.exit());
        assertEquals("deepmath-lab: give --kernel, --pool or both", nothing.err().strip());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Run ragged = CliTest.run("conv", "--matrix", "1,2;3", "--kernel", "1");
        assertEquals(2, ragged.exit());
        assertEquals("deepmath-lab: the matrix's row 2 has 1 entries, row 1 has 2", ragged.err().strip());
        Run unknown = CliTest.run("conv", "--matrix", "1", "--kernel", "1", "--padding", "mirror");
        assertEquals(2, unknown.exit());
        assertEquals("deepmath-lab: unknown padding 'mirror' (zero, reflect, replicate or wrap)", unknown.err().strip());
        Run bogus = CliTest.run("conv", "--matrix", "1,2;3,4", "--kernel", "bogus");
        assertEquals(2, bogus.exit());
        assertEquals("deepmath-lab: unknown kernel 'bogus' (one of: " + String.join(", ", KernelLibrary.keys()) + ")",
                bogus.err().strip());
        Run both = CliTest.run("conv", "--kernel", "emboss");
        assertEquals(2, both.exit());
        Run missing = CliTest.run("conv", "--image", folder.resolve("none.png").toString(), "--kernel", "emboss",
                "--out", folder.resolve("o.png").toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count());
    }

    @Test
    void aTruncatedOrHugeImageIsOneLineNamingTheFile() throws Exception {
        byte[] whole = CraftedImages.encode(CraftedImages.picture(120, 80, BufferedImage.TYPE_INT_RGB), "png");
        Path cut = folder.resolve("cut.png");
        Files.write(cut, CraftedImages.truncated(whole, whole.length / 2));
        Run truncated = CliTest.run("conv", "--image", cut.toString(), "--kernel", "emboss",
                "--out", folder.resolve("o.png").toString());
        assertEquals(2, truncated.exit());
        assertEquals("deepmath-lab: 'cut.png' is truncated: the file ends before its image does",
                truncated.err().strip());
        Path bomb = folder.resolve("bomb.png");
        Files.write(bomb, CraftedImages.pngDeclaring(40_000, 40_000, 1 << 20));
        Run huge = CliTest.run("conv", "--image", bomb.toString(), "--kernel", "emboss",
                "--out", folder.resolve("o.png").toString());
        assertEquals(2, huge.exit());
        assertEquals("deepmath-lab: 'bomb.png' is 40000x40000: too large (at most 50 megapixels)", huge.err().strip());
    }

    @Test
    void anImageIsEmbossedLikeTheEngineAndClipped() throws Exception {
        Path out = folder.resolve("camera-emboss.png");
        Run run = CliTest.run("conv", "--image", writeSample("camera"), "--kernel", "emboss", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        RasterImage written = ImageFiles.read(out);
        assertTrue(written.isGrey(), "grey in, grey out");
        Plane expected = new DirectConvolution().apply(SampleImages.open("camera").channel(0),
                KernelLibrary.get("emboss"), ConvolutionSpec.BOOK);
        for (int[] p : new int[][] {{0, 0}, {100, 200}, {511, 300}, {256, 256}}) {
            float v = expected.get(p[1], p[0]);
            float clipped = Math.max(0, Math.min(255, Math.round(v)));
            assertEquals(clipped, written.sample(0, p[0], p[1]), 0.5f, "pixel " + p[0] + "," + p[1]);
        }
    }

    @Test
    void aColourImageWithRescaleAndGreyOption() throws Exception {
        Path out = folder.resolve("cat.png");
        Run run = CliTest.run("conv", "--image", writeSample("chelsea"), "--kernel", "edges", "--grey", "--rescale",
                "--pool", "avg:4", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        RasterImage written = ImageFiles.read(out);
        assertTrue(written.isGrey());
        assertEquals(451 / 4, written.width());
        assertEquals(300 / 4, written.height());
        float[] range = written.channel(0).range();
        assertEquals(0f, range[0]);
        assertEquals(255f, range[1]);
    }

    private String writeSample(String key) throws Exception {
        Path file = folder.resolve(key + ".png");
        ImageFiles.writePng(SampleImages.open(key), ToneMapping.CLIP, file);
        return file.toString();
    }
}
