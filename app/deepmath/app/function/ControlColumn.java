package deepmath.app.function;

import deepmath.viz.color.ColorMap;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;

/** The pieces every function lab's control column is made of, built one way. */
final class ControlColumn {
    private ControlColumn() {
    }

    /** A control whose text wraps onto more lines in the column's width instead of being cut with "…". */
    static <T extends Labeled> T wrapping(T control) {
        control.setWrapText(true);
        control.setMinHeight(Labeled.USE_PREF_SIZE);
        control.setMaxWidth(Double.MAX_VALUE);
        return control;
    }

    /** A muted explanation under a section's controls, wrapping in the column's width. */
    static javafx.scene.control.Label hint(deepmath.viz.i18n.Messages messages, String key) {
        javafx.scene.control.Label hint = wrapping(new javafx.scene.control.Label());
        hint.textProperty().bind(messages.text(key));
        hint.getStyleClass().add("muted");
        return hint;
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
