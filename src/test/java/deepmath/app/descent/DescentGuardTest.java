package deepmath.app.descent;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.app.ui.GuardDriver;
import deepmath.descent.DescentPreset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The two guards (every text translated, nothing clipped; both languages, default size and 1280×800) on the
 * descent lab after steps, where the table, legends, readout and stop reasons have content — the lab's tour in
 * {@code LabGuardTest} sees it only as it opens.
 */
@ExtendWith(ApplicationExtension.class)
class DescentGuardTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private void afterSteps(FxRobot robot, String presetId, List<String> racers, int steps) {
        robot.interact(() -> english.window().selectLab(LabId.DESCENT));
        DescentPanel panel = robot.lookup("#lab-descent").queryAs(DescentPanel.class);
        DescentPreset preset = DescentPreset.all().stream().filter(p -> p.id().equals(presetId)).findFirst().orElseThrow();
        robot.interact(() -> {
            panel.state().applyPreset(preset);
            panel.controls().race.forEach((kind, box) -> box.setSelected(racers.contains(kind.key())));
            for (int k = 0; k < steps; k++) {
                panel.state().step();
            }
        });
        new GuardDriver(english.window()).lab(LabId.DESCENT).assertClean();
    }

    @Test
    void theBooksRunAfterThreeSteps(FxRobot robot) {
        afterSteps(robot, "book-2-1", List.of(), 3);
    }

    @Test
    void aRaceOfEveryMethodInTheNarrowValley(FxRobot robot) {
        afterSteps(robot, "narrow-valley", List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"), 40);
    }

    @Test
    void aDivergingRunWithItsAdvice(FxRobot robot) {
        afterSteps(robot, "step-diverges", List.of(), 200);
    }

    @Test
    void kerasScheduleWithItsDecayMenuShown(FxRobot robot) {
        // the α menu appears only for keras's decrease (and β for the exponential): the tour never opens it
        robot.interact(() -> english.window().selectLab(LabId.DESCENT));
        DescentPanel panel = robot.lookup("#lab-descent").queryAs(DescentPanel.class);
        robot.interact(() -> panel.state().setSchedule(deepmath.descent.StepSchedule.Kind.KERAS, 1e-4));
        org.junit.jupiter.api.Assertions.assertTrue(panel.controls().scheduleParameter.isVisible());
        afterSteps(robot, "book-2-1", List.of(), 0);
        robot.interact(() -> panel.state().setSchedule(deepmath.descent.StepSchedule.Kind.KERAS, 1e-4));
        new GuardDriver(english.window()).lab(LabId.DESCENT).assertClean();
    }

    @Test
    void theCurveOfAFunctionOfOneVariableWithARace(FxRobot robot) {
        afterSteps(robot, "quartic-m0.5", List.of("sgd", "momentum", "adam"), 6);
    }

    @Test
    void theBatchSizesComparedAndThePlaneFit(FxRobot robot) {
        afterSteps(robot, "circle-6-compare", List.of(), 12);
        afterSteps(robot, "parabola-compare", List.of(), 8);
        afterSteps(robot, "plane-5", List.of(), 5);
    }

    @Test
    void theRegressionAndTheCircle(FxRobot robot) {
        afterSteps(robot, "regression-sgd", List.of(), 5);
        afterSteps(robot, "circle-100-k10", List.of(), 5);
    }
}
