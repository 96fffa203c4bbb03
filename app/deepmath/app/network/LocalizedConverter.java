package deepmath.app.network;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * A combo box's names read from the bundles. A language switch calls {@link #relabel}: a new converter
 * instance makes the box redraw its button and list in the new language (the same instance would not).
 */
final class LocalizedConverter<T> extends StringConverter<T> {
    private final Function<T, String> name;

    private LocalizedConverter(Function<T, String> name) {
        this.name = name;
    }

    static <T> void install(ComboBox<T> box, Function<T, String> name) {
        box.setConverter(new LocalizedConverter<>(name));
    }

    /** Redraws the box's texts (after a language switch). */
    static <T> void relabel(ComboBox<T> box) {
        if (box.getConverter() instanceof LocalizedConverter<T> c) {
            box.setConverter(new LocalizedConverter<>(c.name));
        }
        // the button shows the value's text as it was when the value was set: set it again (callers that
        // act on a value change ignore this one); the list's cells are rebuilt with the new converter
        T value = box.getValue();
        box.setValue(null);
        box.setValue(value);
        java.util.List<T> items = new java.util.ArrayList<>(box.getItems());
        box.getItems().setAll(items);
        box.setValue(value);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : name.apply(value);
    }

    @Override
    public T fromString(String s) {
        return null;
    }
}
