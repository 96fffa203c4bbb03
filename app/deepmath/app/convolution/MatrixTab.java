package deepmath.app.convolution;

import deepmath.conv.ConvolutionEngine;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.DirectConvolution;
import deepmath.conv.Kernel;
import deepmath.conv.Plane;
import deepmath.core.BadInputException;
import deepmath.conv.MatrixExample;
import deepmath.conv.MatrixText;
import deepmath.conv.Pooling;
import deepmath.conv.PoolingBreakdown;
import deepmath.viz.conv.MatrixPanelsView;
import deepmath.viz.conv.MatrixStepView;
import deepmath.viz.i18n.BookPresetCell;
import deepmath.viz.i18n.I18n;
import deepmath.viz.conv.NumberGrid;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The matrix tab: small integer matrices edited in grids, and the computation stepped cell by cell — the
 * flipped kernel over the padded input, the products and their sum, the output cell filling in; or the max or
 * average pooling of the input, block by block. The book's worked examples are presets.
 */
final class MatrixTab {
    private final Messages text;
    /** What this tab shows (part of the lab's {@link ConvolutionState}); the grids follow and edit it. */
    private final ObjectProperty<MatrixSettings> settings;
    /** True while the settings are copied into the controls: their listeners then write nothing back. */
    private boolean pushing;
    private final NumberGrid input = new NumberGrid(44);
    private final NumberGrid kernel = new NumberGrid(44);
    private final Spinner<Integer> inputRows = new Spinner<>(1, MatrixSettings.MAX_INPUT, 4);
    private final Spinner<Integer> inputCols = new Spinner<>(1, MatrixSettings.MAX_INPUT, 5);
    private final Spinner<Integer> kernelRows = new Spinner<>(1, MatrixSettings.MAX_KERNEL, 3);
    private final Spinner<Integer> kernelCols = new Spinner<>(1, MatrixSettings.MAX_KERNEL, 3);
    private final SpecControls spec;
    private final MatrixStepView figure = new MatrixStepView();
    private final MatrixPanelsView poolFigure = new MatrixPanelsView();
    private final ComboBox<MatrixExample> examples = new ComboBox<>();
    private final ComboBox<MatrixSettings.View> view = new ComboBox<>();
    private final Spinner<Integer> poolSize = new Spinner<>(1, MatrixSettings.MAX_POOL, 2);
    private VBox specBox;
    private final Label message = new Label();
    private final Timeline animation = new Timeline(new KeyFrame(Duration.millis(700), e -> step(1)));
    private Plane output;
    private int current;
    /** Held here: the view's titles are drawn, not bound, so they are refreshed when the language changes. */
    private final javafx.beans.binding.StringBinding languageWatch;
    private Node node;

    private final I18n i18n;

    MatrixTab(Messages text, I18n i18n, ObjectProperty<MatrixSettings> settings) {
        this.text = text;
        this.i18n = i18n;
        this.settings = settings;
        this.spec = new SpecControls(text, "conv-matrix");
        this.languageWatch = text.text("matrix.figure.input");
        animation.setCycleCount(Timeline.INDEFINITE);
    }

