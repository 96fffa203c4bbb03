package deepmath.app.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A fresh install: the viewer opens the shipped model by itself; the Language and Training tabs work beside it. */
@ExtendWith(ApplicationExtension.class)
class ShippedModelLabTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @Test
    void theShippedModelOpensAndTheLanguageTabComputes(FxRobot robot) throws Exception {
        robot.clickOn("#nav-attention");
        AttentionLab lab = (AttentionLab) english.window().currentLabProperty().get();
        assertEquals(LabId.ATTENTION, lab.id());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> lab.panel().state.model.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#attention-model").queryAs(Label.class).getText().contains("kjv-gpt2"));
        // The window says the model has loaded (a notification over it, in the bundle's words).
        java.util.List<String> told = robot.lookup("#done-notification").lookup(".label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertEquals("Attention: model loaded", told.get(0), told.toString());
        assertTrue(told.get(1).startsWith("Model: kjv-gpt2"), told.toString());
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

    /**
     * On the shipped 2-layer, 4-head model: an appended line break stays in the text, ids sit under their
     * tokens, the head-roles text names this model's heads, and the layer/head column shows only where used.
     */
    @Test
    void newlinesChipsHeadRolesAndTheSelectorOnTheShippedModel(FxRobot robot) throws Exception {
        robot.clickOn("#nav-attention");
        AttentionLab lab = (AttentionLab) english.window().currentLabProperty().get();
        AttentionPanel panel = lab.panel();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> panel.state.model.get() != null);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.currentTrace() != null);
        WaitForAsyncUtils.waitForFxEvents();
        deepmath.gpt.Gpt2Tokenizer tokenizer = panel.state.tokenizer.get();

        // "Append and continue" with the line-break token, then one more token: the text keeps the line break.
        int[] newline = tokenizer.encode("\n");
        assertEquals(1, newline.length, "the shipped vocabulary has a line-break token");
        int the = tokenizer.encode(" the")[0];
        String before = panel.state.text.get();
        robot.interact(() -> panel.next.append(newline[0]));
        robot.interact(() -> panel.next.append(the));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.currentTrace() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String text = panel.state.text.get();
        assertEquals(before + "\n the", text);
        int[] ids = panel.state.tokens.get().ids();
        assertArrayEquals(tokenizer.encode(text), ids, "re-tokenising the text gives the ids shown");
        assertArrayEquals(ids, panel.state.currentTrace().ids());
        assertEquals(ids[ids.length - 2], newline[0]);
        String editor = robot.lookup("#attention-text").queryAs(TextField.class).getText();
        assertEquals(EditorText.shown(text), editor);
        assertTrue(editor.contains("↵"), editor);
        assertEquals(ids.length + " tokens", robot.lookup(".attention-token-count").queryAs(Label.class).getText());

        // Each id is centred under its token.
        assertEquals(ids.length, panel.chips.getChildren().size());
        for (javafx.scene.Node node : panel.chips.getChildren()) {
            javafx.scene.layout.VBox chip = (javafx.scene.layout.VBox) node;
            double centre = chip.getWidth() / 2;
            for (javafx.scene.Node label : chip.getChildren()) {
                assertEquals(centre, label.getBoundsInParent().getCenterX(), 0.75,
                        ((Label) label).getText() + " in chip " + chip.getChildren());
            }
        }

        // The head-roles text speaks of this model: layers 0-1 and heads 0-3, never GPT-2 small's layer 4 head 11.
        robot.interact(() -> panel.tabs.getSelectionModel().select(tab(panel, "attention-tab-roles")));
        String roles = panel.roles.bestText();
        String all = panel.roles.lookupAll(".label").stream().map(n -> ((Label) n).getText()).filter(t -> t != null)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(roles.startsWith("Best heads of kjv-gpt2 on this text: Previous token: layer "), roles);
        assertTrue(!all.contains("layer 4") && !all.contains("head 11"), all);
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("layer (\\d+), head (\\d+)").matcher(roles);
        int count = 0;
        while (named.find()) {
            assertTrue(Integer.parseInt(named.group(1)) < 2, roles);
            assertTrue(Integer.parseInt(named.group(2)) < 4, roles);
            count++;
        }
        assertTrue(count >= 4, roles);

        // The layer/head column only beside the tabs that use it.
        for (javafx.scene.control.Tab tab : panel.tabs.getTabs()) {
            robot.interact(() -> panel.tabs.getSelectionModel().select(tab));
            boolean uses = List.of("attention-tab-head", "attention-tab-matrix", "attention-tab-vectors")
                    .contains(tab.getId());
            javafx.scene.Node selector = robot.lookup("#attention-selector").query();
            boolean shown = selector.isVisible() && selector.getScene() != null
                    && isInside(selector, panel.tabs.getSelectionModel().getSelectedItem().getContent());
            assertEquals(uses, shown, tab.getId());
        }

        // A language switch keeps the text and its run (it once emptied the text field).
        robot.interact(() -> english.window().setLanguage(java.util.Locale.FRENCH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, panel.state.text.get());
        assertArrayEquals(ids, panel.state.tokens.get().ids());
        robot.interact(() -> english.window().setLanguage(java.util.Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, panel.state.text.get());
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static javafx.scene.control.Tab tab(AttentionPanel panel, String id) {
        return panel.tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    /** The Training tab trains a real (tiny) run in the background, logs it, and opens the result in the viewer. */
    @Test
    @SuppressWarnings("unchecked")
    void aShortRunFromTheTabIsLoggedAndOpened(FxRobot robot, @TempDir Path temp) throws Exception {
        Path out = temp.resolve("gui-run");
        robot.clickOn("#nav-attention");
        AttentionLab lab = (AttentionLab) english.window().currentLabProperty().get();
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
