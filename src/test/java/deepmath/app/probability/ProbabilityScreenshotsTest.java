package deepmath.app.probability;

import deepmath.app.convolution.ScreenshotWriter;
import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The documentation's screenshots of the network lab's Probabilities tab (docs/screenshots/probabilities-*.png),
 * one per section, in both languages, from the real window at 1280×800. On demand only:
 * {@code mvn -B -o test -Dtest=ProbabilityScreenshotsTest -Ddeepmath.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ProbabilityScreenshotsTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private void shoot(FxRobot robot, Locale locale, String suffix) throws Exception {
        Path out = ScreenshotWriter.folderOrSkip();
        ScreenshotWriter.show(robot, english.window(), LabId.NETWORK);
        robot.interact(() -> english.window().setLanguage(locale));
        robot.interact(() -> robot.lookup("#lab-network").queryAs(TabPane.class).getSelectionModel().select(1));
        TabPane sections = robot.lookup("#prob-sections").queryAs(TabPane.class);
        for (ProbabilitySection section : ProbabilitySection.values()) {
            robot.interact(() -> sections.getSelectionModel().select(section.ordinal()));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> english.window().tasks().running().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(500);
            ScreenshotWriter.write(english.stage().getScene(),
                    out.resolve("probabilities-" + section.key() + suffix + ".png"));
        }
    }

    @Test
    void english(FxRobot robot) throws Exception {
        shoot(robot, Locale.ENGLISH, "");
    }

    @Test
    void french(FxRobot robot) throws Exception {
        shoot(robot, Locale.FRENCH, "-fr");
    }
}
