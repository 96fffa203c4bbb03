package deepmath.app.ui;

import deepmath.app.convolution.ScreenshotWriter;
import deepmath.app.digits.DrawnSeven;
import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.viz.digits.DrawingPad;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The documentation's screenshots of the network and digits labs (docs/screenshots/network-*.png, digits-*.png),
 * taken from the real window at 1280×800 in both languages, with training run for real. Skipped in the suite;
 * run on demand: {@code mvn -B -o test -Dtest=DocScreenshotsTest -Ddeepmath.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "deepmath.screenshots", matches = ".+")
class DocScreenshotsTest {
    private static final Path OUT = Path.of(System.getProperty("deepmath.screenshots", "target/screenshots"));
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotWriter.write(english.stage().getScene(), OUT.resolve(name + ".png"));
    }

    private void prepare(FxRobot robot, LabId lab, Locale locale) throws Exception {
        robot.interact(() -> {
            ScreenshotWriter.place(english.stage());
            english.window().setLanguage(locale);
            english.window().selectLab(lab);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> english.window().engine() == null
                || english.window().tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void network(FxRobot robot, Locale locale, String suffix) throws Exception {
        prepare(robot, LabId.NETWORK, locale);
        ComboBox<String> presets = robot.lookup("#network-presets").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue("triangle"));
        shoot("network-triangle" + suffix);
        robot.interact(() -> presets.setValue("xor"));
        shoot("network-xor" + suffix);
        robot.interact(() -> presets.setValue("spirals"));
        robot.interact(() -> robot.lookup("#network-play").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            String t = robot.lookup("#network-epoch").queryAs(Label.class).getText();
            return Integer.parseInt(t.replaceAll("[^0-9]", "")) >= 400;
        });
        robot.interact(() -> robot.lookup("#network-play").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> english.window().tasks().running().isEmpty());
        robot.interact(() -> robot.lookup("#network-zoom-fit").queryAs(Button.class).fire());
        shoot("network-spirals" + suffix);
        robot.interact(() -> robot.lookup("#network-zoom-legible").queryAs(Button.class).fire());
        robot.interact(() -> presets.setValue("triangle"));
        robot.interact(() -> robot.lookup("#network-play").queryAs(Button.class).fire());
        shoot("network-heaviside-notice" + suffix);
    }

    private void digits(FxRobot robot, Locale locale, String suffix) throws Exception {
        prepare(robot, LabId.DIGITS, locale);
        TabPane tabs = robot.lookup("#digits-tabs").queryAs(TabPane.class);
        DrawingPad pad = robot.lookup("#digits-pad").queryAs(DrawingPad.class);
        robot.interact(() -> {
            tabs.getSelectionModel().select(0);
            DrawnSeven.draw(pad);
        });
        shoot("digits-draw-7" + suffix);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> english.window().tasks().running().isEmpty());
        shoot("digits-test-set" + suffix);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        shoot("digits-cnn-feature-maps" + suffix);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        @SuppressWarnings("unchecked")
        ComboBox<deepmath.digits.ModelKind> model = robot.lookup("#digits-train-model").queryAs(ComboBox.class);
        robot.interact(() -> model.setValue(deepmath.digits.ModelKind.DENSE));
        robot.interact(() -> robot.lookup("#digits-train").queryAs(Button.class).fire());
        try {
            WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS, () -> robot.lookup("#digits-train-status").queryAs(Label.class)
                    .getText().matches(".*\\b3/.*") || english.window().tasks().running().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            // shoot what there is
        }
        shoot("digits-training" + suffix);
        robot.interact(() -> robot.lookup("#digits-train").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> english.window().tasks().running().isEmpty());
    }

    @Test
    void networkEnglish(FxRobot robot) throws Exception {
        network(robot, Locale.ENGLISH, "");
    }

    @Test
    void networkFrench(FxRobot robot) throws Exception {
        network(robot, Locale.FRENCH, "-fr");
    }

    @Test
    void digitsEnglish(FxRobot robot) throws Exception {
        digits(robot, Locale.ENGLISH, "");
    }

    @Test
    void digitsFrench(FxRobot robot) throws Exception {
        digits(robot, Locale.FRENCH, "-fr");
    }
}
