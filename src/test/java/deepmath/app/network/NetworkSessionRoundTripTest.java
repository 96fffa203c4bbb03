package deepmath.app.network;

import deepmath.app.lab.LabRoundTripStages;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nn.Activation;
import deepmath.nn.Loss;
import deepmath.nn.Network;
import deepmath.nn.Regularization;
import deepmath.optim.OptimizerKind;
import deepmath.viz.network.Handle;
import deepmath.viz.plot.PlotCanvas;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network panel changed as a user does (layers, an activation, a weight dragged and a bias typed, a data
 * set, points clicked in, the training settings, a training step), saved to a session file and restored
 * into a fresh window: both panels' {@link NetworkModel} snapshots are equal and they paint the same
 * decision map.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkSessionRoundTripTest {
    @RegisterExtension
    final LabRoundTripStages<NetworkLab> stages = new LabRoundTripStages<>(NetworkLab::new, 1280, 860);

    @Start
    void start(Stage stage) {
        stages.start(stage);
    }

    @SuppressWarnings("unchecked")
    /** Chooses in the first window's combo box (after a round trip the fresh window has one of the same id). */
    private <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> ((ComboBox<T>) robot.from(stages.lab().view()).lookup(id).queryAs(ComboBox.class)).setValue(value));
    }

    private Point2D onScreen(Handle handle) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var graph = stages.lab().graph().graph();
            return graph.localToScreen(graph.locate(handle));
        }).get();
    }

    private Point2D onScreen(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            PlotCanvas plot = stages.lab().output().node();
            return plot.localToScreen(plot.transform().px(x), plot.transform().py(y));
        }).get();
    }

    private Point2D onPolynomialPlot(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            PlotCanvas plot = stages.lab().learning().polynomials().plot();
            return plot.localToScreen(plot.transform().px(x), plot.transform().py(y));
        }).get();
    }

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    @Test
    void everythingAUserChangesSurvivesASessionIntoAFreshWindow(FxRobot robot) throws Exception {
        choose(robot, "#network-presets", "xor-learning");
        WaitForAsyncUtils.waitForFxEvents();
        int depth = stages.lab().model().network().depth();
        int hidden = stages.lab().model().network().layer(0).neurons();
        // layers: one more hidden layer (2 tanh neurons), a third neuron in the first, ReLU on the new layer
        robot.clickOn("#network-add-layer");
        robot.clickOn("#network-add-neuron-1");
        choose(robot, "#network-activation-2", Activation.RELU);
        // data: the circle set, then a point of each class clicked in
        choose(robot, "#network-data-kind", "circle");
        WaitForAsyncUtils.waitForFxEvents();
        int generated = stages.lab().model().data().size();
        robot.clickOn(onScreen(4.8, -4.6));
        robot.press(KeyCode.SHIFT).clickOn(onScreen(-4.7, 4.9)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(generated + 2, stages.lab().model().data().size(), "two points added by clicks");
        // a weight dragged, a bias typed
        Point2D weight = onScreen(new Handle(0, 1, 0));
        robot.drag(weight).moveBy(0, 20).moveBy(0, 20).release(MouseButton.PRIMARY);
        robot.clickOn(onScreen(new Handle(1, 0, -1)));
        robot.doubleClickOn("#network-value").eraseText(12).write("0.625").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.625, stages.lab().model().network().layer(1).bias(0));
        // training settings, then one step of training
        choose(robot, "#network-optimizer", OptimizerKind.RMSPROP);
        choose(robot, "#network-learning-rate", 0.1);
        choose(robot, "#network-batch", 5);
        choose(robot, "#network-loss", Loss.BINARY_CROSS_ENTROPY);
        choose(robot, "#network-regularization", Regularization.L2);
        choose(robot, "#network-lambda", 0.001);
        choose(robot, "#network-test-fraction", 0.2);
        choose(robot, "#network-step-decay", 50.0);
        double[] beforeStep = stages.lab().model().network().parameters();
        robot.clickOn("#network-step");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!java.util.Arrays.equals(beforeStep, stages.lab().model().network().parameters()), "the step trained");
        // the chapter-9 views: the black squares' p, the weight of E(a), and the tab shown
        choose(robot, "#network-squares-p", 15);
        choose(robot, "#network-profile-parameter", 4);
        // the polynomial tab: a fifth point clicked in, the cubic chosen, the new point dragged
        robot.interact(() -> robot.lookup("#network-learning-views").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(LearningChoices.VIEWS.indexOf(LearningChoices.POLYNOMIALS)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onPolynomialPlot(2.5, 5.5));
        choose(robot, "#network-poly-degree", 3);
        robot.drag(onPolynomialPlot(5, 4.3)).moveTo(onPolynomialPlot(5.5, 3)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        PolynomialExample polynomial = stages.lab().model().learningProperty().get().polynomial();
        assertEquals(5, polynomial.size(), "a point clicked in");
        assertEquals(3, polynomial.degree());
        assertTrue(polynomial.newX() != 5 && polynomial.newY() != 4.3, "the new point dragged: " + polynomial);
        robot.interact(() -> robot.lookup("#network-learning-views").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(2));
        assertEquals(List.of(), stages.errors());

        NetworkModel.Snapshot before = WaitForAsyncUtils.asyncFx(() -> stages.lab().model().snapshot()).get();
        Network network = stages.lab().model().network();
        assertEquals(depth + 1, network.depth());
        assertEquals(hidden + 1, network.layer(0).neurons());
        assertEquals(Activation.RELU, network.layer(1).activation());
        assertEquals("circle", before.dataSource());
        assertEquals(new TrainingChoices(Loss.BINARY_CROSS_ENTROPY, OptimizerKind.RMSPROP, 0.1, 5, Regularization.L2,
                0.001, 0.2, 50), before.training());
        assertEquals(new LearningChoices(LearningChoices.PROFILE, 4, 15, polynomial), before.learning());

        NetworkLab other = stages.restoredThroughAFile("network");

        assertEquals(before, WaitForAsyncUtils.asyncFx(() -> other.model().snapshot()).get());
        WritableImage mine = stages.lab().output().heatMap();
        WritableImage theirs = other.output().heatMap();
        assertNotNull(theirs);
        assertArrayEquals(pixels(mine), pixels(theirs), "the same decision map");
        // The restored menus show the restored settings, and training goes on with them.
        assertEquals(OptimizerKind.RMSPROP, robot.from(stages.fresh().getScene().getRoot()).lookup("#network-optimizer")
                .queryAs(ComboBox.class).getValue());
        assertEquals(Activation.RELU, robot.from(stages.fresh().getScene().getRoot()).lookup("#network-activation-2")
                .queryAs(ComboBox.class).getValue());
        assertTrue(stages.errors().isEmpty(), stages.errors().toString());
    }

    @Test
    void anApproximationWithTheUsersFunctionAndNAndASliceOutsideTheUnitIntervalSurvive(FxRobot robot) throws Exception {
        choose(robot, "#network-presets", "stairs");
        choose(robot, "#approximation-function", deepmath.nn.ApproximationTarget.WAVES);
        robot.interact(() -> robot.lookup("#approximation-steps").queryAs(javafx.scene.control.Slider.class).setValue(5));
        WaitForAsyncUtils.waitForFxEvents();
        NetworkModel.Snapshot before = WaitForAsyncUtils.asyncFx(() -> stages.lab().model().snapshot()).get();
        assertEquals(new deepmath.nn.UniversalApproximation(deepmath.nn.ApproximationTarget.WAVES, 5), before.approximation());
        NetworkLab other = roundTrip();
        assertEquals(before, WaitForAsyncUtils.asyncFx(() -> other.model().snapshot()).get());
        assertEquals(5.0, robot.from(stages.fresh().getScene().getRoot()).lookup("#approximation-steps")
                .queryAs(javafx.scene.control.Slider.class).getValue());
        assertEquals(other.approximation().shownError(), stages.lab().approximation().shownError());

        // the ReLU neuron of three inputs (ch. 6, line 6360) on its slice z = 4: outside the old range [−0.5, 1.5]
        choose(robot, "#network-presets", "relu-3d");
        robot.interact(() -> stages.lab().model().sliceProperty().set(4));
        NetworkModel.Snapshot sliced = WaitForAsyncUtils.asyncFx(() -> stages.lab().model().snapshot()).get();
        assertEquals(4, sliced.slice());
        assertEquals(null, sliced.approximation());
        NetworkLab third = roundTrip();
        assertEquals(sliced, WaitForAsyncUtils.asyncFx(() -> third.model().snapshot()).get());
        assertTrue(stages.errors().isEmpty(), stages.errors().toString());
    }

    @Test
    void aSessionsApproximationMustNameAFunctionOfTheNetworksInputsAndAnNInItsRange(FxRobot robot) throws Exception {
        choose(robot, "#network-presets", "stairs"); // one input
        com.fasterxml.jackson.databind.node.ObjectNode saved = WaitForAsyncUtils.asyncFx(stages.lab()::saveState).get();
        saved.putObject("approximation").put("function", "waves").put("n", 5); // a function of two variables
        deepmath.core.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                deepmath.core.BadInputException.class, () -> stages.lab().prepareRestore(saved));
        assertTrue(e.getMessage().contains("1 input"), e.getMessage());
        saved.putObject("approximation").put("function", "book-6254").put("n", 101); // the book's n stops at 100
        org.junit.jupiter.api.Assertions.assertThrows(deepmath.core.BadInputException.class, () -> stages.lab().prepareRestore(saved));
        saved.putObject("approximation").put("function", "book-6254").put("n", 50);
        assertNotNull(stages.lab().prepareRestore(saved));
    }

    /** Saves this lab's session to a file and restores it into a fresh window's lab. */
    private NetworkLab roundTrip() throws Exception {
        return stages.restoredThroughAFile("network");
    }
}
