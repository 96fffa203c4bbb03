package deepmath.app.probability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import deepmath.app.lab.LabRoundTripStages;
import deepmath.app.network.NetworkLab;
import deepmath.core.BadInputException;
import deepmath.viz.plot.PlotCanvas;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
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
 * The Probabilities tab used as a reader does (scores typed, a prediction dragged, another method, the normal
 * law's sliders, the dropout's p and step), its totals checked against the book, then saved with the network
 * lab's session and restored into a fresh lab: both tabs' {@link ProbabilityState} snapshots are equal.
 */
@ExtendWith(ApplicationExtension.class)
class ProbabilitySessionRoundTripTest {
    @RegisterExtension
    final LabRoundTripStages<NetworkLab> stages = new LabRoundTripStages<>(NetworkLab::new, 1280, 860);

    @Start
    void start(Stage stage) {
        stages.start(stage);
    }

    private void section(FxRobot robot, ProbabilitySection section) {
        robot.interact(() -> {
            robot.lookup("#lab-network").queryAs(TabPane.class).getSelectionModel().select(1);
            robot.lookup("#prob-sections").queryAs(TabPane.class).getSelectionModel().select(section.ordinal());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theBooksTotalsThenADragThenARoundTrip(FxRobot robot) throws Exception {
        section(robot, ProbabilitySection.LOSSES);
        // the book's vectors, line 16621: 0.08 and 0.24
        assertEquals("0.0800", text(robot, "#prob-loss-total-mse"));
        assertEquals("0.2400", text(robot, "#prob-loss-total-mae"));
        assertEquals("—", text(robot, "#prob-loss-total-bce"), "1.2 is no probability");
        // drag the third prediction (4.5) up to the target 5: its squared term vanishes
        PlotCanvas plot = robot.lookup("#prob-loss-plot").queryAs(PlotCanvas.class);
        Point2D from = WaitForAsyncUtils.asyncFx(() -> plot.localToScreen(plot.transform().toPixels(3, 4.5))).get();
        Point2D to = WaitForAsyncUtils.asyncFx(() -> plot.localToScreen(plot.transform().toPixels(3, 5))).get();
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double third = stages.lab().probabilities().state().lossesProperty().get().predicted().get(2);
        assertEquals(5, third, 0.05, "the dragged prediction follows the pointer");
        double expected = (0.04 + 0.01 + Math.pow(5 - third, 2) + 0.01 + 0.09) / 5;
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", expected), text(robot, "#prob-loss-total-mse"));

        section(robot, ProbabilitySection.SOFTMAX);
        robot.interact(() -> robot.lookup("#prob-softmax-scores").queryAs(TextField.class).setText("1, 2, 3"));
        robot.interact(() -> robot.lookup("#prob-softmax-temperature").queryAs(Slider.class).setValue(2));
        section(robot, ProbabilitySection.NORMAL);
        robot.interact(() -> robot.lookup("#prob-normal-sigma").queryAs(Slider.class).setValue(10));
        section(robot, ProbabilitySection.DROPOUT);
        robot.interact(() -> robot.lookup("#prob-dropout-step").queryAs(Slider.class).setValue(4));
        section(robot, ProbabilitySection.NORMALISATION);
        robot.interact(() -> stages.lab().probabilities().state().normalisationProperty().set(new ProbabilityState
                .NormalisationSettings(stages.lab().probabilities().state().normalisationProperty().get().values(),
                deepmath.probability.Normalisation.MINMAX)));

        ProbabilityState.Snapshot before = WaitForAsyncUtils.asyncFx(() -> stages.lab().probabilities().state().snapshot()).get();
        assertEquals(ProbabilitySection.NORMALISATION, before.section());
        assertEquals(List.of(1.0, 2.0, 3.0), before.softmax().scores());
        assertEquals(2, before.softmax().temperature());
        assertEquals(10, before.normal().sigma());
        assertEquals(4, before.dropout().step());
        assertNotEquals(ProbabilityState.Snapshot.DEFAULT, before);

        NetworkLab other = stages.restoredThroughAFile("network");
        assertEquals(before, WaitForAsyncUtils.asyncFx(() -> other.probabilities().state().snapshot()).get());
        assertEquals("1, 2, 3", robot.from(stages.fresh().getScene().getRoot()).lookup("#prob-softmax-scores")
                .queryAs(TextField.class).getText());
        assertTrue(stages.errors().isEmpty(), stages.errors().toString());
    }

    @Test
    void aDamagedPartIsRefusedNamingItsField() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("{\"section\": \"softmax\", \"softmax\": {\"scores\": \"1, x\","
                + " \"temperature\": 1}}");
        BadInputException e = assertThrows(BadInputException.class, () -> ProbabilitySession.read(bad));
        assertTrue(e.getMessage().contains("network.probabilities.softmax.scores"), e.getMessage());
        JsonNode hot = new ObjectMapper().readTree("{\"softmax\": {\"scores\": \"1\", \"temperature\": 50}}");
        assertThrows(BadInputException.class, () -> ProbabilitySession.read(hot));
        JsonNode section = new ObjectMapper().readTree("{\"section\": \"entropy\"}");
        assertThrows(BadInputException.class, () -> ProbabilitySession.read(section));
        assertEquals(ProbabilityState.Snapshot.DEFAULT, ProbabilitySession.read(null), "older sessions: the book's");
    }
}
