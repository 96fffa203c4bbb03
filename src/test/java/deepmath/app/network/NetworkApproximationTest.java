package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import deepmath.nn.ApproximationTarget;
import deepmath.nn.Network;
import deepmath.nn.UniversalApproximation;
import deepmath.viz.network.Handle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Universal approximation as a user drives it (ch. 6, line 6254: the book's f on [2, 10], n = 5 … 100): the steps
 * preset opens with n = 20, the n slider rebuilds the network, the error shown is the network's and falls with
 * n; another f (one or two variables) builds its own network; and the slice of 3-input networks runs over y's
 * interval.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkApproximationTest {
    @RegisterExtension
    final EnglishLabStage<NetworkLab> shown = EnglishLabStage.of(NetworkLab::new);

    private void load(String key) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset(key)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void steps(FxRobot robot, int n) {
        robot.interact(() -> robot.lookup("#approximation-steps").queryAs(Slider.class).setValue(n));
    }

    @SuppressWarnings("unchecked")
    private void function(FxRobot robot, ApproximationTarget target) {
        robot.interact(() -> robot.lookup("#approximation-function").queryAs(ComboBox.class).setValue(target));
    }

    @Test
    void theStepsPresetIsTheBooksTwentyStepsAndTheSliderRebuildsTheNetwork(FxRobot robot) throws Exception {
        load("stairs");
        NetworkModel model = shown.lab().model();
        assertEquals(UniversalApproximation.book(), model.approximationProperty().get());
        assertTrue(robot.lookup("#network-approximation").query().isVisible());
        assertEquals("n = 20", robot.lookup("#approximation-n").queryAs(Label.class).getText());
        UniversalApproximation.Error at20 = shown.lab().approximation().shownError();
        assertEquals(UniversalApproximation.book().error(UniversalApproximation.book().network()), at20);

        steps(robot, 50); // one of the book's n (line 6284)
        Network net = model.network();
        assertEquals(100, net.layer(0).neurons());
        assertEquals(new UniversalApproximation(ApproximationTarget.BOOK_6254, 50), model.approximationProperty().get());
        UniversalApproximation.Error at100 = shown.lab().approximation().shownError();
        assertTrue(at100.max() < at20.max() && at100.mean() < at20.mean(), at100 + " vs " + at20);
        String text = robot.lookup("#approximation-error").queryAs(Label.class).getText();
        assertTrue(text.contains(String.format(java.util.Locale.ENGLISH, "%.3f", at100.max())), text);
        assertEquals("stairs", model.presetProperty().get());
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void theErrorShownIsTheEditedNetworksNotTheOneItWasBuiltAs(FxRobot robot) throws Exception {
        load("stairs");
        UniversalApproximation.Error built = shown.lab().approximation().shownError();
        // the output bias −Σ f(xᵢ) moved by 1: F is 1 higher everywhere on [2, 10]
        Handle outputBias = new Handle(1, 0, -1);
        robot.interact(() -> shown.lab().model().setValue(outputBias, shown.lab().model().value(outputBias) + 1));
        UniversalApproximation.Error edited = shown.lab().approximation().shownError();
        assertTrue(Math.abs(edited.mean() - built.mean()) > 0.05, edited + " vs " + built);
        assertEquals(UniversalApproximation.book().error(shown.lab().model().network()), edited);
    }

    @Test
    void anotherFunctionBuildsItsOwnNetworkInOneOrTwoVariables(FxRobot robot) throws Exception {
        load("stairs");
        NetworkModel model = shown.lab().model();
        function(robot, ApproximationTarget.SINE);
        assertEquals(ApproximationTarget.SINE, model.approximationProperty().get().target());
        assertEquals(Math.sin(1), model.network().output(1)[0],
                2 * Math.PI / model.approximationProperty().get().steps()); // within a step of sin
        assertEquals(0 - 2 * Math.PI / 16, model.domainProperty().get()[0], 1e-12); // [0, 2π] and its margin

        function(robot, ApproximationTarget.WAVES);
        assertEquals(2, model.network().inputs());
        assertEquals("towers", model.presetProperty().get());
        steps(robot, 7);
        assertEquals(49, model.network().layer(1).neurons()); // 7 × 7 towers
        assertEquals(new UniversalApproximation(ApproximationTarget.WAVES, 7).error(model.network()),
                shown.lab().approximation().shownError());
        // another preset: no approximation, the bar goes
        load("triangle");
        assertNull(model.approximationProperty().get());
        assertFalse(robot.lookup("#network-approximation").query().isVisible());
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void theSliceOfAThreeInputNetworkRunsOverYsIntervalFromItsMiddle(FxRobot robot) throws Exception {
        load("relu-3d"); // line 6360: F(2, 3, 4) = 2 on [−5, 5]³
        Slider slice = robot.lookup("#network-slice").queryAs(Slider.class);
        assertEquals(-5, slice.getMin());
        assertEquals(5, slice.getMax());
        assertEquals(0, shown.lab().model().sliceProperty().get());
        robot.interact(() -> slice.setValue(4)); // the old slider stopped at 1.5
        assertEquals(4, shown.lab().model().sliceProperty().get());
        load("or-three"); // x ∨ y ∨ z on the unit cube (line 4411)
        assertEquals(-0.5, slice.getMin());
        assertEquals(1.5, slice.getMax());
        assertEquals(0.5, shown.lab().model().sliceProperty().get());
    }
}
