package deepmath.app.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import deepmath.digits.MnistPreprocessing;
import deepmath.viz.digits.DrawingPad;
import deepmath.viz.digits.ProbabilityBars;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Draw tab: the preview is framed as MNIST frames a digit, and the tab uses its height. */
@ExtendWith(ApplicationExtension.class)
class DigitsDrawTabTest {
    @RegisterExtension
    final EnglishLabStage<DigitsLab> shown = EnglishLabStage.of(DigitsLab::new);

    @Test
    void thePreviewOfADrawnSevenHasItsInkInsideTheCentralTwentyByTwentyBox(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.lab().state().ready());
        DrawingPad pad = robot.lookup("#digits-pad").queryAs(DrawingPad.class);
        robot.interact(() -> DrawnSeven.draw(pad));
        float[] digit = shown.lab().state().digitProperty().get();
        // the preview is the model's framer applied to the pad's ink, exactly what `digits predict` does
        assertArrayEquals(MnistPreprocessing.toMnist(pad.ink(), DrawingPad.SIDE, DrawingPad.SIDE), digit);
        Image image = robot.lookup("#digits-preview").queryAs(ImageView.class).getImage();
        int inkInFrame = 0;
        int inkInBox = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                double lit = image.getPixelReader().getColor(c, r).getBrightness();
                boolean inBox = r >= 4 && r < 24 && c >= 4 && c < 24;
                if (lit > 0.05) {
                    if (inBox) {
                        inkInBox++;
                    } else {
                        inkInFrame++;
                    }
                }
                assertTrue(Math.abs(lit - digit[r * 28 + c]) < 0.02, "the preview shows the input at (" + r + ", " + c + ")");
            }
        }
        assertTrue(inkInBox > 40, "the 7 is drawn: " + inkInBox + " inked pixels");
        assertTrue(inkInFrame == 0, inkInFrame + " inked pixels in the 4-pixel frame");
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void theDrawTabFillsItsHeight(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.lab().state().ready());
        WaitForAsyncUtils.waitForFxEvents();
        Node content = shown.lab().drawPane().node();
        DrawingPad pad = robot.lookup("#digits-pad").queryAs(DrawingPad.class);
        ProbabilityBars bars = robot.lookup("#digits-bars").queryAs(ProbabilityBars.class);
        double[] h = WaitForAsyncUtils.asyncFx(() -> {
            Bounds tab = content.localToScene(content.getLayoutBounds());
            Bounds p = pad.localToScene(pad.getLayoutBounds());
            Bounds b = bars.localToScene(bars.getLayoutBounds());
            return new double[] {tab.getHeight(), p.getHeight(), p.getWidth(), tab.getMaxY() - b.getMaxY()};
        }).get();
        assertTrue(h[1] > 0.6 * h[0], "the pad takes the tab's height: " + h[1] + " of " + h[0]);
        assertTrue(Math.abs(h[1] - h[2]) < 1, "and stays square");
        assertTrue(h[3] < 0.2 * h[0], "the probability bars reach down the tab: " + h[3] + " px left under them");
    }

    @Test
    void theTrainingTabsTextsWrapToTheSettingsWidthAndItsMenusAreWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.lab().state().ready());
        robot.interact(() -> shown.lab().selectTab(3));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label status = robot.lookup("#digits-train-status").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.ComboBox<?> model = robot.lookup("#digits-train-model").queryAs(javafx.scene.control.ComboBox.class);
        double[] b = WaitForAsyncUtils.asyncFx(() -> new double[] {status.getWidth(), status.getHeight(),
                model.getWidth(), model.prefWidth(-1), model.getParent().localToScene(model.getBoundsInParent()).getMaxX(),
                robot.lookup("#digits-loss-chart").queryAs(Node.class).localToScene(
                        robot.lookup("#digits-loss-chart").queryAs(Node.class).getLayoutBounds()).getMinX()}).get();
        assertTrue(b[0] >= 200 && b[1] < 100, "the status wraps in lines, not letter by letter: " + b[0] + " × " + b[1]);
        assertTrue(b[2] >= b[3] - 1, "the model menu is as wide as its longest name");
        assertTrue(b[4] <= b[5], "the menu ends before the charts begin");
    }
}
