package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.app.shell.EnglishWindow;
import java.util.Set;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The descent lab opened by navigation, painted by the real window system (Glass under Xvfb, as a user's
 * desktop; Monocle repaints differently and never showed the defect): the screen shows every step.
 */
@Tag("gl")
@ExtendWith(ApplicationExtension.class)
class DescentNavigationPaintGlTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    /**
     * What the screen shows, not only what the scene graph holds: the defect of issue 15 had the table's items
     * and cells right while the window kept painting the first row only (the table's region was left out of
     * the repainted area after navigation). The table's pixels on screen must match a fresh rendering of it.
     */
    @Test
    void afterNavigationTheScreenShowsTheStepsTheTableHolds(FxRobot robot) {
        DescentNavigationTest.openFromTheNetworkLabAndStep(robot, 3);
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#iterate-table").queryAs(TableView.class);
        assertEquals(Set.of("0", "1", "2", "3"), DescentNavigationTest.shownIndices(table), "the scene graph holds the four rows");
        ScreenPixels.assertScreenShows(robot, table);
    }
}
