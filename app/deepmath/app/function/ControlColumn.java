package deepmath.app.function;

import deepmath.viz.color.ColorMap;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

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
        Translated.cells(maps, messages, map -> "colormap." + map.name());
        return maps;
    }
}
