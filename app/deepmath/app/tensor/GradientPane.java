package deepmath.app.tensor;

import deepmath.app.lab.LabContext;
import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.tensor.GradientPreset;
import deepmath.tensor.Tensor;
import deepmath.tensor.TensorDiagram.Block;
import deepmath.tensor.TensorGradient;
import deepmath.tensor.TensorText;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.tensor.TensorBlocksView;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The gradient page (book chapter 15 §2): a formula in x (and y) applied to every element of the tensors x
 * and y, and the derivative of the sum of the results with respect to each element, by the lab's automatic
 * differentiation — what TensorFlow's GradientTape returns — with the TensorFlow code beside it. The
 * computation is plain Java (a backward sweep per element, at most 400 of them), so it runs as the user types.
 */
final class GradientPane {
    private final LabContext context;
    private final Messages text;
    private final ObjectProperty<TensorState.Gradient> settings;
    private final ComboBox<GradientPreset> presets = new ComboBox<>();
    private final TextField formula = new TextField();
    private final TextField x = new TextField();
    private final TextField y = new TextField();
    private final Label code = new Label();
    private final Label message = new Label();
    private final TensorBlocksView blocks = new TensorBlocksView();
    private boolean pushing;
    private TensorGradient shown;
    private Node node;

    GradientPane(LabContext context, Messages text, ObjectProperty<TensorState.Gradient> settings) {
        this.context = context;
        this.text = text;
        this.settings = settings;
    }

    Node node() {
        if (node == null) {
            node = build();
            push(settings.get());
            PaneFrame.follow(settings, this::push, this::recompute);
            for (TextField f : new TextField[] {formula, x, y}) {
                f.textProperty().addListener(o -> edited());
            }
            presets.valueProperty().addListener((o, was, now) -> {
                if (!pushing && now != null) {
                    settings.set(TensorState.Gradient.of(now));
                }
            });
            text.language().addListener(o -> recompute());
            recompute();
        }
        return node;
    }

    private Node build() {
        presets.setId("tensor-gradient-presets");
        presets.getItems().setAll(GradientPreset.values());
        PresetNames.cells(presets, text);
        formula.setId("tensor-formula");
        x.setId("tensor-x");
        y.setId("tensor-y");
        for (TextField f : new TextField[] {formula, x, y}) {
            f.getStyleClass().addAll("tensor-code", "data-text");
        }
        Label hint = PaneFrame.hint(text, "gradient.hint");
        VBox left = new VBox(8, Translated.heading(text, "preset"), presets, Translated.heading(text, "gradient.formula"),
                formula, Translated.heading(text, "gradient.x"), x, Translated.heading(text, "gradient.y"), y, hint);
        ScrollPane leftScroll = PaneFrame.side(left);
        code.setId("tensor-gradient-code");
        code.getStyleClass().addAll("tensor-code", "data-text", "tensor-code-box");
        code.setMinHeight(Label.USE_PREF_SIZE);
        message.setId("tensor-gradient-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        Label explain = Translated.label(text, "gradient.explain");
        explain.setWrapText(true);
        explain.setMinWidth(0);
        explain.setMinHeight(Label.USE_PREF_SIZE);
        explain.getStyleClass().add("conv-muted");
        blocks.setId("tensor-gradient-blocks");
        ScrollPane figure = new ScrollPane(blocks);
        VBox.setVgrow(figure, Priority.ALWAYS);
        VBox centre = new VBox(10, explain, Translated.label(text, "code.tensorflow"), code, message, figure);
        return PaneFrame.of(leftScroll, PaneFrame.centre(centre));
    }

    private void edited() {
        if (!pushing) {
            settings.set(new TensorState.Gradient("", formula.getText(), x.getText(), y.getText()));
        }
    }

    private void push(TensorState.Gradient s) {
        pushing = true;
        try {
            presets.setValue(s.preset().isEmpty() ? null : GradientPreset.valueOf(
                    s.preset().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
            for (TextField f : new TextField[] {formula, x, y}) {
                String value = f == formula ? s.formula() : f == x ? s.x() : s.y();
                if (!f.getText().equals(value)) {
                    f.setText(value);
                }
            }
        } finally {
            pushing = false;
        }
    }

    private void recompute() {
        TensorState.Gradient s = settings.get();
        try {
            TensorGradient g = TensorGradient.of(s.formula(), TensorText.parse(s.x()), TensorText.parse(s.y()));
            shown = g;
            boolean withY = g.usesY();
            code.setText(TapeCode.of(s.formula(), s.x(), s.y(), withY));
            message.setText(text.get("gradient.info", g.value().shapeText()));
            List<Block> shownBlocks = new ArrayList<>();
            shownBlocks.add(block("x", g.x()));
            if (withY) {
                shownBlocks.add(block("y", g.y()));
            }
            shownBlocks.add(block("f", g.value()));
            shownBlocks.add(block("df/dx", g.dx()));
            if (withY) {
                shownBlocks.add(block("df/dy", g.dy()));
            }
            blocks.showColumn(shownBlocks);
        } catch (BadInputException e) {
            shown = null;
            message.setText(new ErrorText(context.i18n()).of(e));
            blocks.clear();
        }
    }

    private static Block block(String name, Tensor t) {
        int[] keys = new int[t.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = t.size() == 1 ? -1 : i;
        }
        return new Block(name, t, keys);
    }

    TensorGradient gradient() {
        return shown;
    }

    String message() {
        return message.getText();
    }
}
