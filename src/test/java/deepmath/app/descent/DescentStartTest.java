package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.shell.EnglishWindow;
import deepmath.descent.DescentPreset;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A formula not defined at the start point: the lab says so (from its bundle) instead of a divergence. */
@ExtendWith(ApplicationExtension.class)
class DescentStartTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @Test
    void aFormulaUndefinedAtTheStartPointIsNamedInTheStatusLine(FxRobot robot) {
        robot.clickOn("#nav-descent");
        @SuppressWarnings("unchecked")
        ComboBox<DescentPreset> presets = robot.lookup("#descent-presets").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue(DescentPreset.all().get(0)));
        TextField formula = robot.lookup("#descent-formula").queryAs(TextField.class);
        // the book's preset starts at (2, 1), where ln(-a) is not defined
        robot.interact(() -> {
            formula.setText("ln(-a) + b^2");
            formula.fireEvent(new javafx.event.ActionEvent());
        });
        Label status = robot.lookup("#descent-status").queryAs(Label.class);
        assertEquals("f is not defined at the start point (2, 1): choose another start point", status.getText());
        robot.interact(() -> {
            formula.setText("sqrt((a-2)^2 + (b-1)^2)");
            formula.fireEvent(new javafx.event.ActionEvent());
        });
        assertTrue(status.getText().startsWith("f has no gradient at the start point (2, 1)"), status.getText());
    }
}
