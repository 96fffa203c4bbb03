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
