package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.shell.EnglishWindow;
import deepmath.descent.Iterate;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The descent lab opened by keyboard navigation from another lab: the table the user sees follows
 * the steps, like the readout.
 */
@ExtendWith(ApplicationExtension.class)
class DescentNavigationTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @Test
    void openedFromTheNetworkLabByCtrl3TheTableShowsEveryStep(FxRobot robot) {
        openFromTheNetworkLabAndStep(robot, 3);
        Label status = robot.lookup("#descent-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("k = 3"), status.getText());
        @SuppressWarnings("unchecked")
        TableView<Iterate> table = robot.lookup("#iterate-table").queryAs(TableView.class);
        assertEquals(4, table.getItems().size(), "P(0) and three steps in the table's items");
        assertEquals(Set.of("0", "1", "2", "3"), shownIndices(table), "the rows drawn on screen");
    }

    @Test
    void stepsByTheKeyboardAndByPlayAreInTheTableToo(FxRobot robot) throws Exception {
        robot.clickOn("#nav-network");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button step = robot.lookup("#descent-step-button").queryAs(javafx.scene.control.Button.class);
        robot.interact(step::requestFocus);
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.SPACE);
        }
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Iterate> table = robot.lookup("#iterate-table").queryAs(TableView.class);
        Label status = robot.lookup("#descent-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("k = 3"), status.getText());
        assertEquals(Set.of("0", "1", "2", "3"), shownIndices(table), "three steps by Space");

        robot.clickOn("#descent-play");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> table.getItems().size() >= 6);
        robot.interact(() -> robot.lookup("#descent-play").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        int k = Integer.parseInt(status.getText().lines().findFirst().orElseThrow().substring("k = ".length()));
        assertTrue(k >= 5, "played on: k = " + k);
        assertEquals(k + 1, table.getItems().size(), "P(0) … P(k) after Play and Pause");
        assertTrue(shownIndices(table).contains(String.valueOf(k)), "the last row is scrolled to: " + shownIndices(table));
    }

    /** The path: the network lab first, Ctrl+3 to the descent lab, then Step clicked {@code steps} times. */
    static void openFromTheNetworkLabAndStep(FxRobot robot, int steps) {
        robot.clickOn("#nav-network");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < steps; i++) {
            robot.clickOn("#descent-step-button");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the k column's cells that are drawn (visible and non-empty). */
    static Set<String> shownIndices(TableView<?> table) {
        Set<String> shown = new TreeSet<>();
        for (var node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()
                    && cell.getTableColumn() == table.getColumns().get(0) && cell.getText() != null
                    && cell.getTableRow() != null && cell.getTableRow().isVisible()) {
                shown.add(cell.getText());
            }
        }
        return shown;
    }
}
