package deepmath.app.function;

import deepmath.expr.Numbers;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.TextField;

/**
 * A text field for one exact number of a lab's state (the tangent plane's h and k, a level c): it shows the
 * property, and Enter writes what was typed back (a comma reads as a decimal point); what is not a finite number
 * turns the field red and changes nothing.
 */
final class NumberField {
    private NumberField() {
    }

    static TextField of(String id, DoubleProperty value) {
        TextField field = new TextField(Numbers.format(value.get(), 8));
        field.setId(id);
        field.setPrefColumnCount(6);
        field.getStyleClass().add("data-text");
        value.addListener((obs, old, now) -> {
            field.setText(Numbers.format(now.doubleValue(), 8));
            field.getStyleClass().remove("invalid");
        });
        field.setOnAction(e -> {
            Double typed = parse(field.getText());
            if (typed == null || Math.abs(typed) > deepmath.grid.PlotWindow.MAX_ABS) {
                if (!field.getStyleClass().contains("invalid")) {
                    field.getStyleClass().add("invalid");
                }
                return;
            }
            field.getStyleClass().remove("invalid");
            value.set(typed);
        });
        return field;
    }

    static Double parse(String text) {
        try {
            double v = Double.parseDouble(text.trim().replace(',', '.'));
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
