package deepmath.app.convolution;

import deepmath.conv.ConvNeuron;
import deepmath.core.BadInputException;
import deepmath.nn.Activation;
import deepmath.viz.conv.MatrixPanelsView;
import deepmath.viz.conv.MatrixPanelsView.Panel;
import deepmath.viz.conv.NumberGrid;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.LineLayer;
import deepmath.viz.plot.PlotCanvas;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Backpropagation through a convolution (book chapter 12 §4): a convolution neuron g = φ(A ⋆ M + b) and a
 * target t; the forward values, ∂E/∂g, δ = ∂E/∂g · g', then ∂E/∂M and ∂E/∂A on the matrices, the chosen
 * weight's and input's derivative written out as the book's sum ∂E/∂a = Σ f_i · g'_i · ∂E/∂g_i; and descent
 * steps that learn the kernel from the pair (A, t), with the loss plotted.
 */
final class BackpropTab {
    private static final int Z = 0;
    private static final int G = 1;
    private static final int T = 2;
    private static final int DG = 3;
    private static final int DELTA = 4;
    private static final int DM = 5;
    private static final int DA = 6;
    private final Messages text;
    private final ObjectProperty<BackpropSettings> settings;
    private boolean pushing;
    private final NumberGrid input = new NumberGrid(44);
    private final NumberGrid kernel = new NumberGrid(60);
    private final NumberGrid target = new NumberGrid(44);
    private final TextField bias = new TextField();
    private final TextField rate = new TextField();
    private final CheckBox learnBias;
    private final ComboBox<Activation> activation = new ComboBox<>();
    private final ComboBox<String> teacher = new ComboBox<>();
    private final MatrixPanelsView panels = new MatrixPanelsView();
    private final Label loss = new Label();
    private final Label weightSum = new Label();
    private final Label inputSum = new Label();
    private final PlotCanvas curve = new PlotCanvas();
    /** The losses since the last change that was not a descent step (the curve). */
    private final List<Double> history = new ArrayList<>();
    private final javafx.beans.binding.StringBinding languageWatch;
    private ConvNeuron.Backprop last;
    private Node node;

    BackpropTab(Messages text, ObjectProperty<BackpropSettings> settings) {
        this.text = text;
        this.settings = settings;
        this.learnBias = Translated.checkBox(text, "backprop.learnBias");
        // A text that differs between the languages (the formulas are the same in both, so they would not notify).
        this.languageWatch = text.text("backprop.panel.t");
    }

