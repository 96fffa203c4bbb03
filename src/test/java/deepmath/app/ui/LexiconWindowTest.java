package deepmath.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.convolution.ScreenshotWriter;
import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import deepmath.lexicon.LexiconEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help ▸ Lexicon on the real window: opened from the menu, searched without accents in both languages, a row opens
 * its lab, the headers follow a live language switch, and the two UI guards pass on it.
 */
@ExtendWith(ApplicationExtension.class)
class LexiconWindowTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private Stage lexicon() {
        return (Stage) Window.getWindows().stream().filter(w -> w != english.stage() && w.isShowing())
                .filter(w -> w.getScene().lookup("#lexicon-table") != null).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<LexiconEntry> table() {
        return (TableView<LexiconEntry>) lexicon().getScene().lookup("#lexicon-table");
    }

    private List<String> shown() {
        return table().getItems().stream().map(LexiconEntry::id).toList();
    }

    private void search(FxRobot robot, String text) {
        TextField field = (TextField) lexicon().getScene().lookup("#lexicon-search");
        // opening a lab brought the main window forward; a desktop keeps an owned window above its owner, Monocle not
        robot.interact(() -> {
            lexicon().toFront();
            field.clear();
        });
        robot.clickOn(field).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node firstRow() {
        return table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && !row.isEmpty() && row.getIndex() == 0)
                .findFirst().orElseThrow();
    }

    private LabId shownLab() {
        return english.window().currentLabProperty().get().id();
    }

    private void openFromTheMenu(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("Lexicon, French/English…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void searchedWithoutAccentsARowOpensItsLab(FxRobot robot) throws Exception {
        robot.interact(() -> english.window().selectLab(LabId.SURFACES));
        openFromTheMenu(robot);
        assertEquals("Lexicon, French/English", lexicon().getTitle());
        assertEquals(35, shown().size());
        assertEquals("Terms: 35 of 35", ((Label) lexicon().getScene().lookup("#lexicon-count")).getText());

        search(robot, "epoque");
        assertEquals(List.of("epoch"), shown());
        search(robot, "pas");
        assertEquals(List.of("learning-rate"), shown());
        assertEquals("Terms: 1 of 35", ((Label) lexicon().getScene().lookup("#lexicon-count")).getText());
        robot.doubleClickOn(firstRow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LabId.DESCENT, shownLab(), "learning rate lives first in the descent lab");

        search(robot, "filtre");
        assertEquals(List.of("filter"), shown());
        Button open = (Button) lexicon().getScene().lookup("#lexicon-open");
        assertTrue(open.isDisabled(), "nothing selected yet");
        robot.clickOn(firstRow());
        robot.clickOn(open);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LabId.CONVOLUTION, shownLab());
    }

    @Test
    void headersAndPlacesFollowALiveLanguageSwitch(FxRobot robot) throws Exception {
        openFromTheMenu(robot);
        search(robot, "momentum");
        assertEquals(List.of("momentum"), shown());
        List<String> headers = table().getColumns().stream().map(TableColumn::getText).toList();
        assertEquals(List.of("French", "English", "Note", "Where in the lab"), headers);
        assertEquals("Gradient descent › Momentum", cellText("lexicon-where"));
        WaitForAsyncUtils.asyncFx(() -> english.window().setLanguage(Locale.FRENCH)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Français", "Anglais", "Remarque", "Dans le laboratoire"),
                table().getColumns().stream().map(TableColumn::getText).toList());
        assertEquals("Lexique français/anglais", lexicon().getTitle());
        assertEquals("Descente de gradient › Moment", cellText("lexicon-where"));
        // the book's terms are the same in both languages
        assertEquals("moment", cellText("data-text"));
        // and the French search finds the French term, accents or not
        search(robot, "epoque");
        assertEquals(List.of("epoch"), shown());
        assertEquals("Chiffres › Époques ; Construire un modèle › Époques", cellText("lexicon-where").replace("\n", " ; "));
    }

    /** The text of the first row's cell with the style class {@code styleClass}. */
    private String cellText(String styleClass) {
        return ((javafx.scene.text.Text) firstRow().lookup("." + styleClass + " .lexicon-cell-text")).getText();
    }

    /** Both UI guards at the window's default size, then at its minimum size. */
    @Test
    void guards() {
        new GuardDriver(english.window()).toolWindow("lexicon", w -> w.showLexicon()).assertClean();
        new GuardDriver(english.window()).toolWindow("lexicon at its minimum size", w -> {
            w.showLexicon();
            lexicon().setWidth(deepmath.app.lexicon.LexiconWindow.MIN_WIDTH);
            lexicon().setHeight(deepmath.app.lexicon.LexiconWindow.MIN_HEIGHT);
        }).assertClean();
    }

    /** docs/screenshots/lexicon-en.png and lexicon-fr.png, on demand ({@code -Ddeepmath.screenshots=docs/screenshots}). */
    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path folder = ScreenshotWriter.folderOrSkip();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            robot.interact(() -> {
                english.window().setLanguage(locale);
                english.window().showLexicon();
                lexicon().setX(0);
                lexicon().setY(0);
            });
            search(robot, "gradient");
            robot.interact(() -> table().getSelectionModel().select(1));
            Thread.sleep(400);
            ScreenshotWriter.write(lexicon().getScene(), folder.resolve("lexicon-" + locale.getLanguage() + ".png"));
            robot.interact(() -> lexicon().hide());
        }
    }
}
