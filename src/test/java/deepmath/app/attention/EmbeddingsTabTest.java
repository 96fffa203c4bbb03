package deepmath.app.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.convolution.ScreenshotWriter;
import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Embeddings tab of the attention lab (book ch. 17 §3–5) and the Language tab's greedy/sampled n-grams. */
@ExtendWith(ApplicationExtension.class)
class EmbeddingsTabTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private AttentionPanel open(FxRobot robot) throws Exception {
        robot.interact(() -> english.window().selectLab(LabId.ATTENTION));
        AttentionLab lab = (AttentionLab) english.window().currentLabProperty().get();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> lab.panel().state.model.get() != null);
        AttentionPanel panel = lab.panel();
        robot.interact(() -> panel.tabs.getSelectionModel().select(tabById(panel, "attention-tab-embeddings")));
        return panel;
    }

    private static Tab tabById(AttentionPanel panel, String id) {
        return panel.tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static void idle(FxRobot robot, EnglishWindow.PerTest english) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> english.window().tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Book line 17928: three merges (ab 3, ba 2, bac 2), the text [6] [6] [6, 3] [4, 8] [8, 4, 5]. */
    @Test
    void theBooksBpeExampleStepByStepAndTheOtherTools(FxRobot robot) throws Exception {
        AttentionPanel panel = open(robot);
        assertEquals("attention-tab-language", panel.tabs.getTabs().get(panel.tabs.getTabs().indexOf(
                tabById(panel, "attention-tab-embeddings")) - 1).getId(), "Embeddings comes right after Language");
        EmbeddingsPane pane = panel.embeddings;
        idle(robot, english);
        for (int i = 0; i < 4; i++) {
            robot.interact(() -> pane.bpe.learn(1));
            idle(robot, english);
        }
        ListView<?> merges = robot.lookup("#bpe-merges").queryAs(ListView.class);
        assertEquals(3, merges.getItems().size(), merges.getItems().toString());
        assertEquals("1.  a · b → ab   3×   |V| = 6", merges.getItems().get(0));
        assertEquals("3.  ba · c → bac   2×   |V| = 8", merges.getItems().get(2));
        String encoded = robot.lookup("#bpe-encoded").queryAs(Label.class).getText();
        assertTrue(encoded.contains("[d, bac] = [4, 8]") && encoded.contains("[bac, d, e] = [8, 4, 5]"), encoded);
        robot.interact(pane.bpe::explain);
        ListView<?> gpt = robot.lookup("#bpe-gpt2-merges").queryAs(ListView.class);
        assertTrue(gpt.getItems().get(0).toString().startsWith("mathematics  →  mat | hemat | ics"), gpt.getItems().toString());

        // Book line 18164 by hand: cos = 0.9806.
        assertTrue(robot.lookup("#toy-result").queryAs(Label.class).getText().contains("cos θ = ⟨X | Y⟩/(‖X‖ ‖Y‖) = 20.0000"));

        // The loaded model's vectors: cosine and analogy answer with the rank.
        robot.interact(pane.model::analogy);
        assertEquals(20, robot.lookup("#embeddings-model-list").queryAs(ListView.class).getItems().size());
        assertTrue(robot.lookup("#embeddings-model-result").queryAs(Label.class).getText().contains("is number"));

        // Digits embedded by their hidden layer, hover shows one.
        robot.interact(pane.digits::place);
        idle(robot, english);
        assertEquals(400, pane.digits.points().coordinates().length);
        double[] p = pane.digits.points().coordinates()[3];
        robot.interact(() -> pane.digits.hover(p[0], p[1]));
        assertTrue(robot.lookup("#digits-embedding-hovered").queryAs(Label.class).getText().startsWith("#3: "));
    }

    @Test
    void greedyAndSampledTextsSideBySide(FxRobot robot) throws Exception {
        AttentionPanel panel = open(robot);
        robot.interact(() -> panel.tabs.getSelectionModel().select(tabById(panel, "attention-tab-language")));
        Label fit = robot.lookup("#language-zipf-fit").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fit.getText().startsWith("f(r) = C/(r + b)^a"));
        robot.clickOn("#language-ngram-generate");
        TextArea greedy = robot.lookup("#language-ngram-greedy").queryAs(TextArea.class);
        TextArea sampled = robot.lookup("#language-ngram-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> greedy.getText().split(" ").length > 20);
        assertTrue(greedy.getText().startsWith("and the lord said "), greedy.getText());
        String first = greedy.getText();
        robot.clickOn("#language-ngram-generate");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, greedy.getText(), "greedy decoding gives the same text every time");
        assertTrue(sampled.getText().startsWith("and the lord said "));
    }

    /** docs/screenshots/attention-embeddings(-fr).png, on demand (-Ddeepmath.screenshots=docs/screenshots). */
    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path folder = ScreenshotWriter.folderOrSkip();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            robot.interact(() -> {
                ScreenshotWriter.place(english.stage());
                english.window().setLanguage(locale);
            });
            AttentionPanel panel = open(robot);
            EmbeddingsPane pane = panel.embeddings;
            robot.interact(() -> pane.tabs.getSelectionModel().select(0));
            idle(robot, english);
            robot.interact(pane.bpe::restart);
            idle(robot, english);
            for (int i = 0; i < 3; i++) {
                robot.interact(() -> pane.bpe.learn(1));
                idle(robot, english);
            }
            robot.interact(pane.bpe::explain);
            String suffix = locale == Locale.FRENCH ? "-fr" : "";
            ScreenshotWriter.write(english.stage().getScene(), folder.resolve("attention-embeddings" + suffix + ".png"));
            robot.interact(() -> {
                pane.tabs.getSelectionModel().select(1);
                pane.model.analogy();
                pane.model.pca();
            });
            ScreenshotWriter.write(english.stage().getScene(), folder.resolve("attention-embeddings-model" + suffix + ".png"));
            robot.interact(() -> pane.tabs.getSelectionModel().select(2));
            robot.interact(pane.toys::runCurse);
            idle(robot, english);
            ScreenshotWriter.write(english.stage().getScene(), folder.resolve("attention-embeddings-cosine" + suffix + ".png"));
            robot.interact(() -> pane.tabs.getSelectionModel().select(3));
            robot.interact(pane.cooccurrence::build);
            idle(robot, english);
            robot.interact(() -> pane.cooccurrence.tools.pca());
            ScreenshotWriter.write(english.stage().getScene(), folder.resolve("attention-embeddings-cooccurrence" + suffix + ".png"));
            robot.interact(() -> pane.tabs.getSelectionModel().select(4));
            robot.interact(pane.digits::place);
            idle(robot, english);
            ScreenshotWriter.write(english.stage().getScene(), folder.resolve("attention-embeddings-digits" + suffix + ".png"));
        }
    }
}
