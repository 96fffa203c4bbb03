package deepmath.app.convolution;

import deepmath.viz.i18n.Messages;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/** Small factories for controls whose texts follow the language switch. */
final class Translated {
    private Translated() {
    }

    static Label label(Messages text, String key) {
        Label label = new Label();
        label.textProperty().bind(text.text(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    static Label heading(Messages text, String key) {
        Label label = label(text, key);
        label.getStyleClass().add("conv-heading");
        return label;
    }

    static Button button(Messages text, String key, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(text.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Items shown through the bundle: {@code key.apply(item)} names the message. */
    static <T> void cells(ComboBox<T> box, Messages text, Function<T, String> key) {
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(text.text(key.apply(item)));
                }
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }
}
