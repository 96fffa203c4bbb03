package deepmath.viz.plot;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One axis of a plot: its visible range, its scale and its title (bind the title to a translated text). */
public final class Axis {
    private final DoubleProperty min = new SimpleDoubleProperty(this, "min", 0);
    private final DoubleProperty max = new SimpleDoubleProperty(this, "max", 1);
    private final ObjectProperty<Scale> scale = new SimpleObjectProperty<>(this, "scale", Scale.LINEAR);
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final javafx.beans.property.BooleanProperty wholeNumbers =
            new javafx.beans.property.SimpleBooleanProperty(this, "wholeNumbers", false);

    public DoubleProperty minProperty() {
        return min;
    }

    public DoubleProperty maxProperty() {
        return max;
    }

    public ObjectProperty<Scale> scaleProperty() {
        return scale;
    }

    public StringProperty labelProperty() {
        return label;
    }

    /** Whether the axis counts (epochs, steps): its ticks are then whole numbers, never 1.5 between 1 and 2. */
    public javafx.beans.property.BooleanProperty wholeNumbersProperty() {
        return wholeNumbers;
    }

    public double getMin() {
        return min.get();
    }

    public double getMax() {
        return max.get();
    }

    public Scale getScale() {
        return scale.get();
    }

    /** Sets the visible range; ignored unless min < max (and both > 0 on a log axis). */
    public void setRange(double lo, double hi) {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)
                || (scale.get() == Scale.LOG && !(lo > 0))) {
            return;
        }
        min.set(lo);
        max.set(hi);
    }

    /** Tick positions for the current range (about {@code target} of them on a linear axis). */
    public double[] ticks(int target) {
        return scale.get() == Scale.LOG ? Ticks.log(getMin(), getMax())
                : Ticks.linear(getMin(), getMax(), target, minStep());
    }

    public String tickLabel(double value, int target) {
        return scale.get() == Scale.LOG ? Ticks.formatLog(value)
                : Ticks.format(value, Math.max(minStep(), Ticks.niceStep(getMin(), getMax(), target)));
    }

    private double minStep() {
        return wholeNumbers.get() ? 1 : 0;
    }
}