    Node node() {
        if (node == null) {
            node = build();
            push(settings.get());
            input.valuesProperty().addListener((o, was, now) -> edit(now, s -> s.withInput(now)));
            kernel.valuesProperty().addListener((o, was, now) -> edit(now, s -> s.withNeuron(now, s.bias())));
            target.valuesProperty().addListener((o, was, now) -> edit(now, s -> s.withTarget(now)));
            bias.textProperty().addListener((o, was, now) -> number(bias, now, s -> v -> s.withNeuron(s.kernel(), v)));
            rate.textProperty().addListener((o, was, now) -> number(rate, now,
                    s -> v -> v > 0 && v <= 1 ? s.withDescent(v, s.learnBias()) : null));
            learnBias.selectedProperty().addListener((o, was, now) -> change(s -> s.withDescent(s.rate(), now)));
            activation.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    change(s -> s.withActivation(now));
                }
            });
            teacher.valueProperty().addListener((o, was, now) -> {
                if (now != null && !now.equals(settings.get().teacher())) {
                    change(s -> s.withTeacher(now));
                }
            });
            TabFrame.follow(settings, this::push, this::recompute, languageWatch);
        }
        return node;
    }

    private Node build() {
        input.setId("conv-backprop-input");
        kernel.setId("conv-backprop-kernel");
        target.setId("conv-backprop-target");
        bias.setId("conv-backprop-bias");
        rate.setId("conv-backprop-rate");
        learnBias.setId("conv-backprop-learn-bias");
        activation.setId("conv-backprop-activation");
        teacher.setId("conv-backprop-teacher");
        panels.setId("conv-backprop-panels");
        loss.setId("conv-backprop-loss");
        weightSum.setId("conv-backprop-weight-sum");
        inputSum.setId("conv-backprop-input-sum");
        bias.setPrefColumnCount(6);
        rate.setPrefColumnCount(6);
        activation.getItems().setAll(BackpropSettings.ACTIVATIONS);
        Translated.cells(activation, text, a -> "backprop.activation." + a.key());
        teacher.getItems().setAll(BackpropSettings.TEACHERS);
        Translated.cells(teacher, text, k -> "backprop.teacher." + k);
        teacher.setMaxWidth(Double.MAX_VALUE);
        activation.setMaxWidth(Double.MAX_VALUE);
        HBox biasRow = new HBox(8, Translated.label(text, "backprop.bias"), bias);
        biasRow.setAlignment(Pos.CENTER_LEFT);
        HBox rateRow = new HBox(8, Translated.label(text, "backprop.rate"), rate);
        rateRow.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8,
                Heading.of(text, "backprop.input"), input,
                Heading.of(text, "backprop.neuron"), kernel, biasRow, Translated.label(text, "backprop.activation"),
                activation,
                Heading.of(text, "backprop.target"), teacher, target,
                Heading.of(text, "backprop.descent"), rateRow, learnBias);
        ScrollPane leftScroll = TabFrame.side(left);

        Button one = Translated.button(text, "backprop.step", () -> descend(1));
        one.setId("conv-backprop-step");
        Button ten = Translated.button(text, "backprop.steps10", () -> descend(10));
        ten.setId("conv-backprop-steps10");
        Button hundred = Translated.button(text, "backprop.steps100", () -> descend(100));
        hundred.setId("conv-backprop-steps100");
        for (Button b : List.of(one, ten, hundred)) {
            b.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        FlowPane steps = new FlowPane(8, 6, one, ten, hundred, loss);
        steps.setMinWidth(0);
        steps.setAlignment(Pos.CENTER_LEFT);
        Label formula = Translated.label(text, "backprop.formula");
        formula.getStyleClass().add("conv-formula");
        TabFrame.wrapped(formula);
        for (Label l : List.of(weightSum, inputSum, loss)) {
            TabFrame.wrapped(l);
            l.getStyleClass().add("conv-window-sum");
        }
        Label hint = TabFrame.hint(text, "backprop.hint");
        panels.setMinHeight(260);
        VBox.setVgrow(panels, Priority.ALWAYS);
        panels.setOnCellClicked(cell -> {
            if (cell.panel() == DM) {
                change(s -> s.withWeight(cell.row(), cell.col()));
            } else if (cell.panel() == DA) {
                change(s -> s.withInputCell(cell.row(), cell.col()));
            }
        });
        curve.setId("conv-backprop-curve");
        curve.setPrefHeight(110);
        curve.setMinHeight(90);
        curve.xAxis().labelProperty().bind(text.text("backprop.curve.step"));
        VBox centre = new VBox(8, formula, steps, panels, weightSum, inputSum, curve, hint);
        return TabFrame.of(leftScroll, centre);
    }

    /** A grid's edit (only while every field parses): written into the settings, the curve starts again. */
    private void edit(double[][] now, java.util.function.UnaryOperator<BackpropSettings> edit) {
        if (now != null && !pushing) {
            history.clear();
            settings.set(edit.apply(settings.get()));
        }
    }

    private void number(TextField field, String typed,
                        java.util.function.Function<BackpropSettings, java.util.function.DoubleFunction<BackpropSettings>> edit) {
        if (pushing) {
            return;
        }
        try {
            double v = TabFrame.number(typed);
            BackpropSettings next = Double.isFinite(v) ? edit.apply(settings.get()).apply(v) : null;
            if (next == null) {
                throw new NumberFormatException(typed);
            }
            field.getStyleClass().remove("invalid");
            history.clear();
            settings.set(next);
        } catch (NumberFormatException e) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        }
    }

    private void change(java.util.function.UnaryOperator<BackpropSettings> edit) {
        if (!pushing) {
            settings.set(edit.apply(settings.get()));
        }
    }

    private void push(BackpropSettings s) {
        pushing = true;
        try {
            if (!java.util.Arrays.deepEquals(s.input(), input.valuesProperty().get())) {
                input.setValues(s.input());
            }
            if (!java.util.Arrays.deepEquals(s.kernel(), kernel.valuesProperty().get())) {
                kernel.setValues(s.kernel());
            }
            if (!java.util.Arrays.deepEquals(s.target(), target.valuesProperty().get())) {
                target.setValues(s.target());
            }
            TabFrame.setNumber(bias, s.bias());
            TabFrame.setNumber(rate, s.rate());
            learnBias.setSelected(s.learnBias());
            activation.setValue(s.activation());
            teacher.setValue(s.teacher());
        } finally {
            pushing = false;
        }
    }

    /** Descent steps on the kernel (and the bias when asked), each loss added to the curve. */
    private void descend(int steps) {
        BackpropSettings s = settings.get();
        ConvNeuron n = s.neuron();
        List<double[][]> in = List.<double[][]>of(s.input());
        List<double[][]> t = List.<double[][]>of(s.target());
        if (history.isEmpty()) {
            history.add(n.loss(s.input(), s.target()));
        }
        for (int k = 0; k < steps; k++) {
            n = n.descentStep(in, t, s.rate(), s.learnBias());
            double e = n.loss(s.input(), s.target());
            if (!Double.isFinite(e)) {
                break;
            }
            history.add(e);
        }
        ConvNeuron learnt = n;
        change(x -> x.withNeuron(learnt.kernel(), learnt.bias()));
    }

    private void recompute() {
        BackpropSettings s = settings.get();
        ConvNeuron n;
        try {
            n = s.neuron();
            last = n.backprop(s.input(), s.target());
        } catch (BadInputException e) {
            last = null;
            loss.setText(text.get("backprop.bad"));
            panels.show(List.of());
            return;
        }
        ConvNeuron.Backprop b = last;
        int cols = b.output()[0].length;
        List<ConvNeuron.Term> wTerms = n.weightTerms(b, s.weightRow(), s.weightCol());
        List<ConvNeuron.Term> aTerms = n.inputTerms(b, s.inputRow(), s.inputCol());
        Set<Integer> wNeurons = new HashSet<>();
        wTerms.forEach(t -> wNeurons.add(t.row() * cols + t.col()));
        Set<Integer> aNeurons = new HashSet<>();
        aTerms.forEach(t -> aNeurons.add(t.row() * cols + t.col()));
        int weight = s.weightRow() * s.kernel()[0].length + s.weightCol();
        int cell = s.inputRow() * s.input()[0].length + s.inputCol();
        String phi = text.get("backprop.activation." + s.activation().key());
        panels.show(List.of(
                Panel.of(text.get("backprop.panel.z"), b.preActivation()),
                Panel.of(text.get("backprop.panel.g", phi), b.output()),
                Panel.of(text.get("backprop.panel.t"), s.target()),
                Panel.of(text.get("backprop.panel.dg"), b.upstream()),
                Panel.of(text.get("backprop.panel.delta"), b.delta()).withHighlighted(wNeurons),
                Panel.of(text.get("backprop.panel.dm"), b.kernelGradient()).withSelected(weight),
                Panel.of(text.get("backprop.panel.da"), b.inputGradient()).withSelected(cell)
                        .withHighlighted(Set.of(cell))));
        loss.setText(text.get("backprop.loss", format(b.loss()), format(b.biasGradient())));
        weightSum.setText(text.get("backprop.weightSum", s.weightRow() + 1, s.weightCol() + 1, sum(wTerms),
                format(b.kernelGradient()[s.weightRow()][s.weightCol()]), wTerms.size()));
        inputSum.setText(text.get("backprop.inputSum", s.inputRow() + 1, s.inputCol() + 1, sum(aTerms),
                format(b.inputGradient()[s.inputRow()][s.inputCol()]), aTerms.size()));
        drawCurve();
    }

    /** {@code 2·1·8 + 1·1·(−2) + …}: each term factor · g' · ∂E/∂g, the first six written out. */
    private static String sum(List<ConvNeuron.Term> terms) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < terms.size() && k < 6; k++) {
            ConvNeuron.Term t = terms.get(k);
            out.append(k == 0 ? "" : " + ").append(factor(t.factor())).append("·").append(factor(t.slope()))
                    .append("·").append(factor(t.upstream()));
        }
        if (terms.size() > 6) {
            out.append(" + …");
        }
        return out.length() == 0 ? "0" : out.toString();
    }

    private static String factor(double v) {
        String s = MatrixPanelsView.number(v);
        return v < 0 ? "(" + s + ")" : s;
    }

    private static String format(double v) {
        return MatrixPanelsView.number(Math.abs(v) >= 1000 ? Math.rint(v) : v);
    }

    private void drawCurve() {
        if (history.size() < 2) {
            curve.layers().clear();
            curve.setView(0, 10, 0, 1);
            return;
        }
        double[] xs = new double[history.size()];
        double[] ys = new double[history.size()];
        double max = 0;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = k;
            ys[k] = history.get(k);
            max = Math.max(max, ys[k]);
        }
        curve.layers().setAll(new LineLayer(xs, ys, Color.web("#2f5fd0"), 2, null, text.get("backprop.curve.loss")));
        curve.setView(0, Math.max(10, xs.length - 1), 0, max * 1.05 + 1e-9);
    }

    /** For tests: the backpropagation shown, and the losses of the curve. */
    ConvNeuron.Backprop backprop() {
        return last;
    }

    List<Double> history() {
        return List.copyOf(history);
    }

    String weightSumText() {
        return weightSum.getText();
    }
}
