package deepmath.app.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.EnglishLabStage;
import deepmath.digits.DigitNetwork;
import deepmath.digits.ModelKind;
import deepmath.viz.digits.DrawingPad;
import deepmath.viz.digits.FeatureMapGrid;
import deepmath.viz.digits.ProbabilityBars;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The digits panel headless: draw a 7 with the mouse, read the test set, look inside the CNN, sessions. */
@ExtendWith(ApplicationExtension.class)
class DigitsLabTest {
    /** What the lab told the window's "long work finished" message. */
    private final List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    @RegisterExtension
    final EnglishLabStage<DigitsLab> shown = EnglishLabStage.of(context -> new DigitsLab(new deepmath.app.lab.LabContext(
            context.i18n(), context.tasks(), context.errors(), context.nd4jReady(), context.window(),
            (title, text) -> told.add(title.get() + " | " + text.get()), context.openDefaultModel())));

    private void waitUntilLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.lab().state().ready());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The readings run off the FX thread: waits until the one of the digit shown is drawn. */
    private void readingsDrawn() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !shown.lab().predicting()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int argmax(double[] p) {
        return DigitNetwork.argmax(p);
    }

    @Test
    void drawingASevenWithTheMouseIsReadAsASeven(FxRobot robot) throws Exception {
        waitUntilLoaded();
        robot.clickOn("#digits-clear");
        ProbabilityBars bars = robot.lookup("#digits-bars").queryAs(ProbabilityBars.class);
        assertEquals(0, sum(bars.probabilities()), 1e-12, "a blank pad shows no probabilities");
        DrawingPad pad = robot.lookup("#digits-pad").queryAs(DrawingPad.class);
        // pad coordinates (0 … 280) on the screen, whatever size the pad is shown at
        java.util.function.BiFunction<Double, Double, Point2D> at = (x, y) -> {
            try {
                return WaitForAsyncUtils.asyncFx(() -> pad.padToScreen(x, y)).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // the top bar of the 7, then its long slanted stem, drawn with real mouse drags
        robot.moveTo(at.apply(80.0, 75.0)).press(MouseButton.PRIMARY);
        for (int x = 80; x <= 205; x += 8) {
            robot.moveTo(at.apply((double) x, 75.0));
        }
        robot.release(MouseButton.PRIMARY);
        robot.moveTo(at.apply(205.0, 78.0)).press(MouseButton.PRIMARY);
        for (int k = 1; k <= 20; k++) {
            robot.moveTo(at.apply(205 - 4.2 * k, 78 + 7.5 * k));
        }
        robot.release(MouseButton.PRIMARY);
        readingsDrawn();
        double[] p = bars.probabilities();
        assertEquals(1, sum(p), 1e-9);
        assertEquals(7, argmax(p), "probabilities " + java.util.Arrays.toString(p));
        assertTrue(robot.lookup("#digits-verdict").queryAs(Label.class).getText().contains("reads: 7"));
        // the dense network reads it too
        robot.interact(() -> shown.lab().state().kindProperty().set(ModelKind.DENSE));
        readingsDrawn();
        assertEquals(7, argmax(bars.probabilities()));
        assertEquals(List.of(), shown.errors());

        // the drawing is part of the session and comes back stroke by stroke
        ObjectNode saved = WaitForAsyncUtils.asyncFx(() -> shown.lab().saveState()).get();
        assertEquals(2, saved.get("strokes").size());
        robot.clickOn("#digits-clear");
        assertEquals(0, sum(bars.probabilities()), 1e-12);
        robot.interact(() -> shown.lab().prepareRestore(saved).run());
        readingsDrawn();
        assertEquals(7, argmax(bars.probabilities()));
        assertEquals(ModelKind.DENSE, shown.lab().state().kindProperty().get());
    }

    @Test
    void theTestSetTabShowsTheAccuracyTheConfusionMatrixAndTheMistakes(FxRobot robot) throws Exception {
        waitUntilLoaded();
        robot.interact(() -> shown.lab().selectTab(1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown.lab().testSet().evaluation() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#digits-accuracy").queryAs(Label.class).getText();
        assertTrue(text.matches("The convolutional network \\(CNN\\) reads 9[7-9]\\.\\d\\d % of the held-out digits .*"),
                text);
        var judged = shown.lab().testSet().evaluation();
        assertEquals(2000, judged.samples());
        // the share and the counts are the same evaluation's, each number said once
        assertEquals(String.format(java.util.Locale.ENGLISH, "The convolutional network (CNN) reads %.2f %% of the"
                + " held-out digits (%,d of 2,000).", 100.0 * judged.correct() / judged.samples(), judged.correct()), text);
        int mistakes = shown.lab().testSet().evaluation().samples() - shown.lab().testSet().evaluation().correct();
        assertEquals(mistakes, shown.lab().testSet().shownCount());
        // picking a cell shows only its digits
        int[][] confusion = shown.lab().testSet().evaluation().confusion();
        robot.interact(() -> shown.lab().testSet().filter(2, 3));
        assertEquals(confusion[2][3], shown.lab().testSet().shownCount());
    }

    @Test
    void theCnnTabShowsEightFiltersAndTheirFeatureMaps(FxRobot robot) throws Exception {
        waitUntilLoaded();
        robot.interact(() -> shown.lab().selectTab(2));
        readingsDrawn();
        FeatureMapGrid filters = robot.lookup("#digits-filters1").queryAs(FeatureMapGrid.class);
        FeatureMapGrid maps = robot.lookup("#digits-conv1").queryAs(FeatureMapGrid.class);
        assertEquals(8, filters.tileCount());
        assertEquals(8, maps.tileCount());
    }

    @Test
    void trainingRunsInTheBackgroundWithLiveCurvesAndCanBeStopped(FxRobot robot) throws Exception {
        waitUntilLoaded();
        robot.interact(() -> shown.lab().selectTab(3));
        DigitNetwork shippedDense = shown.lab().state().networkProperty(ModelKind.DENSE).get();
        robot.interact(() -> {
            shown.lab().trainPane().model().setValue(ModelKind.DENSE);
            shown.lab().trainPane().epochs().setValue(1);
        });
        robot.clickOn("#digits-train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shown.lab().trainPane().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), shown.errors());
        // one epoch: loss points every 10 batches (250 batches), one held-out accuracy point
        assertTrue(shown.lab().trainPane().lossPoints() >= 25, "loss points " + shown.lab().trainPane().lossPoints());
        assertEquals(1, shown.lab().trainPane().accuracyPoints());
        DigitNetwork trained = shown.lab().state().networkProperty(ModelKind.DENSE).get();
        assertTrue(trained != shippedDense, "the trained network replaces the dense one");
        String status = robot.lookup("#digits-train-status").queryAs(Label.class).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Done\\. Epochs: 1; held-out accuracy: (\\d+\\.\\d\\d) %\\..*")
                .matcher(status);
        assertTrue(m.matches(), status);
        assertTrue(Double.parseDouble(m.group(1)) > 80, status);
        assertEquals(List.of("Digits: training finished | " + status), told, "the end of the training is told once");

        // a long CNN run, stopped at once: nothing finished (nothing more told), the CNN keeps its weights
        DigitNetwork cnn = shown.lab().state().networkProperty(ModelKind.CNN).get();
        robot.interact(() -> {
            shown.lab().trainPane().model().setValue(ModelKind.CNN);
            shown.lab().trainPane().epochs().setValue(20);
        });
        robot.clickOn("#digits-train");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown.lab().trainPane().lossPoints() > 0);
        robot.clickOn("#digits-train");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shown.lab().trainPane().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#digits-train-status").queryAs(Label.class).getText().startsWith("Stopped. Finished epochs: 0;"));
        assertTrue(shown.lab().state().networkProperty(ModelKind.CNN).get() == cnn);
        assertEquals(1, told.size(), "a training the user stopped is not told");
        assertEquals(List.of(), shown.errors());
    }

    private static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }
}
