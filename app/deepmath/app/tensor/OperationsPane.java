package deepmath.app.tensor;

import deepmath.app.lab.LabContext;
import deepmath.app.task.ErrorText;
import deepmath.app.task.LatestOnlyWorker;
import deepmath.core.BadInputException;
import deepmath.tensor.Tensor;
import deepmath.tensor.TensorDiagram;
import deepmath.tensor.TensorOperation;
import deepmath.tensor.TensorOperation.Kind;
import deepmath.tensor.TensorPreset;
import deepmath.tensor.TensorText;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.tensor.TensorBlocksView;
import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The operations page: T (or A and B) typed as numpy writes them, an operation with its parameter, and what
 * it does to the blocks drawn before → after, with the numpy and TensorFlow expressions that do the same. The
 * result is computed by ND4J on a worker thread, never on the FX thread.
 */
final class OperationsPane {
    private final LabContext context;
    private final Messages text;
    private final ObjectProperty<TensorState.Operations> settings;
    private final LatestOnlyWorker worker;
    private final ComboBox<TensorPreset> presets = new ComboBox<>();
    private final TextArea a = new TextArea();
    private final TextArea b = new TextArea();
    private final Label aInfo = new Label();
    private final Label bInfo = new Label();
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final TextField shape = new TextField();
    private final TextField axes = new TextField();
    private final Spinner<Integer> axis = new Spinner<>(0, 4, 0);
    private final Label numpy = new Label();
    private final Label tensorflow = new Label();
    private final Label explain = new Label();
    private final Label message = new Label();
    private final TensorBlocksView blocks = new TensorBlocksView();
    private VBox bBox;
    private VBox shapeBox;
    private VBox axesBox;
    private VBox axisBox;
    private boolean pushing;
    /** Requests made; only the newest one's result is drawn. */
    private long requests;
    private TensorDiagram shown;
    private Node node;

    OperationsPane(LabContext context, Messages text, ObjectProperty<TensorState.Operations> settings) {
        this.context = context;
        this.text = text;
        this.settings = settings;
        this.worker = new LatestOnlyWorker("tensor-operation", this::failed);
    }

    Node node() {
        if (node == null) {
            node = build();
            push(settings.get());
            PaneFrame.follow(settings, this::push, this::recompute);
            a.textProperty().addListener(o -> edited());
            b.textProperty().addListener(o -> edited());
            shape.textProperty().addListener(o -> edited());
            axes.textProperty().addListener(o -> edited());
            axis.valueProperty().addListener(o -> edited());
            kind.valueProperty().addListener(o -> edited());
            presets.valueProperty().addListener((o, was, now) -> {
                if (!pushing && now != null) {
                    settings.set(TensorState.Operations.of(now));
                }
            });
            text.language().addListener(o -> recompute());
            recompute();
        }
        return node;
    }

