package deepmath.app.function;

import deepmath.viz.color.ColorMap;
import deepmath.viz.i18n.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;

/** The pieces every function lab's control column is made of, built one way. */
final class ControlColumn {
    private ControlColumn() {
    }

    /** A section heading that follows the language. */
    static Label section(Messages messages, String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        return label;
    }

    /** A control whose text wraps onto more lines in the column's width instead of being cut with "…". */
    static <T extends Labeled> T wrapping(T control) {
        control.setWrapText(true);
        control.setMinHeight(Labeled.USE_PREF_SIZE);
        control.setMaxWidth(Double.MAX_VALUE);
        return control;
    }

    /** A choice of colour map, shown by its name in the current language, starting on viridis. */
    static ComboBox<ColorMap> colorMaps(Messages messages) {
        ComboBox<ColorMap> maps = new ComboBox<>();
        maps.getItems().setAll(ColorMap.all());
        maps.setValue(ColorMap.VIRIDIS);
        maps.setCellFactory(list -> new ColorMapCell(messages));
        maps.setButtonCell(new ColorMapCell(messages));
        return maps;
    }

    /** A colour map's name, following the language (the cell's text is bound, so a switch relabels it). */
    private static final class ColorMapCell extends ListCell<ColorMap> {
        private final Messages messages;

        ColorMapCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(ColorMap map, boolean empty) {
            super.updateItem(map, empty);
            textProperty().unbind();
            if (empty || map == null) {
                setText(null);
            } else {
                textProperty().bind(messages.text("colormap." + map.name()));
            }
        }
    }
}
