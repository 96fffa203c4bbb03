package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of class sub-folders of PNGs the test writes, as the book lays out its cats and dogs (line 15850). */
class ImageFolderReaderTest {
    @TempDir
    Path dir;

    /** A 4 × 4 picture whose top-left 2 × 2 block is (r, g, b) and the rest black, but pixel (1, 1) doubled in red. */
    private static void png(Path file, int r, int g, int b) throws Exception {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        image.setRGB(1, 1, (Math.min(255, 2 * r) << 16) | (g << 8) | b);
        ImageIO.write(image, "png", file.toFile());
    }

    private void pets() throws Exception {
        png(dir.resolve("train/cats/cat.1.png"), 100, 20, 40);
        png(dir.resolve("train/cats/cat.2.png"), 60, 0, 0);
        png(dir.resolve("train/dogs/dog.1.png"), 10, 200, 30);
        png(dir.resolve("test/cats/cat.3.png"), 80, 80, 80);
        png(dir.resolve("test/dogs/dog.2.png"), 0, 0, 250);
        Files.writeString(dir.resolve("train/cats/notes.txt"), "not a picture");
    }

    @Test
    void picturesAreResizedByMeansAndLabelledByTheirFolderInAlphabeticalOrder() throws Exception {
        pets();
        TrainTest data = DataSource.standard().read("folder:" + dir + "?size=2");
        Examples train = data.train();
        assertEquals(List.of("cats", "dogs"), train.classes());
        assertEquals(List.of(2, 2, 3), train.shape());
        assertEquals(3, train.count());
        // classes in turn: cat.1, dog.1, cat.2
        assertEquals(List.of(0, 1, 0), List.of(train.label(0), train.label(1), train.label(2)));
        float[] cat = train.inputs()[0];
        // top-left output pixel = mean of the 2 × 2 block: red (100 + 100 + 100 + 200) / 4 = 125
        assertArrayEquals(new float[] {125 / 255f, 20 / 255f, 40 / 255f}, new float[] {cat[0], cat[1], cat[2]}, 1e-6f);
        // the other three output pixels are black
        for (int k = 3; k < 12; k++) {
            assertEquals(0f, cat[k]);
        }
        Examples test = data.held().orElseThrow();
        assertEquals(2, test.count());
        assertEquals(250 / 255f, test.inputs()[1][2], 1e-6f);
        assertEquals(1, test.label(1));
    }

    @Test
    void greyIsTheLumaAndTheDefaultSizeIsTheBooks64() throws Exception {
        png(dir.resolve("a/1.png"), 100, 50, 200);
        png(dir.resolve("b/1.png"), 0, 0, 0);
        Examples grey = DataSource.standard().train("folder:" + dir + "?size=2,channels=1");
        assertEquals(List.of(2, 2, 1), grey.shape());
        double luma = (0.299 * (100 + 100 + 100 + 200) / 4 + 0.587 * 50 + 0.114 * 200) / 255;
        assertEquals(luma, grey.inputs()[0][0], 1e-4);
        assertTrue(DataSource.standard().read("folder:" + dir).held().isEmpty());
        assertEquals(List.of(64, 64, 3), DataSource.standard().train("folder:" + dir + "?per-class=1").shape());
    }

    @Test
    void folderProblemsAreRefused() throws Exception {
        png(dir.resolve("only/1.png"), 1, 2, 3);
        assertEquals(dir + ": only one class (only); a classification needs at least two", refusal("folder:" + dir));
        Path empty = Files.createDirectories(dir.resolve("only/sub"));
        assertEquals(empty + ": no class sub-folders holding .png/.jpg/.jpeg/.bmp/.gif files (e.g. " + empty + "/cats and "
                + empty + "/dogs)", refusal("folder:" + empty));
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/broken.png"), "not a png", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        assertTrue(refusal("folder:" + dir).contains("broken.png"), refusal("folder:" + dir));
        assertEquals("folder: option 'channels' must be an integer from 1 to 3, got '2'",
                refusal("folder:" + dir + "?channels=2"));
        assertEquals("no such folder: " + dir.resolve("none"), refusal("folder:" + dir.resolve("none")));
    }

    private static String refusal(String data) {
        return assertThrows(BadInputException.class, () -> DataSource.standard().read(data)).getMessage();
    }
}
