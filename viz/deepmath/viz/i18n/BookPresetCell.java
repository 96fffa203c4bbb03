package deepmath.viz.i18n;

import deepmath.core.BookPreset;
import javafx.scene.control.ListCell;

/**
 * Shows a book preset as "Ch. 8 · name" in the current language. {@code chapterKey} names the bundle's
 * chapter pattern; {@code emptyKey}, when not null, is shown while nothing is chosen (a combo box's button).
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
        if (empty || preset == null) {
            setText(emptyKey == null ? null : messages.get(emptyKey));
        } else {
            setText(messages.get(chapterKey, preset.chapter()) + " · " + messages.get("preset." + preset.key()));
        }
    }
}
