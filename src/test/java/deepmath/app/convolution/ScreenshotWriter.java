package deepmath.app.convolution;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the window as a PNG for docs/screenshots (the labs' screenshot classes, run on demand with
 * {@code -Ddeepmath.screenshots=docs/screenshots}; skipped in the test suite).
 */
public final class ScreenshotWriter {
    public static final String PROPERTY = "deepmath.screenshots";

    private ScreenshotWriter() {
    }

    /** The folder to write to, or null when screenshots were not asked for. */
    public static Path folder() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    public static void write(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        }).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }
}
