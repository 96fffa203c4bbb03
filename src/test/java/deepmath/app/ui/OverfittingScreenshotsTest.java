package deepmath.app.ui;

import deepmath.app.convolution.ScreenshotWriter;
import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The documentation's screenshots of under- and over-fitting (ch. 9, lines 11092–11165): the polynomials tab on the
 * lab's four points at degree 3 (docs/screenshots/network-polynomials*.png) and the parabola presets trained, one
 * neuron and 2-40-40-1 (network-underfitting*, network-overfitting*), at 1280×800 in both languages.
 * Skipped in the suite; on demand:
 * {@code mvn -B -o test -Dtest=OverfittingScreenshotsTest -Ddeepmath.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "deepmath.screenshots", matches = ".+")
class OverfittingScreenshotsTest {
    private static final Path OUT = Path.of(System.getProperty("deepmath.screenshots", "target/screenshots"));
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotWriter.write(english.stage().getScene(), OUT.resolve(name + ".png"));
    }

    private static int epoch(FxRobot robot) {
        String t = robot.lookup("#network-epoch").queryAs(javafx.scene.control.Label.class).getText();
        return Integer.parseInt(t.replaceAll("[^0-9]", ""));
    }

    private void train(FxRobot robot, int epochs) throws Exception {
        robot.interact(() -> robot.lookup("#network-play").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> epoch(robot) >= epochs);
        robot.interact(() -> robot.lookup("#network-play").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> english.window().tasks().running().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void views(FxRobot robot, Locale locale, String suffix) throws Exception {
        robot.interact(() -> {
            ScreenshotWriter.place(english.stage());
            english.window().setLanguage(locale);
            english.window().selectLab(LabId.NETWORK);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> english.window().engine() == null
                || english.window().tasks().running().isEmpty());
        ComboBox<String> presets = robot.lookup("#network-presets").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue("parabola-line"));
        train(robot, 300);
        shoot("network-underfitting" + suffix);
        robot.interact(() -> presets.setValue("parabola-large"));
        train(robot, 4000);
        shoot("network-overfitting" + suffix);
        TabPane learning = robot.lookup("#network-learning-views").queryAs(TabPane.class);
        robot.interact(() -> learning.getSelectionModel().select(5));
        robot.interact(() -> ((ComboBox<Integer>) robot.lookup("#network-poly-degree").queryAs(ComboBox.class))
                .setValue(3));
        shoot("network-polynomials" + suffix);
    }

    @Test
    void english(FxRobot robot) throws Exception {
        views(robot, Locale.ENGLISH, "");
    }

    @Test
    void french(FxRobot robot) throws Exception {
        views(robot, Locale.FRENCH, "-fr");
    }
}
