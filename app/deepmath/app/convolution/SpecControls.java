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
    /** The largest stride and dilation the spinners offer (and a session may hold). */
    static final int MAX_STEP = 8;
    private final Spinner<Integer> stride = new Spinner<>(1, MAX_STEP, 1);
    private final Spinner<Integer> dilation = new Spinner<>(1, MAX_STEP, 1);
    private final ObjectProperty<ConvolutionSpec> spec = new SimpleObjectProperty<>(this, "spec", ConvolutionSpec.BOOK);
    private final Label formula = new Label();
    /**
     * Read in {@link #formulaText} so that it is valid again after each language switch: an invalid binding
     * does not report the next switch, and the formula would stay in the previous language.
     */
    private final javafx.beans.binding.StringBinding languageWatch;
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
        stride.setId(idPrefix + "-stride");
        dilation.setId(idPrefix + "-dilation");
        for (ComboBox<?> box : java.util.List.of(operation, size, padding)) {
            box.setPrefWidth(200);
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
        formula.setMinHeight(Label.USE_PREF_SIZE);
        languageWatch = text.text("formula.convolution");
        formula.textProperty().bind(Bindings.createStringBinding(this::formulaText, spec, languageWatch));
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

    /**
     * The controls for a side column: each choice under its label, as wide as the column (their texts are
     * long: "zeros (the book's virtual zeros)"), then stride and dilation beside their labels.
     */
    javafx.scene.layout.VBox grid(boolean withStrideAndDilation) {
        javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(4);
        column.getChildren().addAll(label("spec.operation"), operation, label("spec.size"), size,
                label("spec.padding"), padding);
        for (ComboBox<?> box : java.util.List.of(operation, size)) {
            javafx.scene.layout.VBox.setMargin(box, new javafx.geometry.Insets(0, 0, 4, 0));
        }
        if (withStrideAndDilation) {
            GridPane steps = new GridPane();
            steps.setHgap(8);
            steps.setVgap(6);
            steps.addRow(0, label("spec.stride"), stride);
            steps.addRow(1, label("spec.dilation"), dilation);
            javafx.scene.layout.VBox.setMargin(steps, new javafx.geometry.Insets(6, 0, 0, 0));
            column.getChildren().add(steps);
        }
        return column;
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
        languageWatch.get();
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
