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
 * docs/screenshots of the attention lab on the shipped model, in English and French, at 1280×800: head view,
 * matrix, next token, training. On demand only:
 * {@code mvn -B -o test -Dtest=AttentionScreenshots -Ddeepmath.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class AttentionScreenshots {
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
        robot.interact(() -> panel.state.text.set("To be or not to be, that is the question"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.currentTrace() != null);
        robot.interact(() -> {
            panel.state.layer.set(1);
            panel.state.head.set(2);
        });
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            String suffix = language == Locale.FRENCH ? "-fr" : "";
            robot.interact(() -> window.setLanguage(language));
            for (String[] shot : new String[][] {{"head", "head"}, {"matrix", "matrix"}, {"next", "next"},
                    {"training", "training"}}) {
                Tab tab = panel.tabs.getTabs().stream().filter(t -> t.getId().equals("attention-tab-" + shot[0]))
                        .findFirst().orElseThrow();
                robot.interact(() -> panel.tabs.getSelectionModel().select(tab));
                if (shot[0].equals("training")) {
                    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                            () -> !robot.lookup("#training-status").queryLabeled().getText().isEmpty());
                }
                if (shot[0].equals("matrix")) {
                    robot.interact(() -> panel.matrix.view().hoverCell(6, 5));
                }
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
                Thread.sleep(400);
                ScreenshotWriter.write(stage.getScene(), folder.resolve("attention-" + shot[1] + suffix + ".png"));
            }
        }
        // docs/small-gpt.md: the previous-token head of the shipped model (layer 0, head 2) alone, in both
        // languages; the next token at temperature 0.8; the Language tab in French; the model view.
        robot.interact(() -> {
            panel.state.layer.set(0);
            panel.state.head.set(2);
            java.util.BitSet only = new java.util.BitSet();
            only.set(2);
            panel.state.heads.set(only);
            panel.tabs.getSelectionModel().select(0);
        });
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            robot.interact(() -> window.setLanguage(language));
            Thread.sleep(400);
            ScreenshotWriter.write(stage.getScene(), folder.resolve("attention-kjv-head"
                    + (language == Locale.FRENCH ? "-fr" : "") + ".png"));
        }
        robot.interact(() -> {
            window.setLanguage(Locale.ENGLISH);
            panel.state.heads.set(AttentionState.all(4));
            panel.tabs.getSelectionModel().select(1);
        });
        Thread.sleep(400);
        ScreenshotWriter.write(stage.getScene(), folder.resolve("attention-model.png"));
        robot.interact(() -> {
            panel.next.setTemperature(0.8);
            panel.tabs.getSelectionModel().select(4);
        });
        Thread.sleep(400);
        ScreenshotWriter.write(stage.getScene(), folder.resolve("attention-kjv-next.png"));
        robot.interact(() -> {
            window.setLanguage(Locale.FRENCH);
            panel.tabs.getSelectionModel().select(6);
        });
        javafx.scene.control.Label fit = robot.lookup("#language-zipf-fit").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fit.getText().startsWith("f(r)"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
        Thread.sleep(400);
        ScreenshotWriter.write(stage.getScene(), folder.resolve("attention-language-fr.png"));
        robot.interact(() -> window.setLanguage(Locale.ENGLISH));
    }

    /** The viewer before any model: the tokenizer alone and the card that says how to open one. */
    @Test
    @EnglishWindow.WithoutDefaultModel
    void withoutAModel(FxRobot robot) throws Exception {
        Path folder = ScreenshotWriter.folderOrSkip();
        var window = english.window();
        Stage stage = window.stage();
        ScreenshotWriter.show(robot, window, LabId.ATTENTION);
        AttentionPanel panel = ((AttentionLab) window.currentLabProperty().get()).panel();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.tokenizer.get() != null);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
        Thread.sleep(400);
        ScreenshotWriter.write(stage.getScene(), folder.resolve("attention-no-model.png"));
    }
}
