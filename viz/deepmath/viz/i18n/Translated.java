package deepmath.viz.i18n;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The controls whose texts come from a bundle and follow a live language switch: labels, buttons, check boxes,
 * tooltips, and the names of a combo or choice box's items. One place, so that no panel writes its own
 * {@code label(key)} helper or anonymous converter that forgets the switch.
 */
public final class Translated {
    /** Where a choice box keeps its language listener (the locale holds it only weakly). */
    private static final String RELABEL = Translated.class.getName() + ".relabel";

    private Translated() {
    }

    /** A label showing {@code key}, never narrower than its text (a label cut to "…" would hide the UI text). */
    public static Label label(Messages text, String key, Object... args) {
        Label label = new Label();
        label.textProperty().bind(text.text(key, args));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A caption or explanation showing {@code key}: it wraps onto as many lines as the width it is given needs (never
     * cut: its height follows its lines), rather than widening its column as a {@link #label} would.
     */
    public static Label wrapped(Messages text, String key, Object... args) {
        Label label = new Label();
        label.textProperty().bind(text.text(key, args));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A section's title in a control column (style class {@code section-title}): it wraps onto more lines in
     * the column's width rather than being cut.
     */
    public static Label heading(Messages text, String key) {
        Label label = new Label();
        label.textProperty().bind(text.text(key));
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A button showing {@code key} that runs {@code action}. */
    public static Button button(Messages text, String key, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(text.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    public static CheckBox checkBox(Messages text, String key) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(text.text(key));
        return box;
    }

    public static Tooltip tooltip(Messages text, String key, Object... args) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.text(key, args));
        return tooltip;
    }

    /**
     * Names a combo box's items through the bundle, {@code key.apply(item)} naming the message: its list and
     * its button are cells bound to the message, so they follow a switch without the value being set again.
     */
    public static <T> void cells(ComboBox<T> box, Messages text, Function<T, String> key) {
        cells(box, item -> text.text(key.apply(item)));
    }

    /**
     * Names a combo box's items with texts that follow the language by themselves: {@code name.apply(item)} is,
     * for instance, {@code text.text("decay.epochs", 50)} (a message with its arguments), or two messages joined.
     * The list and the button are cells bound to that text; the converter says its value of the moment.
     */
    public static <T> void cells(ComboBox<T> box, Function<T, ? extends ObservableStringValue> name) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item).get();
            }

            @Override
            public T fromString(String s) {
                return null;   // names are shown, never typed
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(name.apply(item));
                }
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    /**
     * Names a choice box's items through the bundle. A choice box has no cells to bind: on a language switch
     * it gets a new converter (the same instance would not redraw) and its value again, for the button.
     */
    public static <T> void names(ChoiceBox<T> box, Messages text, Function<T, String> key) {
        box.setConverter(converter(text, key));
        InvalidationListener relabel = o -> {
            T chosen = box.getValue();
            box.setConverter(converter(text, key));
            box.setValue(null);
            box.setValue(chosen);
        };
        box.getProperties().put(RELABEL, relabel);
        text.language().addListener(new WeakInvalidationListener(relabel));
    }

    /** Item names in the language of the moment: {@code key.apply(item)} names the message. */
    public static <T> StringConverter<T> converter(Messages text, Function<T, String> key) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.get(key.apply(item));
            }

            @Override
            public T fromString(String s) {
                return null;   // names are shown, never typed
            }
        };
    }
}
