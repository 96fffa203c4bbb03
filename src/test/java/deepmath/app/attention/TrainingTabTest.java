package deepmath.app.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.shell.EnglishWindow;
import deepmath.app.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Training tab trains a real (tiny) run in the background, logs it, and opens the result in the viewer. */
@ExtendWith(ApplicationExtension.class)
class TrainingTabTest {
    private EnglishWindow english;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        english = EnglishWindow.open(stage);
        window = english.window();
    }

    @AfterEach
    void forgetSettings() throws Exception {
        english.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShortRunFromTheTabIsLoggedAndOpened(FxRobot robot, @TempDir Path temp) throws Exception {
        Path out = temp.resolve("gui-run");
        robot.clickOn("#nav-attention");
        AttentionLab lab = (AttentionLab) window.currentLabProperty().get();
        // The tabs show once a model is open: the shipped one, opened by itself.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> lab.panel().state.model.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // Selected directly: in the test window's width the last tab headers sit in the overflow menu.
        robot.interact(() -> lab.panel().tabs.getSelectionModel().select(lab.panel().tabs.getTabs().stream()
                .filter(tab -> "attention-tab-training".equals(tab.getId())).findFirst().orElseThrow()));
        Spinner<Integer> steps = robot.lookup("#training-steps").queryAs(Spinner.class);
        Spinner<Integer> batch = robot.lookup("#training-batch").queryAs(Spinner.class);
        TextField folder = robot.lookup("#training-folder").queryAs(TextField.class);
        robot.interact(() -> {
            steps.getValueFactory().setValue(10);   // the spinner's least
            batch.getValueFactory().setValue(2);
            folder.setText(out.toString());
        });
        robot.clickOn("#training-start");

        Label status = robot.lookup("#training-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> status.getText().startsWith("Done"));
        Label model = robot.lookup("#attention-model").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.getText().contains("gui-run"));

        // One log row per step, each with a finite loss; the held-out loss measured at the last step.
        List<String> log = Files.readAllLines(out.resolve("training-log.tsv"));
        assertEquals(11, log.size(), String.join("\n", log));
        double first = Double.parseDouble(log.get(1).split("\t")[1]);
        double last = Double.parseDouble(log.get(10).split("\t")[1]);
        // The first loss is ≈ ln(4 408) = 8.39 (uniform guesses); ten steps of Adam take it well below.
        assertEquals(Math.log(4408), first, 0.2, log.get(1));
        assertTrue(last < first - 0.5, "loss " + first + " -> " + last);
        assertEquals(5, log.get(10).split("\t").length, "held-out loss at the last step: " + log.get(10));
        assertTrue(model.getText().contains("n = 256"), model.getText());
    }
}
