package deepmath.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.LabId;
import deepmath.core.BadInputException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The shell's dialogs speak the lab's language, stock buttons included, and list every lab's shortcut. */
@ExtendWith(ApplicationExtension.class)
class ShellDialogsTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private DialogPane shown(Runnable open) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            english.window().setLanguage(Locale.FRENCH);
            open.run();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w != english.window().stage() && w.isShowing())
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow()).get(10, TimeUnit.SECONDS);
    }

    private static List<String> buttons(DialogPane pane) {
        return pane.lookupAll(".button").stream().filter(n -> n instanceof Button)
                .map(n -> ((Button) n).getText()).toList();
    }

    @Test
    void shortcutsInFrenchCloseWithFermerAndReachTheLastLab() throws Exception {
        DialogPane pane = shown(english.window()::showShortcuts);
        assertEquals(List.of("Fermer"), buttons(pane));
        int labs = LabId.values().length;
        List<String> texts = pane.lookupAll(".label").stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(texts.contains("Aller au laboratoire 1 … " + labs), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("+" + labs)), texts.toString());
    }

    @Test
    void aboutInFrenchClosesWithFermer() throws Exception {
        assertEquals(List.of("Fermer"), buttons(shown(english.window()::showAbout)));
    }

    @Test
    void errorDetailsLinkIsFrenchAndFollowsTheExpansion() throws Exception {
        DialogPane pane = shown(() -> new ErrorDialog(english.window().i18n().messages("shell"),
                new deepmath.app.task.ErrorText(english.window().i18n()), english.window()::stage).report("Ouvrir un fichier", new BadInputException("Ce laboratoire ne sait pas ouvrir « x ».")));
        Hyperlink details = (Hyperlink) pane.lookup(".details-button");
        assertEquals("Afficher les détails", details.getText());
        WaitForAsyncUtils.asyncFx(details::fire).get(10, TimeUnit.SECONDS);
        assertEquals("Masquer les détails", details.getText());
        assertTrue(pane.isExpanded());
        assertEquals(List.of("Fermer"), buttons(pane));
    }
}
