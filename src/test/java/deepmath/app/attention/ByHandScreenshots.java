package deepmath.app.attention;

import deepmath.app.convolution.ScreenshotWriter;
import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * docs/screenshots of the attention lab's By hand tab (chapter 18) on the shipped model, English and French:
 * attention-byhand(-fr).png (the toy attention), and one per other sub-tab (attention-byhand-SUB(-fr).png).
 * On demand only: {@code mvn -B -o test -Dtest=ByHandScreenshots -Ddeepmath.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ByHandScreenshots {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path folder = ScreenshotWriter.folderOrSkip();
        var window = english.window();
        Stage stage = window.stage();
        ScreenshotWriter.show(robot, window, LabId.ATTENTION);
        AttentionPanel panel = ((AttentionLab) window.currentLabProperty().get()).panel();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> panel.state.model.get() != null);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.currentTrace() != null);
        Tab byHand = panel.tabs.getTabs().stream().filter(t -> t.getId().equals("attention-tab-byhand"))
                .findFirst().orElseThrow();
        robot.interact(() -> panel.tabs.getSelectionModel().select(byHand));
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            String suffix = language == Locale.FRENCH ? "-fr" : "";
            robot.interact(() -> window.setLanguage(language));
            for (Tab sub : panel.byHand.tabs.getTabs()) {
                robot.interact(() -> panel.byHand.tabs.getSelectionModel().select(sub));
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
                Thread.sleep(400);
                String name = sub.getId().equals("byhand-tab-attention") ? "attention-byhand"
                        : "attention-byhand-" + sub.getId().substring("byhand-tab-".length());
                ScreenshotWriter.write(stage.getScene(), folder.resolve(name + suffix + ".png"));
            }
        }
        robot.interact(() -> window.setLanguage(Locale.ENGLISH));
    }
}
