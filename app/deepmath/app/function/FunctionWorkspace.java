package deepmath.app.function;

import deepmath.calculus.FunctionPreset;
import deepmath.core.BadInputException;
import deepmath.expr.Formula;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * The function the surfaces and level-set labs share: the formula (the last one that parsed, plus the
 * error of the one being typed), how it is plotted, its window, its parameter values and the picked point.
 * Both labs observe {@link #revisionProperty()}, which changes whenever something they draw changes.
 */
public final class FunctionWorkspace implements FormulaTarget {
    /** The coarsest surface grid: the book's first meshgrid is 5 × 5 (ch. 4, line 3686). */
    public static final int MIN_RESOLUTION = 5;
    private final ReadOnlyObjectWrapper<Formula> formula = new ReadOnlyObjectWrapper<>(this, "formula");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<BadInputException> errorCause = new ReadOnlyObjectWrapper<>(this, "errorCause");
    private final ObjectProperty<PlotMode> mode = new SimpleObjectProperty<>(this, "mode", PlotMode.SURFACE);
    private final ObjectProperty<Rectangle2D> window = new SimpleObjectProperty<>(this, "window",
            new Rectangle2D(-2, -2, 4, 4));
    private final IntegerProperty resolution = new SimpleIntegerProperty(this, "resolution", 120);
    private final ObjectProperty<Map<String, Double>> parameters = new SimpleObjectProperty<>(this, "parameters", Map.of());
    private final ObjectProperty<Point2D> picked = new SimpleObjectProperty<>(this, "picked");
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
    /** The x0 a curve preset starts from (Newton's x0, a tangent's point); NaN when it names none. */
    private double presetStart = Double.NaN;
    /** True while {@link #restore} sets several properties: the views hear one change, not one per property. */
    private boolean restoring;

    /**
     * The workspace as one value: what a session keeps of it (the formula's text, the mode, the window, the
     * resolution, the parameters' values and the picked point, null before any pick).
     */
    public record Values(String formula, PlotMode mode, Rectangle2D window, int resolution,
                         Map<String, Double> parameters, Point2D picked) {
        public Values {
            parameters = Map.copyOf(parameters);
        }
    }

    public Values values() {
        return new Values(formula.get().text(), mode.get(), window.get(), resolution.get(), parameters.get(),
                picked.get());
    }

    public FunctionWorkspace() {
        mode.addListener((obs, old, now) -> {
            if (formula.get() != null) {
                keepParameters(formula.get());
            }
            bump();
        });
        window.addListener((obs, old, now) -> bump());
        resolution.addListener((obs, old, now) -> bump());
        parameters.addListener((obs, old, now) -> bump());
        picked.addListener((obs, old, now) -> bump());
        setFormula("x*exp(-x^2-y^2)");
    }

    /**
     * Parses {@code text}; on success it becomes the formula (switching to a curve when it only uses x
     * and to a surface when it uses y); on failure the error is shown and the previous formula stays.
     */
    @Override
    public boolean setFormula(String text) {
        try {
            Formula parsed = Formula.parse(text);
            errorCause.set(null);
            error.set(null);
            PlotMode natural = naturalMode(parsed);
            valuesForBoth(parsed, natural == null ? mode.get() : natural);
            formula.set(parsed);
            if (natural != null) {
                mode.set(natural);
            }
            keepParameters(parsed);
            bump();
            return true;
        } catch (BadInputException e) {
            errorCause.set(e);
            error.set(e.getMessage());
            return false;
        }
    }

    public void applyPreset(FunctionPreset preset) {
        Formula parsed = Formula.parse(preset.formula());
        errorCause.set(null);
        error.set(null);
        valuesForBoth(parsed, preset.oneVariable() ? PlotMode.CURVE : PlotMode.SURFACE);
        formula.set(parsed);
        mode.set(preset.oneVariable() ? PlotMode.CURVE : PlotMode.SURFACE);
        if (preset.oneVariable()) {
            window.set(new Rectangle2D(preset.xMin(), -1, preset.xMax() - preset.xMin(), 2));
        } else {
            window.set(new Rectangle2D(preset.xMin(), preset.yMin(), preset.xMax() - preset.xMin(),
                    preset.yMax() - preset.yMin()));
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String name : parameterNames(parsed)) {
            values.put(name, preset.parameters().getOrDefault(name, 1.0));
        }
        parameters.set(Map.copyOf(values));
        // a surface the book studies at a point (a gradient, a tangent plane) opens picked there
        double[] start = preset.start();
        picked.set(!preset.oneVariable() && start != null ? new Point2D(start[0], start[1]) : null);
        presetStart = preset.oneVariable() && preset.start() != null ? preset.start()[0] : Double.NaN;
        bump();
    }

    /**
     * The x0 the last curve preset starts from, once: the curve panel puts its point there when the preset's
     * window arrives (then the point is the user's again). NaN when there is none.
     */
    public double takePresetStart() {
        double x = presetStart;
        presetStart = Double.NaN;
        return x;
    }

    /** The variables drawn on the axes: x (and y) when used, otherwise the first names alphabetically. */
    public List<String> axes() {
        return axes(formula.get(), mode.get());
    }

    static List<String> axes(Formula f, PlotMode mode) {
        List<String> names = f.variables();
        int wanted = mode == PlotMode.CURVE ? 1 : 2;
        if (names.contains("x") || names.contains("y") || names.size() < wanted) {
            return mode == PlotMode.CURVE ? List.of("x") : List.of("x", "y");
        }
        return names.subList(0, wanted);
    }

    /** The formula's names that are not on an axis: each gets a slider. */
    public List<String> parameterNames() {
        return parameterNames(formula.get());
    }

    private List<String> parameterNames(Formula f) {
        return parameterNames(f, mode.get());
    }

    private static List<String> parameterNames(Formula f, PlotMode m) {
        List<String> names = new ArrayList<>(f.variables());
        names.removeAll(axes(f, m));
        return names;
    }

    /**
     * Before a new formula replaces the old one: values for the parameters of both, so that a view redrawing
     * while formula and mode change one after the other (a mode switch shows the other panel at once) finds a
     * value for every name ("No value given for a" otherwise); {@link #keepParameters} then drops the old ones.
     */
    private void valuesForBoth(Formula next, PlotMode nextMode) {
        Map<String, Double> values = new LinkedHashMap<>(parameters.get());
        for (String name : parameterNames(next, nextMode)) {
            values.putIfAbsent(name, 1.0);
        }
        for (String name : parameterNames(next, mode.get())) {
            values.putIfAbsent(name, 1.0);
        }
        parameters.set(Map.copyOf(values));
    }

    /**
     * The picked point, or before any pick a point on the slope of the window (not its centre, where
     * many of the book's functions are flat), so the tangent plane and the gradient show from the start.
     */
    public Point2D pointOrDefault() {
        Point2D p = picked.get();
        if (p != null) {
            return p;
        }
        Rectangle2D w = window.get();
        return new Point2D(w.getMinX() + 0.35 * w.getWidth(), w.getMinY() + 0.65 * w.getHeight());
    }

    /** The formula with its parameters fixed: a function of the axis variables only. */
    public Formula boundFormula() {
        return formula.get().withValues(parameters.get());
    }

    public void setParameter(String name, double value) {
        Map<String, Double> values = new LinkedHashMap<>(parameters.get());
        values.put(name, value);
        parameters.set(Map.copyOf(values));
    }

    private void keepParameters(Formula parsed) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String name : parameterNames(parsed)) {
            values.put(name, parameters.get().getOrDefault(name, 1.0));
        }
        parameters.set(Map.copyOf(values));
    }

    private static PlotMode naturalMode(Formula f) {
        List<String> names = f.variables();
        if (names.contains("y")) {
            return PlotMode.SURFACE;
        }
        if (names.contains("x")) {
            return PlotMode.CURVE;
        }
        return null;
    }

    /**
     * Sets the whole workspace from a session at once. The views recompute and fit their axes on each revision;
     * one revision per property would fit a curve's y range to a half-restored state (the parameters still the
     * old ones), and that range would stay.
     */
    public void restore(String text, PlotMode chosenMode, Rectangle2D chosenWindow, int chosenResolution,
                        Map<String, Double> chosenParameters, Point2D chosenPoint) {
        restoring = true;
        try {
            setFormula(text);
            mode.set(chosenMode);
            window.set(chosenWindow);
            resolution.set(chosenResolution);
            chosenParameters.forEach(this::setParameter);
            picked.set(chosenPoint);
        } finally {
            restoring = false;
        }
        bump();
    }

    private void bump() {
        if (restoring) {
            return;
        }
        revision.set(revision.get() + 1);
    }

    @Override
    public ReadOnlyObjectProperty<Formula> formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    public Formula formula() {
        return formula.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The parse error of the formula being typed (null when it parses), for the UI to say in its language. */
    @Override
    public ReadOnlyObjectProperty<BadInputException> errorCauseProperty() {
        return errorCause.getReadOnlyProperty();
    }

    public ObjectProperty<PlotMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Rectangle2D> windowProperty() {
        return window;
    }

    public IntegerProperty resolutionProperty() {
        return resolution;
    }

    public ObjectProperty<Map<String, Double>> parametersProperty() {
        return parameters;
    }

    public ObjectProperty<Point2D> pickedProperty() {
        return picked;
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }
}
