package deepmath.viz.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The bundle-bound controls follow a live language switch, the item names of combo and choice boxes included. */
@ExtendWith(ApplicationExtension.class)
class TranslatedTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final Messages digits = i18n.messages("digits");

    @Test
    void labelsButtonsCheckBoxesAndTooltipsFollowTheSwitch() throws Exception {
        Label label = Translated.label(digits, "toolbar.model");
        int[] clicks = {0};
        Button button = Translated.button(digits, "toolbar.load", () -> clicks[0]++);
        CheckBox box = Translated.checkBox(digits, "model.cnn");
        Tooltip tip = Translated.tooltip(digits, "model.dense");
        assertEquals(List.of("Network that reads:", "Load weights…", "convolutional network (CNN)",
                "dense network 784-128-10"), List.of(label.getText(), button.getText(), box.getText(), tip.getText()));
        i18n.setLocale(Locale.FRENCH);
        assertEquals(List.of("Réseau qui lit :", "Charger des poids…", "réseau convolutif (CNN)",
                "réseau dense 784-128-10"), List.of(label.getText(), button.getText(), box.getText(), tip.getText()));
        button.fire();
        assertEquals(1, clicks[0]);
    }

    @Test
    void aHeadingIsASectionTitleThatWrapsAndFollowsTheSwitch() {
        Label heading = Translated.heading(i18n.messages("descent"), "section.preset");
        assertEquals("Examples from the book…", heading.getText());
        assertEquals(List.of("label", "section-title"), heading.getStyleClass());
        assertEquals(true, heading.isWrapText());
        i18n.setLocale(Locale.FRENCH);
        assertEquals("Exemples du livre…", heading.getText());
    }

    @Test
    void aComboBoxShowsItsValueInTheNewLanguageWithoutTheValueBeingSetAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll("dense", "cnn");
            Translated.cells(box, digits, k -> "model." + k);
            box.setValue("cnn");
            new javafx.scene.Scene(new javafx.scene.layout.StackPane(box));
            box.applyCss();   // the skin shows the value in the button cell
            List<String> changes = new java.util.ArrayList<>();
            box.valueProperty().addListener((o, was, now) -> changes.add(String.valueOf(now)));
            assertEquals("convolutional network (CNN)", box.getButtonCell().getText());
            i18n.setLocale(Locale.FRENCH);
            assertEquals("réseau convolutif (CNN)", box.getButtonCell().getText());
            assertEquals("réseau dense 784-128-10", box.getConverter().toString("dense"));
            assertEquals(List.of(), changes, "the value never changed (listeners act on a change)");
        }).get();
    }

    @Test
    void aChoiceBoxGetsItsNamesAgainAndKeepsItsValue() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ChoiceBox<String> box = new ChoiceBox<>();
            box.getItems().setAll("dense", "cnn");
            Translated.names(box, digits, k -> "model." + k);
            box.setValue("dense");
            var before = box.getConverter();
            assertEquals("dense network 784-128-10", before.toString("dense"));
            System.gc();   // the language holds its listener weakly: the box keeps it alive
            i18n.setLocale(Locale.FRENCH);
            assertEquals("réseau dense 784-128-10", box.getConverter().toString(box.getValue()));
            assertEquals("dense", box.getValue());
            assertEquals(false, before == box.getConverter(), "a new converter, so that the box redraws");
        }).get();
    }

    @Test
    void aBookPresetComboBoxNamesItsPresetsInTheNewLanguage() throws Exception {
        Messages descent = i18n.messages("descent");
        WaitForAsyncUtils.asyncFx(() -> {
            var parabola = deepmath.descent.DescentPreset.all().stream()
                    .filter(p -> p.key().equals("parabola")).findFirst().orElseThrow();
            ComboBox<deepmath.descent.DescentPreset> box = new ComboBox<>();
            box.getItems().setAll(deepmath.descent.DescentPreset.all());
            box.setButtonCell(new BookPresetCell<>(descent, i18n, "preset.chapter", "section.preset"));
            box.setConverter(BookPresetCell.converter(descent, i18n, "preset.chapter"));
            new javafx.scene.Scene(new javafx.scene.layout.StackPane(box));
            box.applyCss();
            assertEquals("Examples from the book…", box.getButtonCell().getText());
            box.setValue(parabola);
            box.applyCss();
            String english = "Ch. " + parabola.chapter() + " · a² + 1 from a0 = 2, δ = 0.2 (the book’s table)";
            assertEquals(english, box.getButtonCell().getText());
            assertEquals(english, box.getConverter().toString(parabola));
            i18n.setLocale(Locale.FRENCH);
            String french = "Chap. " + parabola.chapter() + " · a² + 1 depuis a0 = 2, δ = 0.2 (tableau du livre)";
            assertEquals(french, box.getButtonCell().getText(), "the button follows the switch by itself");
            assertEquals(french, box.getConverter().toString(parabola));
        }).get();
    }

    @Test
    void aComboBoxItemNamedWithArgumentsFollowsTheSwitch() throws Exception {
        Messages network = i18n.messages("network");
        WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<Double> box = new ComboBox<>();
            box.getItems().setAll(0.0, 50.0);
            Translated.cells(box, v -> v == 0 ? network.text("training.decayNone")
                    : network.text("training.decayEpochs", v.intValue()));
            box.setValue(50.0);
            new javafx.scene.Scene(new javafx.scene.layout.StackPane(box));
            box.applyCss();
            assertEquals("τ = 50 epochs", box.getButtonCell().getText());
            assertEquals("No", box.getConverter().toString(0.0));
            i18n.setLocale(Locale.FRENCH);
            assertEquals("τ = 50 époques", box.getButtonCell().getText());
            assertEquals("Non", box.getConverter().toString(0.0));
            assertEquals(50.0, box.getValue());
        }).get();
    }
}
