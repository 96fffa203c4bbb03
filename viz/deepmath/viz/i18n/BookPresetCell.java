package deepmath.viz.i18n;

import deepmath.core.BookPreset;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * Shows a book preset as "Ch. 8 · name" in the current language, and again in the new one after a live switch
 * (its text is bound to the language). {@code chapterKey} names the bundle's chapter pattern; {@code emptyKey},
 * when not null, is shown while nothing is chosen (a combo box's button).
 */
public final class BookPresetCell<T extends BookPreset> extends ListCell<T> {
    private final Messages messages;
    private final I18n i18n;
    private final String chapterKey;
    private final String emptyKey;

    public BookPresetCell(Messages messages, I18n i18n, String chapterKey, String emptyKey) {
        this.messages = messages;
        this.i18n = i18n;
        this.chapterKey = chapterKey;
        this.emptyKey = emptyKey;
    }

    @Override
    protected void updateItem(T preset, boolean empty) {
        super.updateItem(preset, empty);
        textProperty().unbind();
        if (empty || preset == null) {
            if (emptyKey == null) {
                setText(null);
            } else {
                textProperty().bind(messages.text(emptyKey));
            }
        } else {
            textProperty().bind(Bindings.createStringBinding(() -> name(preset, messages, i18n, chapterKey),
                    i18n.localeProperty()));
        }
    }

    /** The preset's name as the cells show it, for a combo box's converter (what it says for its value). */
    public static <T extends BookPreset> StringConverter<T> converter(Messages messages, I18n i18n, String chapterKey) {
        return new StringConverter<>() {
            @Override
            public String toString(T preset) {
                return preset == null ? "" : name(preset, messages, i18n, chapterKey);
            }

            @Override
            public T fromString(String text) {
                return null;   // names are shown, never typed
            }
        };
    }

    private static String name(BookPreset preset, Messages messages, I18n i18n, String chapterKey) {
        return messages.get(chapterKey, preset.chapter()) + " · " + messages.get("preset." + preset.key());
    }
}
