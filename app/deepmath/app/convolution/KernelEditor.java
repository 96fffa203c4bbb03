package deepmath.app.convolution;

import deepmath.conv.Kernel;
import deepmath.conv.KernelLibrary;
import deepmath.viz.conv.NumberGrid;
import deepmath.viz.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Edits a kernel: a preset from the library (translated names), its size (1 to 15 each way), the weights in
 * a grid (fractions allowed), and "divide by the sum". {@link #choiceProperty()} is what is edited,
 * {@link #kernelProperty()} the kernel in effect.
 */
final class KernelEditor {
    static final String CUSTOM = "custom";
    private final Messages text;
    private final ComboBox<String> preset = new ComboBox<>();
    private final Spinner<Integer> rows = new Spinner<>(1, Kernel.MAX_SIZE, 3);
    private final Spinner<Integer> cols = new Spinner<>(1, Kernel.MAX_SIZE, 3);
    private final NumberGrid grid = new NumberGrid(46);
    private final CheckBox normalise = new CheckBox();
    private final ObjectProperty<Kernel> kernel = new SimpleObjectProperty<>(this, "kernel");
    private final ObjectProperty<ImageSettings.KernelChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final Label sum = new Label();
    private boolean applyingPreset;

    KernelEditor(Messages text) {
        this.text = text;
        preset.getItems().add(CUSTOM);
        preset.getItems().addAll(KernelLibrary.keys());
        preset.setId("conv-kernel-preset");
        preset.setCellFactory(list -> new KernelNameCell());
        preset.setButtonCell(new KernelNameCell());
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.valueProperty().addListener((obs, old, key) -> applyPreset(key));
        rows.setPrefWidth(68);
        cols.setPrefWidth(68);
        rows.valueProperty().addListener(o -> resize());
        cols.valueProperty().addListener(o -> resize());
        grid.setId("conv-kernel-grid");
        rows.setId("conv-kernel-rows");
        cols.setId("conv-kernel-cols");
        normalise.setId("conv-kernel-normalise");
        grid.valuesProperty().addListener(o -> edited());
        normalise.textProperty().bind(text.text("kernel.normalise"));
        normalise.selectedProperty().addListener(o -> update());
        sum.getStyleClass().add("conv-muted");
        preset.setValue("identity");
    }

    ObjectProperty<Kernel> kernelProperty() {
        return kernel;
    }

    /** The grid's weights and "divide by the sum", as edited. */
    ObjectProperty<ImageSettings.KernelChoice> choiceProperty() {
        return choice;
    }

    /** Shows {@code value}: its weights in the grid, the preset's name for them, the check box. */
    void setChoice(ImageSettings.KernelChoice value) {
        setNormalised(value.normalised());
        setKernel(value.weights());
    }

    ComboBox<String> preset() {
        return preset;
    }

    boolean normalised() {
        return normalise.isSelected();
    }

    void setNormalised(boolean value) {
        normalise.setSelected(value);
    }

    /** Shows {@code value} in the grid (the preset becomes the library's name for it, or "custom"). */
    void setKernel(Kernel value) {
        String key = KernelLibrary.keyOf(value).orElse(CUSTOM);
        applyingPreset = true;
        preset.setValue(key);
        applyingPreset = false;
        show(value);
    }

    VBox node() {
        Label sizeLabel = new Label();
        sizeLabel.textProperty().bind(text.text("kernel.size"));
        HBox size = new HBox(6, sizeLabel, rows, new Label("×"), cols);
        size.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setFitToWidth(false);
        // As tall as the grid up to 7 rows, then scrolling (15×15 kernels fit too).
        gridScroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.min(230, grid.heightProperty().add(4)));
        gridScroll.setPadding(new Insets(2));
        gridScroll.getStyleClass().add("conv-grid-scroll");
        VBox box = new VBox(6, preset, size, gridScroll, normalise, sum);
        return box;
    }

    private void applyPreset(String key) {
        if (key == null || key.equals(CUSTOM) || applyingPreset) {
            return;
        }
        show(KernelLibrary.get(key));
    }

    private void show(Kernel value) {
        applyingPreset = true;
        rows.getValueFactory().setValue(value.rows());
        cols.getValueFactory().setValue(value.cols());
        grid.setValues(value.toRows());
        applyingPreset = false;
        update();
    }

    private void resize() {
        if (applyingPreset || grid.valuesProperty().get() == null) {
            return;
        }
        double[][] old = grid.valuesProperty().get();
        double[][] resized = new double[rows.getValue()][cols.getValue()];
        for (int r = 0; r < resized.length && r < old.length; r++) {
            for (int c = 0; c < resized[0].length && c < old[0].length; c++) {
                resized[r][c] = old[r][c];
            }
        }
        grid.setValues(resized);
    }

    private void edited() {
        if (applyingPreset) {
            return;
        }
        double[][] values = grid.valuesProperty().get();
        String key = KernelLibrary.keyOf(Kernel.of(values)).orElse(CUSTOM);
        applyingPreset = true;
        preset.setValue(key);
        applyingPreset = false;
        update();
    }

    private void update() {
        double[][] values = grid.valuesProperty().get();
        if (values == null) {
            return;
        }
        Kernel k = Kernel.of(values);
        choice.set(new ImageSettings.KernelChoice(k, normalise.isSelected()));
        sum.textProperty().bind(text.text("kernel.sum", deepmath.conv.MatrixText.number(k.sum())));
        kernel.set(normalise.isSelected() ? k.normalised() : k);
    }

    /** A preset's translated name. */
    private final class KernelNameCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(text.text("kernel." + item));
            }
        }
    }
}
