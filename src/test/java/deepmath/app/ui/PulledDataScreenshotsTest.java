package deepmath.app.ui;

import deepmath.app.convolution.ScreenshotWriter;
import deepmath.app.lab.LabId;
import deepmath.app.models.DataChoice;
import deepmath.app.shell.EnglishWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * docs/screenshots/models-data-pull-en.png and -fr.png: the Model builder's data choice on a set downloaded on
 * request (IMDB) that is not pulled yet, with its Download… button. On demand, like {@link DocScreenshotsTest}:
 * {@code -Dtest=PulledDataScreenshotsTest -Ddeepmath.screenshots=docs/screenshots} (with an empty DEEPMATH_DATA).
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "deepmath.screenshots", matches = ".+")
class PulledDataScreenshotsTest {
    private static final Path OUT = Path.of(System.getProperty("deepmath.screenshots", "target/screenshots"));
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @Test
    @SuppressWarnings("unchecked")
    void theDataChoiceOffersToDownloadIMDB(FxRobot robot) throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            robot.interact(() -> {
                ScreenshotWriter.place(english.stage());
                english.window().setLanguage(locale);
                english.window().selectLab(LabId.MODELS);
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> english.window().engine() == null
                    || english.window().tasks().running().isEmpty());
            robot.interact(() -> {
                ((TabPane) robot.lookup("#models-tabs").query()).getSelectionModel().select(1);
                ((ComboBox<DataChoice.Kind>) robot.lookup("#models-data").query()).setValue(DataChoice.Kind.IMDB);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(600);
            WaitForAsyncUtils.waitForFxEvents();
            ScreenshotWriter.write(english.stage().getScene(),
                    OUT.resolve("models-data-pull-" + locale.getLanguage() + ".png"));
        }
    }
}
