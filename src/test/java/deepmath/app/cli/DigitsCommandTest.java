package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.digits.DigitSet;
import deepmath.image.CraftedImages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitsCommandTest {
    @TempDir
    Path folder;

    @Test
    void evalPrintsTheHeldOutAccuracyOfTheShippedWeightsAsJson() {
        CliTest.Run run = CliTest.run("digits", "eval", "--model", "cnn");
        assertEquals(0, run.exit(), run.err());
        Matcher m = Pattern.compile("\\{\"model\": \"cnn\", \"accuracy\": (0\\.\\d{3}), \"samples\": 2000}")
                .matcher(run.out().strip());
        assertTrue(m.matches(), run.out());
        assertTrue(Double.parseDouble(m.group(1)) >= 0.97);
    }

    @Test
    void trainWritesWeightsThatEvalReads() {
        Path out = folder.resolve("dense.zip");
        CliTest.Run run = CliTest.run("digits", "train", "--model", "dense", "--epochs", "1", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("epoch 1 loss "), run.out());
        run = CliTest.run("digits", "eval", "--model", "dense", "--weights", out.toString());
        assertEquals(0, run.exit(), run.err());
        Matcher m = Pattern.compile("\\{\"model\": \"dense\", \"accuracy\": (0\\.\\d{3}), \"samples\": 2000}")
                .matcher(run.out().strip());
        assertTrue(m.matches(), run.out());
        // one epoch on 8 000 digits is already far better than chance (0.1)
        assertTrue(Double.parseDouble(m.group(1)) > 0.8, run.out());
    }

    @Test
    void predictReadsADigitFromAPicture() throws Exception {
        DigitSet test = DigitSet.shippedSplit().test();
        int s = 0;
        // white ink on black, 4 times larger than MNIST, as a PNG
        BufferedImage picture = new BufferedImage(112, 112, BufferedImage.TYPE_INT_RGB);
        float[] digit = test.image(s);
        for (int y = 0; y < 112; y++) {
            for (int x = 0; x < 112; x++) {
                int grey = Math.round(255 * digit[(y / 4) * 28 + x / 4]);
                picture.setRGB(x, y, grey << 16 | grey << 8 | grey);
            }
        }
        Path png = folder.resolve("digit.png");
        ImageIO.write(picture, "png", png.toFile());
        CliTest.Run run = CliTest.run("digits", "predict", "--image", png.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{\"model\": \"cnn\", \"digit\": " + test.label(s) + ", \"probabilities\": ["),
                run.out());
    }

    @Test
    void aPictureDeclaring40000By40000PixelsIsRefusedFromItsHeaderNotDecoded() throws Exception {
        // Before the guarded reader, ImageIO.read tried to allocate the 4.8-gigabyte raster this header declares.
        Path bomb = folder.resolve("bomb.png");
        Files.write(bomb, CraftedImages.pngDeclaring(40_000, 40_000, 4 << 20));
        CliTest.Run run = CliTest.run("digits", "predict", "--image", bomb.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("deepmath-lab: 'bomb.png' is 40000x40000: too large (at most 50 megapixels)", run.err().strip());
    }

    @Test
    void aTruncatedPictureIsBadInputNamingTheFile() throws Exception {
        byte[] whole = CraftedImages.encode(CraftedImages.picture(200, 200, BufferedImage.TYPE_INT_RGB), "bmp");
        Path cut = folder.resolve("cut.bmp");
        Files.write(cut, CraftedImages.truncated(whole, whole.length / 3));
        CliTest.Run run = CliTest.run("digits", "predict", "--image", cut.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("deepmath-lab: 'cut.bmp' is truncated: the file ends before its image does", run.err().strip());
    }

    @Test
    void badInputExitsWithStatusTwoAndOneLine() throws Exception {
        CliTest.Run run = CliTest.run("digits", "eval", "--model", "rnn");
        assertEquals(2, run.exit());
        assertEquals("deepmath-lab: unknown model 'rnn': expected dense or cnn", run.err().strip());
        run = CliTest.run("digits", "predict", "--image", folder.resolve("none.png").toString());
        assertEquals(2, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        Path blank = folder.resolve("blank.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        run = CliTest.run("digits", "predict", "--image", blank.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no visible ink"), run.err());
        run = CliTest.run("digits", "eval", "--model", "cnn", "--weights", blank.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not a digits weights file"), run.err());
    }
}
