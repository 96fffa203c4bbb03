package deepmath.app.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static deepmath.app.shell.SessionRoundTrip.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.app.shell.MainWindow;
import deepmath.app.shell.SessionRoundTrip;
import deepmath.app.shell.StartupOptions;
import deepmath.digits.ModelKind;
import deepmath.viz.digits.DrawingPad;
import deepmath.viz.digits.ProbabilityBars;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The digits lab through a session: the drawing (strokes, an erased one included, or a digit picked from the
 * test set), the reading network, the tab and the training settings come back in a fresh window, and the network
 * reads the same digit with the same probabilities.
 */
@ExtendWith(ApplicationExtension.class)
class DigitsSessionRoundTripTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @TempDir
    Path folder;


    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, MainWindow window, String id) {
        return (ComboBox<T>) find(robot, window, id, ComboBox.class);
    }

    private static DigitsLab opened(FxRobot robot, MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.selectLab(LabId.DIGITS)).get();
        DigitsLab lab = (DigitsLab) window.currentLabProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lab.state().ready());
        WaitForAsyncUtils.waitForFxEvents();
        return lab;
    }

    /** The readings run off the FX thread (the CNN's once the engine is loaded): waits until they are drawn. */
    private static void readingsDrawn(DigitsLab lab) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !lab.predicting()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Both windows' networks read the same digit the same way. */
    private static void readsTheSame(FxRobot robot, MainWindow saved, DigitsLab savedLab, MainWindow restored,
                                     DigitsLab restoredLab) throws Exception {
        readingsDrawn(savedLab);
        readingsDrawn(restoredLab);
        double[] p = find(robot, saved, "#digits-bars", ProbabilityBars.class).probabilities();
        assertEquals(1, java.util.Arrays.stream(p).sum(), 1e-9, "a digit is read");
        assertArrayEquals(p, find(robot, restored, "#digits-bars", ProbabilityBars.class).probabilities());
        assertEquals(find(robot, saved, "#digits-verdict", Label.class).getText(),
                find(robot, restored, "#digits-verdict", Label.class).getText());
    }

    @Test
    void aDrawingTheReadingNetworkTheTabAndTheTrainingSettingsComeBackInAFreshWindow(FxRobot robot)
            throws Exception {
        MainWindow window = english.window();
        DigitsLab lab = opened(robot, window);
        robot.interact(() -> {
            DrawingPad pad = find(robot, window, "#digits-pad", DrawingPad.class);
            DrawnSeven.draw(pad);
            pad.penDown(120.5, 90.25, true);   // a stroke of the eraser (right button) through the bar
            pad.strokeTo(140.75, 92.5, true);
            pad.penUp();
            combo(robot, window, "#digits-model").setValue(ModelKind.DENSE);
            lab.selectTab(3);
            combo(robot, window, "#digits-train-model").setValue(ModelKind.DENSE);
            combo(robot, window, "#digits-train-epochs").setValue(10);
            combo(robot, window, "#digits-train-rate").setValue(0.01);
            combo(robot, window, "#digits-train-batch").setValue(64);
            combo(robot, window, "#digits-train-shift").setValue(1);
        });
        DigitsState.Values saved = WaitForAsyncUtils.asyncFx(lab::stateValues).get();
        assertEquals(ModelKind.DENSE, saved.reader());
        assertEquals(3, saved.tab());
        assertEquals(3, saved.strokes().size());
        assertTrue(saved.strokes().get(2).erase());
        assertEquals(new DigitsState.Training(ModelKind.DENSE, 10, 0.01, 64, 1), saved.training());

        SessionRoundTrip trip = SessionRoundTrip.of(window, folder.resolve("digits.json"), StartupOptions.defaults());
        try {
            MainWindow fresh = trip.window();
            DigitsLab restored = opened(robot, fresh);
            assertEquals(saved, WaitForAsyncUtils.asyncFx(restored::stateValues).get());
            assertEquals(10, WaitForAsyncUtils.asyncFx(() -> combo(robot, fresh, "#digits-train-epochs").getValue()).get());
            assertEquals(ModelKind.DENSE, combo(robot, fresh, "#digits-model").getValue());
            readsTheSame(robot, window, lab, fresh, restored);
        } finally {
            trip.close();
        }
    }

    /** A digit of the test set is kept to the grey level: the network reads exactly the same input. */
    @Test
    void aDigitPickedFromTheTestSetComesBackExactly(FxRobot robot) throws Exception {
        MainWindow window = english.window();
        DigitsLab lab = opened(robot, window);
        robot.interact(() -> lab.drawPane().show(lab.state().dataProperty().get().test().image(17)));
        DigitsState.Values saved = WaitForAsyncUtils.asyncFx(lab::stateValues).get();
        assertEquals(List.of(), saved.strokes());

        SessionRoundTrip trip = SessionRoundTrip.of(window, folder.resolve("picked.json"), StartupOptions.defaults());
        try {
            MainWindow fresh = trip.window();
            DigitsLab restored = opened(robot, fresh);
            // Before, greys were rounded to 0.001 in the file: 1/255 came back as 0.004.
            assertEquals(saved, WaitForAsyncUtils.asyncFx(restored::stateValues).get());
            readsTheSame(robot, window, lab, fresh, restored);
        } finally {
            trip.close();
        }
    }
}
