package deepmath.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "long work finished" message (ControlsFX Notifications) shows the bundles' texts over the window and
 * follows a language switch while it is shown.
 */
@ExtendWith(ApplicationExtension.class)
class DoneNotificationsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    private static List<String> shownTexts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup("#done-notification"))
                .filter(n -> n != null)
                .flatMap(n -> n.lookupAll(".label").stream())
                .map(n -> ((Label) n).getText())
                .toList()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theDigitsTrainingMessageIsShownInTheBundlesWordsAndFollowsTheLanguage() throws Exception {
        I18n i18n = new I18n(Locale.ENGLISH);
        Messages digits = i18n.messages("digits");
        DoneNotifications notifier = new DoneNotifications(stage);
        WaitForAsyncUtils.asyncFx(() -> notifier.finished(digits.text("train.notify.title"),
                digits.text("train.done", 3, "97.40"))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Digits: training finished",
                "Done. Epochs: 3; held-out accuracy: 97.40 %. The new network now reads the digits."), shownTexts());

        WaitForAsyncUtils.asyncFx(() -> i18n.setLocale(Locale.FRENCH)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Chiffres : entraînement terminé",
                "Terminé. Époques : 3 ; précision sur le test : 97.40 %. Le nouveau réseau lit désormais les chiffres."),
                shownTexts());
    }

    /** What each label of the shown message displays (a label given too little room ends in "..."). */
    private static List<String> displayedTexts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup("#done-notification"))
                .filter(n -> n != null)
                .flatMap(n -> n.lookupAll(".label").stream())
                .flatMap(label -> label.lookupAll(".text").stream())
                .map(t -> ((javafx.scene.text.Text) t).getText().replace("\n", " ").replaceAll(" +", " ").trim())
                .toList()).get(10, TimeUnit.SECONDS);
    }

    /** The attention lab's "model opened" message is longer than one line: it wraps, it is not cut (CI saw it cut). */
    @Test
    void aLongMessageWrapsInsteadOfBeingCut() throws Exception {
        String text = "Model: kjv-gpt2 · 2 layers × 4 heads · n = 256 · 2.7 M parameters, opened from a folder";
        DoneNotifications notifier = new DoneNotifications(stage);
        javafx.beans.property.StringProperty shown = new javafx.beans.property.SimpleStringProperty(text);
        WaitForAsyncUtils.asyncFx(() -> notifier.finished(new javafx.beans.property.SimpleStringProperty("Model opened"),
                shown)).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 15; i++) {   // while the box slides in, and once it is in
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            assertEquals(List.of("Model opened", text), displayedTexts(), "after " + (i + 1) * 100 + " ms");
        }
        // a language switch while it is shown changes the text's length: it still wraps whole
        String longer = text + ", with its tokenizer and its training log";
        WaitForAsyncUtils.asyncFx(() -> shown.set(longer)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Model opened", longer), displayedTexts());
    }

    @Test
    void nothingIsShownForAWindowThatIsClosed() throws Exception {
        Messages attention = new I18n(Locale.ENGLISH).messages("attention");
        DoneNotifications notifier = new DoneNotifications(stage);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            notifier.finished(attention.text("model.notify.title"), attention.text("model.none"));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shownTexts().isEmpty(), shownTexts().toString());
    }

    @Test
    void theBoxIsPaintedWithTheThemesColoursInBothThemes() throws Exception {
        String before = javafx.application.Application.getUserAgentStylesheet();
        try {
            for (boolean dark : new boolean[] {false, true}) {
                WaitForAsyncUtils.asyncFx(() -> {
                    Theme.apply(stage.getScene(), dark);
                    new DoneNotifications(stage).finished(new javafx.beans.property.SimpleStringProperty("title"),
                            new javafx.beans.property.SimpleStringProperty("text"));
                }).get(10, TimeUnit.SECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                Color[] colours = WaitForAsyncUtils.asyncFx(() -> {
                    javafx.scene.Node content = Window.getWindows().stream().filter(Window::isShowing)
                            .map(w -> w.getScene().getRoot().lookup("#done-notification")).filter(n -> n != null)
                            .reduce((a, b) -> b).orElseThrow();
                    javafx.scene.Node pane = content;
                    while (!pane.getStyleClass().contains("pane") || pane.getParent() == null
                            || !pane.getParent().getStyleClass().contains("notification-bar")) {
                        pane = pane.getParent();
                    }
                    javafx.scene.layout.Background background = ((javafx.scene.layout.Region) pane).getBackground();
                    if (background == null) {
                        return new Color[] {Color.TRANSPARENT, Color.TRANSPARENT};
                    }
                    java.util.List<javafx.scene.layout.BackgroundFill> fills = background.getFills();
                    Label title = (Label) content.lookup(".done-notification-title");
                    return new Color[] {(Color) fills.get(fills.size() - 1).getFill(), (Color) title.getTextFill()};
                }).get(10, TimeUnit.SECONDS);
                Color box = colours[0];
                assertEquals(1, box.getOpacity(), 1e-9, "an opaque box, not text over the window: " + box);
                assertTrue(dark ? box.getBrightness() < 0.3 : box.getBrightness() > 0.9, dark + ": " + box);
                assertTrue(Math.abs(colours[1].getBrightness() - box.getBrightness()) > 0.5,
                        "the title reads on the box: " + colours[1] + " on " + box);
            }
        } finally {
            WaitForAsyncUtils.asyncFx(() -> javafx.application.Application.setUserAgentStylesheet(before))
                    .get(10, TimeUnit.SECONDS);
        }
    }
}
