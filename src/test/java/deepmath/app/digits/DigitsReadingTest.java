package deepmath.app.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import deepmath.digits.DigitNetwork;
import deepmath.digits.ModelKind;
import deepmath.viz.digits.FeatureMapGrid;
import deepmath.viz.digits.ProbabilityBars;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The digit is read off the FX thread: before the engine (OpenBLAS) is loaded the CNN waits and says so, then
 * reads the digit shown; of two digits shown one after the other only the reading of the second is drawn.
 */
@ExtendWith(ApplicationExtension.class)
class DigitsReadingTest {
    /** The window's engine, still loading when the lab opens. */
    private final SimpleBooleanProperty engine = new SimpleBooleanProperty(false);
    @RegisterExtension
    final EnglishLabStage<DigitsLab> shown = EnglishLabStage.of(context -> new DigitsLab(new deepmath.app.lab.LabContext(
            context.i18n(), context.tasks(), context.errors(), engine, context.window())));

    private void readingsDrawn() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !shown.lab().predicting()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCnnWaitsForTheEngineThenReadsTheLatestDigit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.lab().state().ready());
        WaitForAsyncUtils.waitForFxEvents();
        ProbabilityBars bars = robot.lookup("#digits-bars").queryAs(ProbabilityBars.class);
        Label verdict = robot.lookup("#digits-verdict").queryAs(Label.class);
        assertEquals("Starting the computing engine (OpenBLAS) for the convolutional network…", verdict.getText());
        assertEquals(0, java.util.Arrays.stream(bars.probabilities()).sum(), 1e-12, "nothing read before the engine is loaded");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> shown.lab().predicting()).get());

        robot.interact(() -> engine.set(true));
        readingsDrawn();
        DigitsState state = shown.lab().state();
        DigitNetwork cnn = state.networkProperty(ModelKind.CNN).get();
        float[] first = state.dataProperty().get().test().image(0);
        assertArrayEquals(cnn.probabilities(first), bars.probabilities(), "the first test digit, read by the CNN");
        assertTrue(verdict.getText().contains("reads: " + DigitNetwork.argmax(cnn.probabilities(first))), verdict.getText());

        // two digits in one go: the second supersedes the first, whose reading (if it ran) is not drawn
        float[] a = state.dataProperty().get().test().image(1);
        float[] b = state.dataProperty().get().test().image(2);
        robot.interact(() -> {
            shown.lab().drawPane().show(a);
            shown.lab().drawPane().show(b);
            shown.lab().selectTab(2);
        });
        readingsDrawn();
        assertArrayEquals(cnn.probabilities(b), bars.probabilities());
        DigitNetwork.FeatureMaps maps = cnn.featureMaps(b);
        FeatureMapGrid conv1 = robot.lookup("#digits-conv1").queryAs(FeatureMapGrid.class);
        assertEquals(8, conv1.tileCount());
        // the first map as drawn is digit b's, on the layer's scale from 0 to its largest value
        double max = 0;
        for (double v : maps.conv1()) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < 28 * 28; i++) {
            int expected = deepmath.viz.color.ColorMap.MAGMA.argb(Math.max(0, Math.min(1, maps.conv1()[i] / max)));
            assertEquals(expected, conv1.tile(0).getPixelReader().getArgb(i % 28, i / 28), "pixel " + i + " of the first map");
        }
        assertEquals(List.of(), shown.errors());
    }
}
