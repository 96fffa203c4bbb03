package deepmath.app.convolution;

import deepmath.app.lab.LabId;
import deepmath.app.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.testfx.api.FxRobot;
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

    /** The folder to write to; skips the test (an assumption) when screenshots were not asked for. */
    public static Path folderOrSkip() {
        Path folder = folder();
        Assumptions.assumeTrue(folder != null, "screenshots on demand only");
        return folder;
    }

    /** Places the main window for the screenshots ({@link #place}) and shows {@code lab} in it. */
    public static void show(FxRobot robot, MainWindow window, LabId lab) {
        robot.interact(() -> {
            place(window.stage());
            window.selectLab(lab);
        });
    }

    /** Puts the window at the screenshots' place and size, the top left corner at 1280×800 (on the FX thread). */
    public static void place(Stage stage) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    /** Writes the scene as laid out now, after the pending FX events. */
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
