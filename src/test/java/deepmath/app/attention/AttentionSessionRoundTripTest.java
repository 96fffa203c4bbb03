package deepmath.app.attention;

import static deepmath.app.shell.SessionRoundTrip.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.app.shell.MainWindow;
import deepmath.app.shell.SessionRoundTrip;
import deepmath.app.shell.StartupOptions;
import deepmath.gpt.Gpt2Checkpoint;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.NextToken;
import deepmath.gpt.RandomGpt2;
import deepmath.viz.attention.AttentionMatrixView;
import deepmath.viz.plot.DrawnText;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The attention lab through a session: the text, the model (reopened from its folder: the fresh window opens no
 * model of its own), layer, head, the heads drawn, the tab, the matrix mode, the vectors shown and the next-token
 * settings come back in a fresh window, which draws the same attention matrix.
 */
@ExtendWith(ApplicationExtension.class)
@EnglishWindow.WithoutDefaultModel
class AttentionSessionRoundTripTest {
    /** Small, with GPT-2's whole vocabulary so that any text runs. */
    private static final Gpt2Config TINY = new Gpt2Config(2, 3, 12, 64, 50257, 1e-5);

    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @TempDir
    Path folder;


    private static AttentionLab opened(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.selectLab(LabId.ATTENTION)).get();
        return (AttentionLab) window.currentLabProperty().get();
    }

    private static List<String> texts(AttentionMatrixView view) {
        return view.drawnTexts().stream().map(DrawnText::text).toList();
    }

    @Test
    void theTextModelHeadsTabAndNextTokenSettingsComeBackInAFreshWindow(FxRobot robot) throws Exception {
        Path model = folder.resolve("tiny");
        Gpt2Checkpoint.write(model, TINY, RandomGpt2.tensors(TINY, 4, ""));
        MainWindow window = english.window();
        AttentionLab lab = opened(window);
        robot.interact(() -> lab.open(model.resolve(Gpt2Checkpoint.WEIGHTS)));
        AttentionPanel panel = lab.panel();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.model.get() != null);
        robot.interact(() -> {
            find(robot, window, "#attention-text", TextField.class).setText("The cat sat on the mat");
            find(robot, window, "#head-chip-1", ToggleButton.class).fire();   // heads 0 and 2 drawn (and head 1 picked)
            find(robot, window, "#attention-layer", Spinner.class).getValueFactory().setValue(1);
            ((Spinner<Integer>) find(robot, window, "#attention-head", Spinner.class)).getValueFactory().setValue(2);
            panel.tabs.getSelectionModel().select(2);                          // the matrix
            find(robot, window, "#matrix-mode-scores", ToggleButton.class).fire();
            find(robot, window, "#vectors-residual", ToggleButton.class).fire();
            find(robot, window, "#next-temperature", Slider.class).setValue(0.7);
            ((ChoiceBox<NextToken.Strategy>) find(robot, window, "#next-strategy", ChoiceBox.class))
                    .setValue(NextToken.Strategy.TOP_K);
            ((Spinner<Integer>) find(robot, window, "#next-k", Spinner.class)).getValueFactory().setValue(5);
            find(robot, window, "#next-p", Slider.class).setValue(0.5);
            ((Spinner<Integer>) find(robot, window, "#next-seed", Spinner.class)).getValueFactory().setValue(42);
            ((Spinner<Integer>) find(robot, window, "#next-count", Spinner.class)).getValueFactory().setValue(7);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.state.currentTrace() != null);
        AttentionState.Values saved = WaitForAsyncUtils.asyncFx(lab::stateValues).get();
        BitSet heads = new BitSet();
        heads.set(0);
        heads.set(2);
        assertEquals(new AttentionState.Values("The cat sat on the mat", model.toAbsolutePath().toString(), 1, 2,
                heads, 2, MatrixPane.Mode.SCORES, true, 0.7, NextToken.Strategy.TOP_K, 5, 0.5, 42, 7), saved);

        SessionRoundTrip trip = SessionRoundTrip.of(window, folder.resolve("attention.json"),
                StartupOptions.defaults().withoutDefaultModel());
        try {
            MainWindow fresh = trip.window();
            AttentionLab restored = (AttentionLab) fresh.currentLabProperty().get();
            assertEquals(LabId.ATTENTION, restored.id());
            AttentionPanel restoredPanel = restored.panel();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> restoredPanel.state.currentTrace() != null);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(saved, WaitForAsyncUtils.asyncFx(restored::stateValues).get());
            assertEquals("The cat sat on the mat", find(robot, fresh, "#attention-text", TextField.class).getText());
            assertEquals(1, find(robot, fresh, "#attention-layer", Spinner.class).getValue());
            assertTrue(find(robot, fresh, "#matrix-mode-scores", ToggleButton.class).isSelected());
            AttentionMatrixView before = find(robot, window, "#attention-matrix", AttentionMatrixView.class);
            AttentionMatrixView after = find(robot, fresh, "#attention-matrix", AttentionMatrixView.class);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    !texts(before).isEmpty() && texts(before).equals(texts(after))).get());
            assertTrue(texts(after).contains("·sat"), "the matrix is labelled with the tokens: " + texts(after));
        } finally {
            trip.close();
        }
    }

    /** LabContext.openDefaultModel off: the lab opens no model of its own and shows how to open one. */
    @Test
    void withoutTheDefaultModelTheLabStartsEmpty(FxRobot robot) throws Exception {
        AttentionLab lab = opened(english.window());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lab.panel().state.tokenizer.get() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> english.window().tasks().running().isEmpty());
        assertNull(WaitForAsyncUtils.asyncFx(lab::stateValues).get().model());
        assertTrue(find(robot, english.window(), "#attention-empty", Node.class).isVisible());
    }
}
