package deepmath.app.probability;

import deepmath.app.probability.ProbabilityState.LossSettings;
import deepmath.app.task.ErrorText;
import deepmath.core.BadInputException;
import deepmath.probability.LossExample;
import deepmath.probability.LossKind;
import deepmath.probability.LossTerms;
import deepmath.viz.i18n.BookPresetCell;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import deepmath.viz.i18n.Translated;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PointsLayer;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The error functions side by side (chapter 16 §2) on the book's vectors: for each sample its target, its
 * prediction and its term in each loss with its share of the total, the totals under them; dragging a
 * prediction on the plot updates every column at once. The categorical cross-entropy, one row per sample,
 * has its own fields below.
 */
final class LossPane {
    static final List<LossKind> SCALAR = List.of(LossKind.MSE, LossKind.MAE, LossKind.MSLE, LossKind.BCE);
    private static final double GRAB = 10;

    private final Messages text;
    private final ObjectProperty<LossSettings> state;
    private final ErrorText errors;
    private final ComboBox<LossExample> presets = new ComboBox<>();
    private final NumbersField<double[]> targets;
    private final NumbersField<double[]> predicted;
    private final NumbersField<double[][]> categoryTargets;
    private final NumbersField<double[][]> categoryPredicted;
    private final PlotCanvas plot = new PlotCanvas();
    private final GridPane table = new GridPane();
    private final GridPane categoryTable = new GridPane();
    private final Label notes = new Label();
    private final VBox node;
    private int dragged = -1;

