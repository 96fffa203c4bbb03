package deepmath.app.lexicon;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps to its column's width and makes the row as tall as it needs: a lexicon's notes
 * and places are sentences, and an ellipsis would hide the end of them. The text is bound to the row's
 * binding, so it follows a language switch by itself.
 */
final class WrappedTextCell<S> extends TableCell<S, ObservableStringValue> {
    private static final double PADDING = 14;
    private final Text text = new Text();

    WrappedTextCell(TableColumn<S, ObservableStringValue> column, String styleClass) {
        text.getStyleClass().add("lexicon-cell-text");
        getStyleClass().add(styleClass);
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(ObservableStringValue item, boolean empty) {
        super.updateItem(item, empty);
        text.textProperty().unbind();
        if (empty || item == null) {
            text.setText(null);
            setGraphic(null);
        } else {
            text.textProperty().bind(item);
            setGraphic(text);
        }
    }
}