    private Node build() {
        presets.setId("tensor-presets");
        presets.getItems().setAll(TensorPreset.values());
        PresetNames.cells(presets, text);
        for (TextArea area : new TextArea[] {a, b}) {
            area.setPrefRowCount(3);
            area.setWrapText(true);
            area.getStyleClass().addAll("tensor-code", "data-text");
        }
        a.setId("tensor-a");
        b.setId("tensor-b");
        aInfo.setId("tensor-a-info");
        for (Label l : new Label[] {aInfo, bInfo, explain, message}) {
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        kind.setId("tensor-operation");
        kind.getItems().setAll(Kind.values());
        kind.setMaxWidth(Double.MAX_VALUE);
        Translated.cells(kind, text, k -> "op." + k.key());
        shape.setId("tensor-shape");
        axes.setId("tensor-axes");
        axis.setId("tensor-axis");
        axis.setPrefWidth(80);
        shapeBox = new VBox(4, Translated.label(text, "param.shape"), shape);
        axesBox = new VBox(4, Translated.label(text, "param.axes"), axes);
        axisBox = new VBox(4, Translated.label(text, "param.axis"), axis);
        bBox = new VBox(6, Translated.heading(text, "tensor.b"), b, bInfo);
        VBox left = new VBox(8, Translated.heading(text, "preset"), presets, Translated.heading(text, "tensor.a"), a, aInfo, bBox,
                Translated.heading(text, "operation"), kind, shapeBox, axesBox, axisBox);
        ScrollPane leftScroll = PaneFrame.side(left);

        numpy.setId("tensor-numpy");
        tensorflow.setId("tensor-tensorflow");
        for (Label l : new Label[] {numpy, tensorflow}) {
            l.getStyleClass().addAll("tensor-code", "data-text");
            l.setMinWidth(0);
            l.setWrapText(true);
        }
        message.setId("tensor-message");
        message.getStyleClass().add("tensor-problem");
        explain.setId("tensor-explain");
        explain.getStyleClass().add("conv-muted");
        blocks.setId("tensor-blocks");
        ScrollPane figure = new ScrollPane(blocks);
        figure.getStyleClass().add("tensor-figure");
        VBox.setVgrow(figure, Priority.ALWAYS);
        VBox code = new VBox(4, Translated.label(text, "code.numpy"), numpy, Translated.label(text, "code.tensorflow"),
                tensorflow);
        code.getStyleClass().add("tensor-code-box");
        VBox centre = new VBox(10, explain, code, message, figure);
        return PaneFrame.of(leftScroll, PaneFrame.centre(centre));
    }

    /** A change made by the user in a field: the settings without a preset (not while they are being shown). */
    private void edited() {
        if (pushing) {
            return;
        }
        TensorState.Operations s = settings.get();
        TensorOperation op = s.operation().withKind(kind.getValue()).withAxis(axis.getValue());
        try {
            op = op.withShape(TensorText.integers(shape.getText()));
        } catch (BadInputException e) {
            // Kept as it was; recompute() says what is wrong with the field.
        }
        try {
            op = op.withAxes(axes.getText().isBlank() ? new int[0] : TensorText.integers(axes.getText()));
        } catch (BadInputException e) {
            // Likewise.
        }
        settings.set(s.edited(a.getText(), b.getText(), op));
    }

    private void push(TensorState.Operations s) {
        pushing = true;
        try {
            presets.setValue(s.preset().isEmpty() ? null : TensorPreset.fromKey(s.preset()));
            setText(a, s.a());
            setText(b, s.b());
            TensorOperation op = s.operation();
            kind.setValue(op.kind());
            if (!sameIntegers(shape.getText(), op.shape())) {
                shape.setText(TensorText.integers(op.shape()));
            }
            if (!sameIntegers(axes.getText(), op.axes())) {
                axes.setText(op.axes().length == 0 ? "" : TensorText.integers(op.axes()));
            }
            axis.getValueFactory().setValue(op.axis());
            Kind k = op.kind();
            show(bBox, k.operands() == 2);
            show(shapeBox, k == Kind.RESHAPE);
            show(axesBox, k == Kind.TRANSPOSE);
            show(axisBox, k == Kind.CONCATENATE || k == Kind.STACK || k == Kind.SUM || k == Kind.MEAN);
        } finally {
            pushing = false;
        }
    }

    /** Whether a field's text already says these integers (so that typing "2,9" is not rewritten as "(2, 9)"). */
    private static boolean sameIntegers(String field, int[] values) {
        try {
            int[] parsed = field.isBlank() ? new int[0] : TensorText.integers(field);
            return Arrays.equals(parsed, values);
        } catch (BadInputException e) {
            return false;
        }
    }

    private static void setText(TextArea area, String value) {
        if (!area.getText().equals(value)) {
            area.setText(value);
        }
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    /** Reads the tensors here (plain Java), then computes the diagram on the worker (ND4J). */
    private void recompute() {
        TensorState.Operations s = settings.get();
        TensorOperation op = s.operation();
        explain.setText(text.get("explain." + op.kind().key()));
        numpy.setText(op.numpy());
        tensorflow.setText(op.tensorflow());
        Tensor first;
        Tensor second;
        try {
            first = parse(s.a(), aInfo);
            second = op.kind().operands() == 2 ? parse(s.b(), bInfo) : first;
            if (op.kind() == Kind.RESHAPE) {
                TensorText.integers(shape.getText());
            }
            if (op.kind() == Kind.TRANSPOSE && !axes.getText().isBlank()) {
                TensorText.integers(axes.getText());
            }
        } catch (BadInputException e) {
            refuse(e);
            return;
        }
        // Until the result arrives (seconds while ND4J loads), the old figure is faded and said to be stale.
        message.setText(text.get("computing"));
        blocks.setOpacity(0.35);
        long asked = ++requests;
        worker.submit(() -> TensorDiagram.of(op, first, second), diagram -> {
            // An older result handed over while a newer request waits would be shown under the new expression.
            if (asked == requests) {
                showDiagram(diagram);
            }
        });
    }

    private Tensor parse(String value, Label info) {
        try {
            Tensor t = TensorText.parse(value);
            info.setText(text.get("tensor.info", t.rank(), t.shapeText(), t.size()));
            return t;
        } catch (BadInputException e) {
            info.setText("");
            throw e;
        }
    }

    private void showDiagram(TensorDiagram diagram) {
        blocks.setOpacity(1);
        shown = diagram;
        message.setText(text.get("result.info", diagram.after().tensor().rank(), diagram.after().tensor().shapeText(),
                diagram.after().tensor().size()));
        blocks.show(diagram);
    }

    private void refuse(BadInputException e) {
        blocks.setOpacity(1);
        shown = null;
        message.setText(new ErrorText(context.i18n()).of(e));
        blocks.clear();
    }

    private void failed(Throwable error) {
        if (error instanceof BadInputException refusal) {
            refuse(refusal);
        } else {
            context.errors().report(text.get("error.title"), error);
        }
    }

    boolean busy() {
        return worker.busy();
    }

    /** What the figure shows (tests compare two windows by it); null while refused. */
    TensorDiagram diagram() {
        return shown;
    }

    String message() {
        return message.getText();
    }
}