    LossPane(Messages text, I18n i18n, ErrorText errors, ObjectProperty<LossSettings> state) {
        this.text = text;
        this.state = state;
        this.errors = errors;
        presets.setId("prob-loss-presets");
        presets.setItems(FXCollections.observableArrayList(LossExample.values()));
        presets.setCellFactory(v -> new BookPresetCell<>(text, i18n, "preset.chapter", null));
        // Not a bound button cell: the combo box writes the prompt into it when the reader's values match no example.
        presets.setConverter(BookPresetCell.converter(text, i18n, "preset.chapter"));
        presets.promptTextProperty().bind(text.text("loss.choose"));
        presets.setOnAction(e -> {
            LossExample example = presets.getValue();
            if (example != null) {
                LossSettings s = state.get();
                state.set(LossSettings.example(example, s.categoryTargets(), s.categoryPredicted()));
            }
        });
        targets = NumbersField.numbers("prob-loss-targets", "y", errors, v -> {
            LossSettings s = state.get();
            state.set(new LossSettings(ProbabilityState.list(v), s.predicted(), s.categoryTargets(), s.categoryPredicted()));
        });
        predicted = NumbersField.numbers("prob-loss-predicted", "ŷ", errors, v -> {
            LossSettings s = state.get();
            state.set(new LossSettings(s.targets(), ProbabilityState.list(v), s.categoryTargets(), s.categoryPredicted()));
        });
        categoryTargets = NumbersField.rows("prob-loss-category-targets", "y", errors, v -> {
            LossSettings s = state.get();
            state.set(new LossSettings(s.targets(), s.predicted(), ProbabilityState.rows(v), s.categoryPredicted()));
        });
        categoryPredicted = NumbersField.rows("prob-loss-category-predicted", "ŷ", errors, v -> {
            LossSettings s = state.get();
            state.set(new LossSettings(s.targets(), s.predicted(), s.categoryTargets(), ProbabilityState.rows(v)));
        });
        for (NumbersField<?> f : List.of(targets, predicted, categoryTargets, categoryPredicted)) {
            f.field().setPrefColumnCount(18);
        }
        plot.setId("prob-loss-plot");
        plot.setMinSize(260, 220);
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            dragged = -1;
            refresh();
        });
        table.setId("prob-loss-table");
        table.setHgap(14);
        table.setVgap(3);
        categoryTable.setId("prob-loss-category-table");
        categoryTable.setHgap(14);
        categoryTable.setVgap(3);
        notes.setWrapText(true);
        notes.getStyleClass().add("error-text");
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());

        FlowPane fields = new FlowPane(8, 6, Translated.label(text, "loss.preset"), presets,
                Translated.label(text, "loss.targets"), targets.field(), Translated.label(text, "loss.predicted"),
                predicted.field());
        fields.setAlignment(Pos.CENTER_LEFT);
        Label hint = Translated.wrapped(text, "loss.dragHint");
        VBox left = new VBox(6, plot, hint);
        VBox.setVgrow(plot, Priority.ALWAYS);
        left.setPrefWidth(420);
        left.setMinWidth(260);
        Label shareCaption = Translated.wrapped(text, "loss.shareCaption");
        VBox right = new VBox(6, table, notes, shareCaption);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.SOMETIMES);
        HBox middle = new HBox(16, left, right);
        VBox.setVgrow(middle, Priority.ALWAYS);
        FlowPane categoryFields = new FlowPane(8, 6, Translated.label(text, "loss.categoryTargets"),
                categoryTargets.field(), Translated.label(text, "loss.categoryPredicted"), categoryPredicted.field());
        categoryFields.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(6, Translated.heading(text, "loss.heading"), fields, targets.problem(), predicted.problem(),
                middle, Translated.heading(text, "loss.categoryHeading"), categoryFields, categoryTargets.problem(),
                categoryPredicted.problem(), categoryTable);
        node.setPadding(new Insets(10));
        state.addListener(o -> refresh());
        text.language().addListener(o -> refresh());
        refresh();
    }

    Node node() {
        return node;
    }

    private void pressed(MouseEvent e) {
        double[] p = ProbabilityState.array(state.get().predicted());
        var t = plot.transform();
        dragged = -1;
        for (int i = 0; i < p.length; i++) {
            Point2D at = t.toPixels(i + 1, p[i]);
            if (at.distance(e.getX(), e.getY()) < GRAB) {
                dragged = i;
            }
        }
    }

    private void drag(MouseEvent e) {
        if (dragged < 0) {
            return;
        }
        double y = plot.transform().dataY(e.getY());
        state.set(state.get().withPredicted(dragged, Math.round(y * 1000) / 1000.0));
    }

    /** The loss for the current vectors, or null with its refusal in {@code why}. */
    private LossTerms terms(LossKind kind, double[] y, double[] p, StringBuilder why) {
        try {
            return LossTerms.of(kind, y, p);
        } catch (BadInputException e) {
            if (why.length() > 0) {
                why.append('\n');
            }
            why.append(errors.of(e));
            return null;
        }
    }

    private void refresh() {
        LossSettings s = state.get();
        double[] y = ProbabilityState.array(s.targets());
        double[] p = ProbabilityState.array(s.predicted());
        targets.show(y);
        predicted.show(p);
        categoryTargets.show(ProbabilityState.rows(s.categoryTargets()));
        categoryPredicted.show(ProbabilityState.rows(s.categoryPredicted()));
        LossExample match = null;
        for (LossExample e : LossExample.values()) {
            if (ProbabilityState.list(e.targets()).equals(s.targets()) && ProbabilityState.list(e.predicted()).equals(s.predicted())) {
                match = e;
            }
        }
        presets.setValue(match);
        StringBuilder why = new StringBuilder();
        table.getChildren().clear();
        int n = Math.min(y.length, p.length);
        table.add(header(text.get("loss.sample")), 0, 0);
        table.add(symbol("y"), 1, 0);
        table.add(symbol("ŷ"), 2, 0);
        for (int k = 0; k < SCALAR.size(); k++) {
            table.add(header(text.get("loss.column." + SCALAR.get(k).key())), 3 + k, 0);
        }
        for (int i = 0; i < n; i++) {
            table.add(cell(String.valueOf(i + 1)), 0, i + 1);
            table.add(cell(deepmath.nn.NetworkJson.number(y[i])), 1, i + 1);
            table.add(cell(deepmath.nn.NetworkJson.number(p[i])), 2, i + 1);
        }
        table.add(header(text.get("loss.total")), 0, n + 1);
        for (int k = 0; k < SCALAR.size(); k++) {
            LossTerms terms = y.length == p.length ? terms(SCALAR.get(k), y, p, why) : null;
            for (int i = 0; i < n; i++) {
                table.add(cell(terms == null ? "—" : String.format(Locale.ROOT, "%.4f (%.0f %%)", terms.terms()[i],
                        100 * terms.share(i))), 3 + k, i + 1);
            }
            Label total = cell(terms == null ? "—" : String.format(Locale.ROOT, "%.4f", terms.loss()));
            total.getStyleClass().add("prob-total");
            total.setId("prob-loss-total-" + SCALAR.get(k).key());
            table.add(total, 3 + k, n + 1);
        }
        if (y.length != p.length) {
            why.append(errors.of(new BadInputException(deepmath.probability.ProbabilityProblem.LENGTHS, y.length, p.length)));
        }
        notes.setText(why.toString());
        refreshCategories(s);
        if (dragged < 0) {
            plotPoints(y, p, n, true);
        } else {
            plotPoints(y, p, n, false);
        }
    }

    private void refreshCategories(LossSettings s) {
        categoryTable.getChildren().clear();
        double[][] y = ProbabilityState.rows(s.categoryTargets());
        double[][] p = ProbabilityState.rows(s.categoryPredicted());
        LossTerms cce;
        try {
            cce = LossTerms.of(LossKind.CCE, y, p);
            categoryPredicted.refuse(null);
        } catch (BadInputException e) {
            categoryPredicted.refuse(e);
            return;
        }
        categoryTable.add(header(text.get("loss.sample")), 0, 0);
        categoryTable.add(symbol("y"), 1, 0);
        categoryTable.add(symbol("ŷ"), 2, 0);
        categoryTable.add(header(text.get("loss.kind.cce")), 3, 0);
        for (int i = 0; i < y.length; i++) {
            categoryTable.add(cell(String.valueOf(i + 1)), 0, i + 1);
            categoryTable.add(cell(deepmath.probability.NumberList.format(y[i])), 1, i + 1);
            categoryTable.add(cell(deepmath.probability.NumberList.format(p[i])), 2, i + 1);
            categoryTable.add(cell(String.format(Locale.ROOT, "%.4f (%.0f %%)", cce.terms()[i], 100 * cce.share(i))), 3, i + 1);
        }
        categoryTable.add(header(text.get("loss.total")), 0, y.length + 1);
        Label total = cell(String.format(Locale.ROOT, "%.4f", cce.loss()));
        total.setId("prob-loss-total-cce");
        total.getStyleClass().add("prob-total");
        categoryTable.add(total, 3, y.length + 1);
    }

    private void plotPoints(double[] y, double[] p, int n, boolean refit) {
        double[] xs = new double[n];
        double[] ty = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i + 1;
            ty[i] = y[i];
            py[i] = p[i];
        }
        plot.layers().setAll(new PointsLayer(xs, ty, Color.web("#0969da"), 6, text.get("loss.targetsLegend")),
                new PointsLayer(xs, py, Color.web("#cf222e"), 5, text.get("loss.predictedLegend")));
        plot.xAxis().labelProperty().set(text.get("loss.sample"));
        if (refit) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, Math.min(y[i], p[i]));
                hi = Math.max(hi, Math.max(y[i], p[i]));
            }
            if (n == 0) {
                lo = 0;
                hi = 1;
            }
            double pad = Math.max((hi - lo) * 0.25, 0.5);
            plot.setView(0.5, n + 0.5, lo - pad, hi + pad);
        }
    }

    private static Label header(String value) {
        Label l = new Label(value);
        l.getStyleClass().add("prob-matrix-header");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** A column's mathematical name (y, ŷ): the same in both languages. */
    private static Label symbol(String value) {
        Label l = header(value);
        l.getStyleClass().add("data-text");
        return l;
    }

    private static Label cell(String value) {
        Label l = new Label(value);
        l.getStyleClass().add("data-text");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
