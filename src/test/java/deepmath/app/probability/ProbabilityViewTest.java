package deepmath.app.probability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabRoundTripStages;
import deepmath.app.network.NetworkLab;
import deepmath.probability.DropoutMask;
import deepmath.probability.DropoutTraining;
import deepmath.probability.SoftmaxLaw;
import deepmath.viz.probability.DropoutDiagram;
import deepmath.viz.probability.ProbabilityColumns;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Probabilities tab shows what the model computes: softmax's columns, the dropout masks of the training. */
@ExtendWith(ApplicationExtension.class)
class ProbabilityViewTest {
    private final LabRoundTripStages<NetworkLab> stages = new LabRoundTripStages<>(NetworkLab::new, 1280, 860);
    private final List<String> errors = stages.errors();
    private NetworkLab lab;

    @Start
    void start(Stage stage) {
        lab = stages.start(stage);
    }

    @AfterEach
    void close() throws Exception {
        stages.close();
    }

    private void section(FxRobot robot, ProbabilitySection section) {
        robot.interact(() -> {
            robot.lookup("#lab-network").queryAs(TabPane.class).getSelectionModel().select(1);
            robot.lookup("#prob-sections").queryAs(TabPane.class).getSelectionModel().select(section.ordinal());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void softmaxColumnsAreTheBooksLawAndFollowTheTemperature(FxRobot robot) {
        section(robot, ProbabilitySection.SOFTMAX);
        ProbabilityColumns bars = robot.lookup("#prob-softmax-bars").queryAs(ProbabilityColumns.class);
        double[] shown = bars.columns().stream().mapToDouble(ProbabilityColumns.Column::probability).toArray();
        assertArrayEquals(new double[] {0.0059, 0.0008, 0.8746, 0.1184, 0.0003}, shown, 1e-4, "line 16546");
        assertEquals("x3 = 8", bars.columns().get(2).name());
        robot.interact(() -> robot.lookup("#prob-softmax-temperature").queryAs(Slider.class).setValue(3));
        shown = bars.columns().stream().mapToDouble(ProbabilityColumns.Column::probability).toArray();
        assertArrayEquals(new SoftmaxLaw(SoftmaxLaw.BOOK_SCORES, 3).probabilities(), shown, 1e-15);
        robot.interact(() -> robot.lookup("#prob-softmax-scores").queryAs(TextField.class).setText("1, oops"));
        assertEquals(5, bars.columns().size(), "a refused text keeps the last law");
        Label problem = robot.lookup(".error-text").match(n -> ((Label) n).getText().contains("oops"))
                .queryAs(Label.class);
        assertNotNull(problem);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void dropoutTrainsWhenShownAndDrawsEachStepsMasks(FxRobot robot) throws Exception {
        assertEquals(0, WaitForAsyncUtils.asyncFx(() -> stages.tasks().running().size()).get(),
                "nothing trains before the section is shown");
        section(robot, ProbabilitySection.DROPOUT);
        DropoutDiagram diagram = robot.lookup("#prob-dropout-diagram").queryAs(DropoutDiagram.class);
        Label summary = robot.lookup("#prob-dropout-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> summary.getText().contains("0."));
        DropoutTraining.Result expected = DropoutTraining.run(DropoutTraining.Setup.DEFAULT, 0.8);
        for (int step : new int[] {0, 1}) {
            DropoutMask[] masks = expected.dropout().masks().get(step);
            assertArrayEquals(masks[0].kept(), diagram.columns().get(1).active(), "step " + step + ", first layer");
            assertArrayEquals(masks[1].kept(), diagram.columns().get(2).active(), "step " + step + ", second layer");
            robot.interact(() -> robot.lookup("#prob-dropout-next").queryAs(Button.class).fire());
        }
        assertEquals(2, lab.probabilities().state().dropoutProperty().get().step());
        assertArrayEquals(expected.dropout().masks().get(2)[0].kept(), diagram.columns().get(1).active());
        int dropped = 0;
        for (DropoutMask[] masks : expected.dropout().masks().subList(0, 50)) {
            dropped += masks[0].kept().length - masks[0].keptCount();
        }
        assertTrue(dropped > 0, "some neurons are greyed in the first steps");
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
