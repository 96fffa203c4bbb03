package deepmath.app.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.app.shell.MainWindow;
import deepmath.viz.attention.ProbabilityBars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
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

/** A fresh install: the viewer opens the shipped model by itself; the Language and Training tabs work beside it. */
@ExtendWith(ApplicationExtension.class)
class ShippedModelLabTest {
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
    void theShippedModelOpensAndTheLanguageTabComputes(FxRobot robot) throws Exception {
        robot.clickOn("#nav-attention");
        AttentionLab lab = (AttentionLab) window.currentLabProperty().get();
        assertEquals(LabId.ATTENTION, lab.id());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> lab.panel().state.model.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#attention-model").queryAs(Label.class).getText().contains("kjv-gpt2"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lab.panel().state.trace.get() != null);

        robot.clickOn("#attention-tab-language");
        // Softmax with temperature: scores (ln 3, 0) at T = 1 give 3/4 and 1/4.
        TextField scores = robot.lookup("#language-softmax-scores").queryAs(TextField.class);
        robot.interact(() -> scores.setText(Math.log(3) + ", 0"));
        ProbabilityBars bars = robot.lookup("#language-softmax-bars").queryAs(ProbabilityBars.class);
        assertEquals(2, bars.bars().size());
        assertEquals(0.75, bars.bars().get(0).probability(), 1e-6);

        // The Zipf fit appears once the corpus is counted; then a 3-gram text continues the start words.
        Label fit = robot.lookup("#language-zipf-fit").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fit.getText().startsWith("f(r) = C/(r + b)^a"));
        robot.clickOn("#language-ngram-generate");
        TextArea text = robot.lookup("#language-ngram-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> text.getText().split(" ").length > 20);
        assertTrue(text.getText().startsWith("and the lord said "), text.getText());

        // Nearest tokens of " God" by cosine similarity, best first.
        robot.interact(() -> lab.panel().lookup("#attention-language").lookupAll(".button").stream()
                .filter(b -> ((javafx.scene.control.Button) b).getText().startsWith("Nearest"))
                .findFirst().map(b -> (javafx.scene.control.Button) b).orElseThrow().fire());
        ListView<?> neighbours = robot.lookup("#language-embedding-neighbours").queryAs(ListView.class);
        assertEquals(15, neighbours.getItems().size());
    }

    /** The Training tab trains a real (tiny) run in the background, logs it, and opens the result in the viewer. */
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
