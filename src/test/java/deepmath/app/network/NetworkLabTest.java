package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import deepmath.nn.Network;
import deepmath.nn.NetworkJson;
import deepmath.viz.network.Handle;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotTransform;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The network panel headless: drag a weight and the boundary moves, type an exact value, step training. */
@ExtendWith(ApplicationExtension.class)
class NetworkLabTest {
    @RegisterExtension
    final EnglishLabStage<NetworkLab> shown = EnglishLabStage.of(NetworkLab::new);

    /** The colour the output plot shows at data point (x, y). */
    private Color colourAt(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            PlotCanvas plot = shown.lab().output().node();
            plot.layout();
            PlotTransform t = plot.transform();
            WritableImage image = plot.snapshot(null, null);
            return image.getPixelReader().getColor((int) Math.round(t.px(x)), (int) Math.round(t.py(y)));
        }).get();
    }

    private static boolean reddish(Color c) {
        return c.getRed() > c.getBlue() + 0.2;
    }

    private static boolean bluish(Color c) {
        return c.getBlue() > c.getRed() + 0.2;
    }

    private Point2D onScreen(Handle handle) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var graph = shown.lab().graph().graph();
            return graph.localToScreen(graph.locate(handle));
        }).get();
    }

    @Test
    void draggingAWeightMovesTheBoundaryAndFlipsThePixelColour(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("and")).get();
        WaitForAsyncUtils.waitForFxEvents();
        // AND: x + y − 2 ≥ 0; at (1.3, 0.8) that is 0.1 ≥ 0: class 1, red. (The point is kept clear of the
        // legend, top right, whose size depends on the theme's fonts.)
        assertTrue(reddish(colourAt(1.3, 0.8)), colourAt(1.3, 0.8).toString());
        Handle weightOfX = new Handle(0, 0, 0);
        Point2D start = onScreen(weightOfX);
        // 50 px down at 0.02 per pixel: the weight of x goes from 1 to 0, so 0.8 − 2 < 0
        robot.drag(start).moveBy(0, 25).moveBy(0, 25).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Network network = shown.lab().model().network();
        assertEquals(0, network.layer(0).weight(0, 0), 0.041);
        assertTrue(bluish(colourAt(1.3, 0.8)), "the point is now outside: " + colourAt(1.3, 0.8));
        assertEquals(0, network.output(1.3, 0.8)[0], "the model agrees with the picture");
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void anExactValueTypedForTheSelectedBiasIsApplied(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("and")).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(new Handle(0, 0, -1)));
        robot.doubleClickOn("#network-value").eraseText(4).write("-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, shown.lab().model().network().layer(0).bias(0)); // now OR: x + y − 1 ≥ 0
        assertTrue(reddish(colourAt(0.6, 0.5)), colourAt(0.6, 0.5).toString());
        robot.doubleClickOn("#network-value").eraseText(4).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Network builder: 'abc' is not a number."), shown.errors());
    }

    @Test
    void aStepOfTrainingIsExplainedWeightByWeight(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("xor-learning")).get();
        WaitForAsyncUtils.waitForFxEvents();
        double[] before = shown.lab().model().network().parameters();
        robot.clickOn("#network-step");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#network-explain").queryAs(TableView.class);
        assertEquals(shown.lab().model().network().parameterCount(), table.getItems().size());
        ExplainTable.Row first = (ExplainTable.Row) table.getItems().get(0);
        assertEquals("w1.1 ← x", first.parameter());
        assertEquals(before[0], first.before());
        assertEquals(shown.lab().model().network().parameters()[0] - before[0], first.update(), 1e-12);
        // the book's XOR (ch. 9, line 10546): from P0 with δ = 1 on the mean squared error, one step gives P1
        // (here in the lab's order: each layer's weights row by row, then its biases)
        assertArrayEquals(new double[] {1, 2, -3, -2, -3, 1, 1, 1, -1}, before);
        assertArrayEquals(new double[] {0.9965, 2.0030, -2.9930, -1.9864, -2.9916, 1.0104, 1.0032, 0.9874, -0.9532},
                shown.lab().model().network().parameters(), 1e-4);
    }

    @Test
    void playTrainsInTheBackgroundUntilPaused(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("xor-learning-adam")).get();
        robot.clickOn("#network-play");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                deepmath.nn.Evaluation.accuracy(shown.lab().model().network(), shown.lab().model().data()) == 1.0);
        robot.clickOn("#network-play");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown.tasks().running().isEmpty());
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void theSessionStateRestoresTheNetworkExactly() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("triangle")).get();
        var state = WaitForAsyncUtils.asyncFx(() -> shown.lab().saveState()).get();
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("xor")).get();
        Runnable restore = shown.lab().prepareRestore(state);
        WaitForAsyncUtils.asyncFx(restore).get();
        assertEquals(NetworkJson.write(deepmath.nn.BookNetworks.byKey("triangle").network()),
                NetworkJson.write(shown.lab().model().network()));
        assertEquals(120, shown.lab().model().data().size());
    }
    /** The menu goes through the model's rule: softmax on a hidden layer is refused, the menu and network unchanged. */
    @Test
    void softmaxChosenForAHiddenLayerIsRefusedByTheModelAndTheMenuGoesBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("xor-learning")).get();
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<deepmath.nn.Activation> hidden = robot.lookup("#network-activation-1")
                .queryAs(javafx.scene.control.ComboBox.class);
        deepmath.nn.Activation before = shown.lab().model().network().layer(0).activation();
        double[] output = shown.lab().model().network().output(0.3, 0.7);
        robot.interact(() -> hidden.setValue(deepmath.nn.Activation.SOFTMAX));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Network builder: Softmax is for the output layer only."), shown.errors());
        assertEquals(before, shown.lab().model().network().layer(0).activation());
        assertEquals(before, hidden.getValue(), "the menu shows the activation in effect");
        org.junit.jupiter.api.Assertions.assertArrayEquals(output, shown.lab().model().network().output(0.3, 0.7));
        // A permitted choice is applied to the shown network.
        robot.interact(() -> hidden.setValue(deepmath.nn.Activation.RELU));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(deepmath.nn.Activation.RELU, shown.lab().model().network().layer(0).activation());
        assertEquals(1, shown.errors().size());
    }
}
