package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.convolution.ScreenshotWriter;
import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network's output in 3-D in the real window, rendered by OpenGL: the book's σ 2-3-1 network of ch. 6 (line
 * 6047, drawn by the book over [−5, 5]²) and the 2-D universal approximation by towers. With
 * {@code -Ddeepmath.screenshots=docs/screenshots} it also writes network-surface*.png and network-approximation*.png
 * in English and French.
 */
@Tag("gl")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class NetworkSurfaceGlTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @SuppressWarnings("unchecked")
    private void open(FxRobot robot, String preset, Locale locale, boolean surface) {
        robot.interact(() -> {
            ScreenshotWriter.place(english.stage());
            english.window().setLanguage(locale);
            english.window().selectLab(LabId.NETWORK);
        });
        robot.interact(() -> robot.lookup("#network-presets").queryAs(ComboBox.class).setValue(preset));
        robot.interact(() -> robot.lookup("#network-output-tabs").queryAs(TabPane.class).getSelectionModel()
                .select(surface ? 1 : 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(String name) throws Exception {
        Path folder = ScreenshotWriter.folder();
        if (folder != null) {
            Thread.sleep(800);
            WaitForAsyncUtils.waitForFxEvents();
            ScreenshotWriter.write(english.stage().getScene(), folder.resolve(name + ".png"));
        }
    }

    /** Pixels of the rendered surface that are clearly coloured (red or blue of the diverging map), of all. */
    private static double coloured(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int n = 0;
        int all = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                Color c = pixels.getColor(x, y);
                all++;
                if (c.getOpacity() > 0.5 && Math.abs(c.getRed() - c.getBlue()) > 0.25) {
                    n++;
                }
            }
        }
        return (double) n / all;
    }

    private SurfaceView surface(FxRobot robot) {
        return robot.lookup("#network-surface").queryAs(SurfaceView.class);
    }

    @Test
    void theSigmaTwoThreeOneNetworkOfLine6047IsDrawnAsASurfaceOverItsWindow(FxRobot robot) throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            open(robot, "sigmoid-2-3-1", locale, true);
            SurfaceView view = surface(robot);
            assertEquals(OutputSurface.RESOLUTION * OutputSurface.RESOLUTION, view.vertexCount());
            SurfaceBox box = view.box();
            assertEquals(new SurfaceBox(-5, 8, -5, 5, 0, 1), box); // the preset's window; σ's values [0, 1]
            WritableImage image = WaitForAsyncUtils.asyncFx(view::snapshotImage).get();
            // an empty scene has no red or blue pixel at all; the surface covers about 5 % of the view since the
            // chapter-9 views below made the 3-D tab wider than high (about 8 % before)
            assertTrue(coloured(image) > 0.02, "the surface is drawn: " + coloured(image));
            shoot(locale == Locale.ENGLISH ? "network-surface" : "network-surface-fr");
        }
    }

    @Test
    void theTowersOfTheTwoVariableApproximationRiseToTheHill(FxRobot robot) throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            open(robot, "towers", locale, true);
            SurfaceBox box = surface(robot).box();
            // F is 0 outside [−3, 3]² and at most f(±0.75, ±0.75) = e^(−0.28125); the points of f reach f(0, 0) = 1
            assertEquals(0, box.zMin(), 1e-6);
            assertEquals(1, box.zMax(), 1e-6);
            Node bar = robot.lookup("#network-approximation").query();
            assertTrue(bar.isVisible());
            shoot(locale == Locale.ENGLISH ? "network-approximation-2d" : "network-approximation-2d-fr");
            open(robot, "stairs", locale, false);
            shoot(locale == Locale.ENGLISH ? "network-approximation" : "network-approximation-fr");
        }
    }
}
