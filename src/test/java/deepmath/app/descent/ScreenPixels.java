package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Compares what the window painted on screen with a fresh rendering of a node (its snapshot). */
public final class ScreenPixels {
    private ScreenPixels() {
    }

    /**
     * The screen's pixels over the node against the node's own snapshot: at most 1 % of the pixels may differ
     * by more than a little (anti-aliasing, the focus ring); a region the window failed to repaint differs on
     * whole rows of text.
     */
    public static void assertScreenShows(FxRobot robot, Node node) {
        Bounds screen = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> node.localToScreen(node.getBoundsInLocal()));
        Image painted = robot.capture(screen).getImage();
        WritableImage fresh = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> node.snapshot(null, null));
        int w = (int) Math.min(painted.getWidth(), fresh.getWidth());
        int h = (int) Math.min(painted.getHeight(), fresh.getHeight());
        PixelReader a = painted.getPixelReader();
        PixelReader b = fresh.getPixelReader();
        int differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (distance(a.getArgb(x, y), b.getArgb(x, y)) > 60) {
                    differing++;
                }
            }
        }
        double share = differing / (double) (w * h);
        System.out.printf("ScreenPixels %s: %.2f %% of the pixels differ%n", node.getId(), 100 * share);
        if (share >= 0.01) {
            keep(painted, "screen-" + node.getId());
            keep(fresh, "fresh-" + node.getId());
        }
        assertTrue(share < 0.01, String.format("%.1f %% of the %d×%d pixels on screen differ from the node's own"
                + " rendering: the window did not repaint it", 100 * share, w, h));
    }

    /** The two images beside the test reports, to look at when the assertion fails. */
    private static void keep(Image image, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "surefire-reports");
            java.nio.file.Files.createDirectories(dir);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            System.err.println("could not keep " + name + ": " + e.getMessage());
        }
    }

    private static int distance(int p, int q) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
        }
        return d;
    }
}
