package deepmath.app.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.core.Progress;
import deepmath.gpt.Generation;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Tokenizer;
import deepmath.gpt.NextToken;
import deepmath.gpt.RandomGpt2;
import deepmath.gpt.Sampling;
import deepmath.gpt.TextGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The attention lab in the real window (headless): tokens without a model, then a tiny random GPT-2. */
@ExtendWith(ApplicationExtension.class)
@EnglishWindow.WithoutDefaultModel   // these tests start from the empty viewer; ShippedModelLabTest covers the default
class AttentionLabTest {
    /** Small, but with GPT-2's whole vocabulary so that any text runs. */
    private static final Gpt2Config TINY = new Gpt2Config(2, 3, 12, 64, 50257, 1e-5);

    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @TempDir
    Path folder;

    private AttentionLab lab(FxRobot robot) throws Exception {
        robot.clickOn("#nav-attention");
        assertEquals(LabId.ATTENTION, english.window().currentLabProperty().get().id());
        AttentionLab lab = (AttentionLab) english.window().currentLabProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lab.panel().state.tokenizer.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return lab;
    }

    private void type(FxRobot robot, String text) {
        robot.doubleClickOn("#attention-text");
        robot.interact(() -> robot.lookup("#attention-text").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#attention-text").write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String chipText(VBox chip, int line) {
        return ((Label) chip.getChildren().get(line)).getText();
    }

    @Test
    void typedTextBecomesTokenChipsWithTheirIdsEvenWithoutAModel(FxRobot robot) throws Exception {
        AttentionLab lab = lab(robot);
        assertTrue(robot.lookup("#attention-empty").query().isVisible(), "the no-model card is shown");
        assertEquals("No model loaded — the tokenizer works on its own",
                robot.lookup("#attention-model").queryAs(Label.class).getText());
        type(robot, "hello world");
        var chips = lab.panel().chips.getChildren();
        assertEquals(2, chips.size());
        assertEquals("hello", chipText((VBox) chips.get(0), 0));
        assertEquals("31373", chipText((VBox) chips.get(0), 1));
        assertEquals("·world", chipText((VBox) chips.get(1), 0));
        assertEquals("995", chipText((VBox) chips.get(1), 1));
    }

    @Test
    void aTinyModelShowsItsHeadsLayersAndMatrices(FxRobot robot) throws Exception {
        Gpt2Checkpoint.write(folder, TINY, RandomGpt2.tensors(TINY, 4, ""));
        AttentionLab lab = lab(robot);
        AttentionPanel panel = lab.panel();
        robot.interact(() -> lab.open(folder.resolve(Gpt2Checkpoint.WEIGHTS)));
        type(robot, "The dog is black");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.currentTrace() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.tabs.isVisible());
        assertEquals("Model: " + folder.getFileName() + " · 2 layers × 3 heads · n = 12 · 0.6 M parameters",
                robot.lookup("#attention-model").queryAs(Label.class).getText());
        assertEquals(4, panel.state.currentTrace().tokenCount());

        // Pick layer 1 with the spinner's arrow, then hide head 0 with its chip.
        robot.clickOn("#attention-layer .increment-arrow-button");
        assertEquals(1, panel.state.layer.get());
        robot.clickOn("#head-chip-0");
        assertFalse(panel.state.heads.get().get(0));
        assertTrue(panel.state.heads.get().get(1));

        // Hover the second query token of the head view: its lines alone are drawn.
        Bounds view = panel.headView.localToScreen(panel.headView.getBoundsInLocal());
        double leftColumn = view.getMinX() + (view.getWidth() - Math.min(380, Math.max(160, view.getWidth() - 320))) / 2 - 20;
        robot.moveTo(new javafx.geometry.Point2D(leftColumn, view.getMinY() + 28 + 22 * 1.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, panel.headView.hoveredQuery());

        // The model view opens a head in the matrix view, whose hover line reads the trace's weight.
        robot.clickOn("#attention-tab-model");
        robot.clickOn("#thumbnail-0-2");
        assertEquals(0, panel.state.layer.get());
        assertEquals(2, panel.state.head.get());
        assertEquals(2, panel.tabs.getSelectionModel().getSelectedIndex());
        float weight = panel.state.currentTrace().attention()[0][2][3][1];
        robot.interact(() -> panel.matrix.view().hoverCell(3, 1));
        assertEquals(String.format(Locale.ROOT, "query #3 '·black' → key #1 '·dog'  weight = %.4f", weight),
                panel.matrix.view().hoverText());
        robot.interact(() -> panel.matrix.view().hoverCell(1, 3));
        assertTrue(panel.matrix.view().hoverText().endsWith("weight = masked (−∞ → weight 0)"));

        // The next-token bars are the softmax of the last logits, most probable first.
        robot.clickOn("#attention-tab-next");
        var bars = panel.next.bars().bars();
        assertEquals(10, bars.size());
        double[] p = deepmath.gpt.NextToken.softmax(panel.state.currentTrace().lastLogits(), 1.0);
        assertEquals(p[bars.get(0).id()], bars.get(0).probability(), 1e-12);
        for (double v : p) {
            assertTrue(v <= bars.get(0).probability());
        }

        // Greedy "append and continue" adds the most probable token to the text.
        String before = panel.state.text.get();
        robot.clickOn("#next-append");
        assertEquals(before + bars.get(0).token(), panel.state.text.get());

        // A language switch relabels the texts built from numbers too.
        robot.clickOn("Language").clickOn("Français");
        assertTrue(robot.lookup("#attention-model").queryAs(Label.class).getText().startsWith("Modèle : "));
        // The relabelled views are redrawn on the FX thread: wait for the French hover line.
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            robot.interact(() -> panel.matrix.view().hoverCell(1, 0));
            return panel.matrix.view().hoverText().startsWith("requête #1");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void generateWritesTheGeneratorsTokensForTheChosenSamplingAndSeed(FxRobot robot) throws Exception {
        Gpt2Checkpoint.write(folder, TINY, RandomGpt2.tensors(TINY, 6, ""));
        AttentionLab lab = lab(robot);
        AttentionPanel panel = lab.panel();
        robot.interact(() -> lab.open(folder.resolve(Gpt2Checkpoint.WEIGHTS)));
        type(robot, "The dog is black");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.currentTrace() != null);
        robot.clickOn("#attention-tab-next");
        robot.interact(() -> {
            ((javafx.scene.control.ChoiceBox<NextToken.Strategy>) robot.lookup("#next-strategy").query())
                    .setValue(NextToken.Strategy.TOP_K);
            ((Spinner<Integer>) robot.lookup("#next-k").query()).getValueFactory().setValue(5);
            ((Spinner<Integer>) robot.lookup("#next-seed").query()).getValueFactory().setValue(3);
            ((Spinner<Integer>) robot.lookup("#next-count").query()).getValueFactory().setValue(6);
            robot.lookup("#next-temperature").queryAs(javafx.scene.control.Slider.class).setValue(1.5);
        });
        var loaded = panel.state.model.get();
        int[] prompt = loaded.tokenizer().encode("The dog is black");
        Generation expected = new TextGenerator(loaded.model()).generate(prompt, 6,
                new Sampling(NextToken.Strategy.TOP_K, 1.5, 5, 0.9, 3),
                loaded.tokenizer().id(Gpt2Tokenizer.END_OF_TEXT).orElseThrow(), false, Progress.NONE);
        String before = panel.state.text.get();
        robot.clickOn("#next-generate");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !panel.state.text.get().equals(before));
        assertEquals(before + loaded.tokenizer().decode(expected.generated()), panel.state.text.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#next-generated").queryAs(Label.class).getText()
                .startsWith(expected.generated().length + " tokens written ("), "the line says what was written");
        // The views follow: the model runs again on the longer text.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.currentTrace() != null);
        assertEquals(prompt.length + expected.generated().length, panel.state.currentTrace().tokenCount());
    }

