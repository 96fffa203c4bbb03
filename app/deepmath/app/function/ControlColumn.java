package deepmath.app.function;

import deepmath.viz.color.ColorMap;
import deepmath.viz.i18n.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/** The pieces every function lab's control column is made of, built one way. */
final class ControlColumn {
    private ControlColumn() {
    }

    /** A section heading that follows the language. */
    static Label section(Messages messages, String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    /** A choice of colour map, shown by name, starting on viridis. */
    static ComboBox<ColorMap> colorMaps() {
        ComboBox<ColorMap> maps = new ComboBox<>();
        maps.getItems().setAll(ColorMap.all());
        maps.setValue(ColorMap.VIRIDIS);
        maps.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ColorMap map) {
                return map == null ? "" : map.name();
            }

            @Override
            public ColorMap fromString(String s) {
                return ColorMap.byName(s).orElse(ColorMap.VIRIDIS);
            }
        });
        return maps;
    }
}