    Node node() {
        if (node == null) {
            node = build();
            push(settings.get());
            input.valuesProperty().addListener((o, was, now) -> {
                if (now != null) {
                    change(s -> s.withInput(now));
                }
            });
            kernel.valuesProperty().addListener((o, was, now) -> {
                if (now != null) {
                    change(s -> s.withKernel(now));
                }
            });
            spec.specProperty().addListener((o, was, now) -> change(s -> s.withSpec(now)));
            examples.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    change(s -> s.withExample(now));
                }
            });
            view.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    change(s -> s.withView(now, poolSize.getValue()));
                }
            });
            poolSize.valueProperty().addListener((o, was, now) -> change(s -> s.withView(s.view(), now)));
            settings.addListener((o, was, now) -> {
                push(now);
                recompute();
            });
            recompute();
        }
        return node;
    }

    private Node build() {
        input.setId("conv-matrix-input");
        inputRows.setId("conv-matrix-input-rows");
        inputCols.setId("conv-matrix-input-cols");
        kernelRows.setId("conv-matrix-kernel-rows");
        kernelCols.setId("conv-matrix-kernel-cols");
        kernel.setId("conv-matrix-kernel");
        for (Spinner<Integer> s : java.util.List.of(inputRows, inputCols, kernelRows, kernelCols)) {
            s.setPrefWidth(64);
        }
        inputRows.valueProperty().addListener(o -> resize(input, inputRows.getValue(), inputCols.getValue()));
        inputCols.valueProperty().addListener(o -> resize(input, inputRows.getValue(), inputCols.getValue()));
        kernelRows.valueProperty().addListener(o -> resize(kernel, kernelRows.getValue(), kernelCols.getValue()));
        kernelCols.valueProperty().addListener(o -> resize(kernel, kernelRows.getValue(), kernelCols.getValue()));
        figure.setTitles(text.get("matrix.figure.input"), text.get("matrix.figure.products"), text.get("matrix.figure.output"));
        // A change listener (not an invalidation one) so that every switch, not only the first, is seen.
        languageWatch.addListener((o, was, now) -> {
            figure.setTitles(text.get("matrix.figure.input"), text.get("matrix.figure.products"),
                    text.get("matrix.figure.output"));
            recompute();
        });
        figure.setId("conv-matrix-figure");
        poolFigure.setId("conv-matrix-pool-figure");
        javafx.scene.layout.StackPane figures = new javafx.scene.layout.StackPane(figure, poolFigure);
        figure.visibleProperty().bind(poolFigure.visibleProperty().not());
        poolFigure.setVisible(false);
        VBox.setVgrow(figures, Priority.ALWAYS);
        examples.getItems().setAll(MatrixExample.ALL);
        examples.setId("conv-matrix-example");
        // No empty text in the cells: the skin writes the prompt into the button cell while nothing is chosen.
        examples.setCellFactory(l -> new BookPresetCell<>(text, i18n, "preset.chapter", null));
        BookPresetCell<MatrixExample> chosen = new BookPresetCell<>(text, i18n, "preset.chapter", null);
        // Two lines for the chosen example's name (the book's names are long), as the descent lab's presets.
        chosen.setWrapText(true);
        examples.setButtonCell(chosen);
        examples.setMinHeight(50);
        examples.setPrefHeight(50);
        examples.promptTextProperty().bind(text.text("matrix.examples"));
        examples.setConverter(BookPresetCell.converter(text, i18n, "preset.chapter"));
        examples.setMaxWidth(Double.MAX_VALUE);
        view.getItems().setAll(MatrixSettings.View.values());
        view.setId("conv-matrix-view");
        Translated.cells(view, text, v -> "matrix.view." + v.key());
        view.setMaxWidth(Double.MAX_VALUE);
        poolSize.setId("conv-matrix-pool-size");
        poolSize.setPrefWidth(64);

        Button previous = Translated.button(text, "step.previous", () -> step(-1));
        Button next = Translated.button(text, "step.next", () -> step(1));
        next.setId("conv-matrix-next");
        Button reset = Translated.button(text, "step.reset", () -> change(s -> s.withCell(0)));
        Button all = Translated.button(text, "step.all", () -> {
            if (output != null) {
                change(s -> s.withCell(output.size() - 1));
            }
        });
        Button play = new Button();
        play.textProperty().bind(Bindings.when(animation.statusProperty()
                .isEqualTo(javafx.animation.Animation.Status.RUNNING)).then(text.text("step.pause")).otherwise(text.text("step.play")));
        play.setOnAction(e -> togglePlay());
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 6, previous, next, play, reset, all);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Button b : java.util.List.of(previous, next, play, reset, all)) {
            b.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        message.setWrapText(true);
        message.setId("conv-matrix-message");
        message.getStyleClass().add("conv-window-sum");

        HBox poolRow = new HBox(8, Translated.label(text, "matrix.pool.size"), poolSize);
        poolRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        poolRow.disableProperty().bind(view.valueProperty().isEqualTo(MatrixSettings.View.CONVOLUTION));
        specBox = spec.grid(true);
        specBox.disableProperty().bind(view.valueProperty().isNotEqualTo(MatrixSettings.View.CONVOLUTION));
        VBox left = new VBox(8, examples,
                Heading.of(text, "matrix.compute"), view, poolRow,
                Heading.of(text, "matrix.input"), new HBox(6, inputRows, new Label("×"), inputCols), input,
                Heading.of(text, "matrix.kernel"), new HBox(6, kernelRows, new Label("×"), kernelCols), kernel,
                Heading.of(text, "image.how"), specBox);
        left.setPadding(new Insets(0, 14, 0, 0));
        javafx.scene.control.ScrollPane leftScroll = new javafx.scene.control.ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setPrefWidth(330);
        leftScroll.getStyleClass().add("conv-side");
        Label hint = Translated.label(text, "matrix.hint");
        hint.getStyleClass().add("conv-muted");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        Label formula = spec.formula();
        Label poolFormula = Translated.label(text, "matrix.pool.formula");
        poolFormula.getStyleClass().add("conv-formula");
        poolFormula.setWrapText(true);
        poolFormula.setMinWidth(0);
        poolFormula.setMinHeight(Label.USE_PREF_SIZE);
        poolFormula.setId("conv-matrix-pool-formula");
        poolFormula.visibleProperty().bind(poolFigure.visibleProperty());
        poolFormula.managedProperty().bind(poolFigure.visibleProperty());
        formula.visibleProperty().bind(figure.visibleProperty());
        formula.managedProperty().bind(figure.visibleProperty());
        Label poolHint = Translated.label(text, "matrix.pool.hint");
        poolHint.getStyleClass().add("conv-muted");
        poolHint.setWrapText(true);
        poolHint.setMinWidth(0);
        poolHint.visibleProperty().bind(poolFigure.visibleProperty());
        poolHint.managedProperty().bind(poolFigure.visibleProperty());
        hint.visibleProperty().bind(figure.visibleProperty());
        hint.managedProperty().bind(figure.visibleProperty());
        VBox centre = new VBox(10, formula, poolFormula, controls, message, figures, hint, poolHint);
        centre.setPadding(new Insets(0, 0, 0, 12));
        BorderPane pane = new BorderPane(centre);
        pane.setLeft(leftScroll);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private void resize(NumberGrid grid, int rows, int cols) {
        if (pushing) {
            return;
        }
        double[][] old = grid.valuesProperty().get();
        double[][] resized = new double[rows][cols];
        for (int r = 0; r < rows && old != null && r < old.length; r++) {
            for (int c = 0; c < cols && c < old[0].length; c++) {
                resized[r][c] = old[r][c];
            }
        }
        grid.setValues(resized);
    }

    /** A change made by the user: written into the settings (not while they are being shown). */
    private void change(java.util.function.UnaryOperator<MatrixSettings> edit) {
        if (!pushing) {
            settings.set(edit.apply(settings.get()));
        }
    }

    /** Shows {@code s} in the spinners, the grids and the spec's controls. */
    private void push(MatrixSettings s) {
        pushing = true;
        try {
            double[][] in = s.input();
            double[][] k = s.kernel();
            inputRows.getValueFactory().setValue(in.length);
            inputCols.getValueFactory().setValue(in[0].length);
            kernelRows.getValueFactory().setValue(k.length);
            kernelCols.getValueFactory().setValue(k[0].length);
            if (!java.util.Arrays.deepEquals(in, input.valuesProperty().get())) {
                input.setValues(in);
            }
            if (!java.util.Arrays.deepEquals(k, kernel.valuesProperty().get())) {
                kernel.setValues(k);
            }
            spec.set(s.spec());
            view.setValue(s.view());
            poolSize.getValueFactory().setValue(s.poolSize());
        } finally {
            pushing = false;
        }
    }

    /** The output of the settings' matrices, and the figure at the settings' cell (the last one at most). */
    private void recompute() {
        MatrixSettings s = settings.get();
        Plane a = Plane.of(s.input());
        poolFigure.setVisible(s.pooling() != null);
        if (s.pooling() != null) {
            Pooling p = s.pooling();
            if (p.outputLength(a.rows()) == 0 || p.outputLength(a.cols()) == 0) {
                output = null;
                message.setText(text.get("matrix.pool.tooLarge", p.size(), a.rows(), a.cols()));
                poolFigure.show(java.util.List.of());
                return;
            }
            output = p.apply(a);
            show(Math.min(s.cell(), output.size() - 1));
            return;
        }
        Kernel m = Kernel.of(s.kernel());
        try {
            ConvolutionEngine.outputShape(a.rows(), a.cols(), m, s.spec());
        } catch (BadInputException e) {
            output = null;
            // The only refusal here: 'valid' with a kernel larger than the matrix.
            message.setText(text.get("matrix.noOutput", m.rows(), m.cols(), a.rows(), a.cols()));
            figure.clear();
            return;
        }
        output = new DirectConvolution(1).apply(a, m, s.spec());
        show(Math.min(s.cell(), output.size() - 1));
    }

    private void step(int delta) {
        if (output == null) {
            return;
        }
        int next = current + delta;
        if (next >= output.size()) {
            animation.stop();
            next = output.size() - 1;
        }
        int cell = Math.max(0, next);
        change(s -> s.withCell(cell));
    }

    private void show(int cell) {
        current = cell;
        MatrixSettings s = settings.get();
        if (s.pooling() != null) {
            showPooling(s, s.pooling());
            return;
        }
        figure.show(Plane.of(s.input()), Kernel.of(s.kernel()), s.spec(), output, current);
        int row = current / output.cols();
        int col = current % output.cols();
        message.setText(text.get("matrix.cell", row + 1, col + 1, current + 1, output.size(),
                MatrixText.number(output.get(row, col))));
    }

    /** The pooling figure at the current cell: its block on the input, the pooled matrix filled up to it. */
    private void showPooling(MatrixSettings s, Pooling p) {
        Plane a = Plane.of(s.input());
        int row = current / output.cols();
        int col = current % output.cols();
        PoolingBreakdown b = PoolingBreakdown.of(a, p, row, col);
        java.util.Set<Integer> block = new java.util.HashSet<>();
        for (int u = 0; u < b.size(); u++) {
            for (int v = 0; v < b.size(); v++) {
                block.add((b.firstRow() + u) * a.cols() + b.firstCol() + v);
            }
        }
        String kind = text.get("matrix.view." + s.view().key());
        poolFigure.show(java.util.List.of(
                MatrixPanelsView.Panel.of(text.get("matrix.pool.input", a.rows(), a.cols()), s.input())
                        .withHighlighted(block).withBlocks(p.size(), -1),
                MatrixPanelsView.Panel.of(text.get("matrix.pool.output", kind, output.rows(), output.cols()),
                        output.toRows()).withSelected(current).withFilled(current)));
        message.setText(text.get("matrix.pool.cell", row + 1, col + 1, current + 1, output.size(), calculation(b)));
    }

    /** {@code max(3, 5, 2, 1) = 5} or {@code (3 + 5 + 2 + 1) / 4 = 11/4 = 2.75}: the book's computation. */
    static String calculation(PoolingBreakdown b) {
        java.util.List<String> values = b.values().stream().map(MatrixText::number).toList();
        if (b.kind() == Pooling.Kind.MAX) {
            return "max(" + String.join(", ", values) + ") = " + MatrixText.number(b.result());
        }
        int n = b.values().size();
        String mean = "(" + String.join(" + ", values).replace("+ -", "− ") + ") / " + n + " = ";
        double sum = b.sum();
        boolean fraction = sum == Math.rint(sum) && b.result() != Math.rint(b.result());
        return mean + (fraction ? MatrixText.number(sum) + "/" + n + " = " : "") + MatrixText.number(b.result());
    }

    private void togglePlay() {
        if (animation.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            animation.pause();
        } else {
            if (output != null && current >= output.size() - 1) {
                change(s -> s.withCell(0));
            }
            animation.play();
        }
    }

    void stop() {
        animation.stop();
    }

    /** What the figure shows: the output and the cell it is at (tests compare two windows by them). */
    Plane output() {
        return output;
    }

    int currentCell() {
        return current;
    }
}