    @Test
    void aFolderThatIsNotAModelIsRefusedInOneLine(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("config.json"), "{\"n_layer\": 2}");
        Files.writeString(folder.resolve("model.safetensors"), "not tensors at all");
        AttentionLab lab = lab(robot);
        robot.interact(() -> lab.open(folder.resolve("config.json")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".error-dialog").tryQuery().isPresent());
        var dialog = robot.lookup(".error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("'config.json' has no integer 'n_head'", dialog.getContentText());
        assertTrue(robot.lookup("#attention-empty").query().isVisible());
    }

    @Test
    void theSessionStateRoundTrips(FxRobot robot) throws Exception {
        AttentionLab lab = lab(robot);
        var restore = lab.prepareRestore(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"text\": \"This dog is\", \"layer\": 0, \"head\": 0, \"heads\": [0, 2], \"tab\": 4,"
                        + " \"matrix\": \"scores\", \"temperature\": 0.5, \"residual\": true}"));
        robot.interact(restore);
        var saved = lab.saveState();
        assertEquals("This dog is", saved.get("text").asText());
        assertEquals("[0,2]", saved.get("heads").toString());
        assertEquals("next", saved.get("tab").asText(), "tab 4 of a numbered session is the next-token tab");
        assertEquals("scores", saved.get("matrix").asText());
        assertEquals(0.5, saved.get("temperature").asDouble(), 1e-9);
        assertTrue(saved.get("residual").asBoolean());
        assertNotNull(lab.panel().state.tokens.get());
        assertEquals(AttentionTabs.KEYS.stream().map(k -> "attention-tab-" + k).toList(),
                lab.panel().tabs.getTabs().stream().map(javafx.scene.control.Tab::getId).toList(), "the names sessions keep");
        // Numbered sessions counted 8 tabs, Training last (index 7); Embeddings now stands there.
        robot.interact(lab.prepareRestore(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"tab\": 7}")));
        assertEquals("attention-tab-training", lab.panel().tabs.getSelectionModel().getSelectedItem().getId());
        robot.interact(lab.prepareRestore(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"tab\": \"embeddings\"}")));
        assertEquals("attention-tab-embeddings", lab.panel().tabs.getSelectionModel().getSelectedItem().getId());
        var badTab = org.junit.jupiter.api.Assertions.assertThrows(deepmath.core.BadInputException.class,
                () -> lab.prepareRestore(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"tab\": \"pictures\"}")));
        assertTrue(badTab.getMessage().startsWith("attention.tab must be one of head, model,"), badTab.getMessage());
        var error = org.junit.jupiter.api.Assertions.assertThrows(deepmath.core.BadInputException.class,
                () -> lab.prepareRestore(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"temperature\": 9}")));
        assertEquals("attention.temperature must be between 0.1 and 2.0, got 9.0", error.getMessage());
    }
}
