package deepmath.app.tensor;

import deepmath.core.BookPreset;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The tab's preset boxes: "Ch. 15 · name" in the current language, the button's name on two lines if needed, and
 * "your own tensors" as the prompt while no preset is chosen (after an edit).
 */
final class PresetNames {
    private PresetNames() {
    }

    /**
     * Not BookPresetCell: its bound empty text clashes with the combo box setting its button's text when the
     * value is cleared (an edit leaves the preset); the prompt says "your own" then.
     */
    static <T extends BookPreset> void cells(ComboBox<T> box, Messages text) {
        box.setMaxWidth(Double.MAX_VALUE);
        Translated.cells(box, p -> Bindings.createStringBinding(() -> text.get("preset.chapter", p.chapter()) + " · "
                + text.get("preset." + p.key()), text.language()));
        ((ListCell<T>) box.getButtonCell()).setWrapText(true);
        box.promptTextProperty().bind(text.text("preset.none"));
        box.setMinHeight(50);
        box.setPrefHeight(50);
    }
}
