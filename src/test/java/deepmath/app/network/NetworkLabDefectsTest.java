package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import deepmath.data.Dataset;
import deepmath.nn.Activation;
import deepmath.viz.plot.PlotCanvas;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What a new user met in the network builder: each test failed before its fix. */
@ExtendWith(ApplicationExtension.class)
class NetworkLabDefectsTest {
    @RegisterExtension
    final EnglishLabStage<NetworkLab> shown = EnglishLabStage.of(NetworkLab::new);

    @SuppressWarnings("unchecked")
    private static ComboBox<String> dataBox(FxRobot robot) {
        return robot.lookup("#network-data-kind").queryAs(ComboBox.class);
    }

    @Test
    void playOnAHeavisideNetworkSaysWhyAndOffersSigma(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("triangle")).get();
        double[] before = shown.lab().model().network().parameters();
        robot.clickOn("#network-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.tasks().running().isEmpty(), "nothing trains with zero gradients");
        Label message = robot.lookup("#network-stuck-message").queryAs(Label.class);
        assertTrue(message.getParent().isVisible() && message.getScene() != null);
        assertTrue(message.getText().startsWith("Layer 1, Output use the Heaviside step H"), message.getText());
        assertTrue(message.getText().contains("sigmoid σ"), message.getText());
        Button sigma = robot.lookup("#network-switch-sigmoid").queryAs(Button.class);
        assertEquals("Replace H by σ and train", sigma.getText());
        robot.clickOn(sigma);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Activation.SIGMOID, shown.lab().model().network().layer(0).activation());
        assertEquals(Activation.SIGMOID, shown.lab().model().network().layer(1).activation());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.lab().model().network().parameters()[0] != before[0]);
        assertFalse(message.getParent().isVisible(), "the notice goes once σ is in place");
        robot.clickOn("#network-play"); // pause
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown.tasks().running().isEmpty());
        assertEquals(List.of(), shown.errors());
    }

    @Test
    void onArrivalTheDataBoxNamesTheShownPoints(FxRobot robot) {
        ComboBox<String> box = dataBox(robot);
        // the lab opens on the triangle preset, with the triangle's own points, not two spirals
        assertEquals("triangle", shown.lab().model().presetProperty().get());
        assertEquals("The preset's points", box.getConverter().toString(box.getValue()));
        robot.interact(() -> shown.lab().loadPreset("spirals"));
        assertEquals("The preset's points", box.getConverter().toString(box.getValue()));
    }

    @Test
    void aChosenSetIsGeneratedAtOnceAndEveryPointLiesInsideThePlot(FxRobot robot) throws Exception {
        ComboBox<String> box = dataBox(robot);
        robot.interact(() -> box.setValue("spirals")); // the triangle preset's plot is [−2, 7] × [−1, 5]
        Dataset data = shown.lab().model().data();
        assertEquals(200, data.size(), "choosing a set shows it");
        assertEquals("Two spirals", box.getConverter().toString(box.getValue()));
        PlotCanvas plot = shown.lab().output().node();
        double[] view = WaitForAsyncUtils.asyncFx(() -> new double[] {plot.xAxis().getMin(), plot.xAxis().getMax(),
                plot.yAxis().getMin(), plot.yAxis().getMax()}).get();
        for (double[] x : data.inputsView()) {
            assertTrue(x[0] >= view[0] && x[0] <= view[1] && x[1] >= view[2] && x[1] <= view[3],
                    "(" + x[0] + ", " + x[1] + ") outside the plot " + java.util.Arrays.toString(view));
        }
        robot.clickOn("#network-generate");
        assertEquals(200, shown.lab().model().data().size());
        assertFalse(java.util.Arrays.equals(data.inputsView()[1], shown.lab().model().data().inputsView()[1]), "a new sample");
        assertEquals(List.of(), shown.errors());
    }

    @Test
    void addingAPointKeepsTheEpochCountAndTheCurves(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("xor-learning")).get();
        for (int k = 0; k < 3; k++) {
            robot.clickOn("#network-step"); // batch 4 = the whole table: one step is one epoch
        }
        WaitForAsyncUtils.waitForFxEvents();
        Label epoch = robot.lookup("#network-epoch").queryAs(Label.class);
        assertEquals("Epoch 3", epoch.getText());
        PlotCanvas chart = robot.lookup("#network-loss-chart").queryAs(PlotCanvas.class);
        assertEquals(1, chart.layers().size());
        PlotCanvas plot = shown.lab().output().node();
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> plot.localToScreen(plot.transform().px(0.3), plot.transform().py(1.2))).get();
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, shown.lab().model().data().size(), "the point was added");
        assertEquals("Epoch 3", epoch.getText(), "the epoch count is kept");
        assertEquals(1, chart.layers().size(), "the curve is kept");
        robot.clickOn("#network-step");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(epoch.getText().startsWith("Epoch 3") || epoch.getText().equals("Epoch 4"), epoch.getText());
        assertEquals(List.of(), shown.errors());
    }

    @Test
    void eightNeuronsPerLayerAreDrawnLegiblyInAScrollingPaneAndZoomOutOnDemand(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("spirals")).get();
        WaitForAsyncUtils.waitForFxEvents();
        var graph = shown.lab().graph().graph();
        var scroll = shown.lab().graph().scroll();
        double[] size = graph.legibleSize();
        double[] shown = WaitForAsyncUtils.asyncFx(() -> new double[] {graph.getWidth(), graph.getHeight(),
                scroll.getViewportBounds().getWidth(), scroll.getViewportBounds().getHeight()}).get();
        assertTrue(shown[0] >= size[0] - 1 && shown[1] >= size[1] - 1, "drawn at its legible size at least");
        assertTrue(shown[1] > shown[3], "larger than the pane: it scrolls");
        assertTrue(WaitForAsyncUtils.asyncFx(graph::isLegible).get());
        robot.clickOn("#network-zoom-fit");
        WaitForAsyncUtils.waitForFxEvents();
        double[] fitted = WaitForAsyncUtils.asyncFx(() -> new double[] {graph.getHeight(), scroll.getViewportBounds().getHeight()}).get();
        assertTrue(fitted[0] <= fitted[1] + 1, "the whole network fits the pane: " + fitted[0] + " ≤ " + fitted[1]);
        robot.clickOn("#network-zoom-legible");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtils.asyncFx(graph::isLegible).get());
    }
}
