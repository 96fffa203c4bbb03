package deepmath.app.ui;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The two guards of issue 15 on the real window, one test per lab (and one for the shell): every visible
 * text is translated, nothing is clipped — every tab, in English and in French, at the default size and at
 * 1280×800. One lab alone: {@code mvn -B -o test -Dtest='LabGuardTest#descent'}.
 */
@ExtendWith(ApplicationExtension.class)
class LabGuardTest {
    private EnglishWindow english;

    @Start
    void start(Stage stage) {
        english = EnglishWindow.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        english.close();
    }

    private static void assertClean(GuardReport report) {
        assertAll(
                () -> assertTrue(report.untranslated().isEmpty(),
                        () -> report.describe("untranslated texts", report.untranslated())),
                () -> assertTrue(report.clipped().isEmpty(),
                        () -> report.describe("clipped texts or controls", report.clipped())));
    }

    private void lab(LabId id) {
        assertClean(new GuardDriver(english.window()).lab(id));
    }

    @Test
    void shell() {
        assertClean(new GuardDriver(english.window()).shell());
    }

    @Test
    void surfaces() {
        lab(LabId.SURFACES);
    }

    @Test
    void levelSets() {
        lab(LabId.LEVEL_SETS);
    }

    @Test
    void descent() {
        lab(LabId.DESCENT);
    }

    @Test
    void network() {
        lab(LabId.NETWORK);
    }

    @Test
    void digits() {
        lab(LabId.DIGITS);
    }

    @Test
    void convolution() {
        lab(LabId.CONVOLUTION);
    }

    @Test
    void attention() {
        lab(LabId.ATTENTION);
    }
}
