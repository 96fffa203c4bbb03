package deepmath.app.convolution;

import deepmath.conv.ConvolutionSpec;
import deepmath.conv.Operation;
import deepmath.conv.OutputSize;
import deepmath.conv.Padding;
import deepmath.viz.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/**
 * The controls of a {@link ConvolutionSpec} (operation, output size, padding, stride, dilation) and the
 * formula they mean, in the book's notation. Every tab uses one; {@link #specProperty()} follows them.
 */
final class SpecControls {
    private final Messages text;
    private final ComboBox<Operation> operation = new ComboBox<>();
    private final ComboBox<OutputSize> size = new ComboBox<>();
    private final ComboBox<Padding> padding = new ComboBox<>();
    private final Spinner<Integer> stride = new Spinner<>(1, 8, 1);
    private final Spinner<Integer> dilation = new Spinner<>(1, 8, 1);
    private final ObjectProperty<ConvolutionSpec> spec = new SimpleObjectProperty<>(this, "spec", ConvolutionSpec.BOOK);
    private final Label formula = new Label();
    /** "" for images and matrices (out(i, j)), ".1d" for signals (out(k)). */
    private final String dimension;

    /** Controls for a 2-D input (image, matrix). */
    SpecControls(Messages text, String idPrefix) {
        this(text, idPrefix, false);
    }

    /** Controls whose formula is written for a signal (one index) when {@code oneDimensional}. */
    SpecControls(Messages text, String idPrefix, boolean oneDimensional) {
        this.text = text;
        this.dimension = oneDimensional ? ".1d" : "";
        operation.getItems().setAll(Operation.values());
        size.getItems().setAll(OutputSize.values());
        padding.getItems().setAll(Padding.values());
        translate(operation, v -> "op." + v.key());
        translate(size, v -> "size." + v.key());
        translate(padding, v -> "padding." + v.key());
        operation.setId(idPrefix + "-operation");
        size.setId(idPrefix + "-size");
        padding.setId(idPrefix + "-padding");
        for (ComboBox<?> box : java.util.List.of(operation, size, padding)) {
            box.setPrefWidth(170);
            box.setMaxWidth(Double.MAX_VALUE);
        }
        stride.setPrefWidth(70);
        dilation.setPrefWidth(70);
        set(ConvolutionSpec.BOOK);
        operation.valueProperty().addListener(o -> update());
        size.valueProperty().addListener(o -> update());
        padding.valueProperty().addListener(o -> update());
        stride.valueProperty().addListener(o -> update());
        dilation.valueProperty().addListener(o -> update());
        formula.getStyleClass().add("conv-formula");
        formula.setId(idPrefix + "-formula");
        formula.setWrapText(true);
        formula.textProperty().bind(Bindings.createStringBinding(this::formulaText, spec, text.text("formula.convolution")));
    }

    ObjectProperty<ConvolutionSpec> specProperty() {
        return spec;
    }

    Label formula() {
        return formula;
    }

    void set(ConvolutionSpec value) {
        operation.setValue(value.operation());
        size.setValue(value.size());
        padding.setValue(value.padding());
        stride.getValueFactory().setValue(value.stride());
        dilation.getValueFactory().setValue(value.dilation());
        update();
    }

    /** A two-column grid: label, control. */
    GridPane grid(boolean withStrideAndDilation) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, label("spec.operation"), operation);
        grid.addRow(row++, label("spec.size"), size);
        grid.addRow(row++, label("spec.padding"), padding);
        if (withStrideAndDilation) {
            grid.addRow(row++, label("spec.stride"), stride);
            grid.addRow(row, label("spec.dilation"), dilation);
        }
        return grid;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(text.text(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private void update() {
        if (operation.getValue() == null || size.getValue() == null || padding.getValue() == null) {
            return;
        }
        spec.set(new ConvolutionSpec(operation.getValue(), size.getValue(), padding.getValue(), stride.getValue(),
                dilation.getValue()));
    }

    private String formulaText() {
        ConvolutionSpec s = spec.get();
        String first = text.get((s.operation() == Operation.CONVOLUTION ? "formula.convolution" : "formula.correlation")
                + dimension);
        return first + "\n" + text.get("formula.details", text.get("size." + s.size().key()),
                text.get("padding." + s.padding().key()), s.stride(), s.dilation());
    }

    private <T> void translate(ComboBox<T> box, java.util.function.Function<T, String> key) {
        Translated.cells(box, text, key);
    }
}
