package deepmath.viz.plot;

import deepmath.viz.color.ColorMap;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A vertical colour scale with tick values, beside a heat map or a coloured surface. */
public final class ColorBar extends CanvasView {
    private static final double BAR_WIDTH = 14;
    private static final double PAD = 10;

    private final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(this, "colorMap", ColorMap.VIRIDIS);
    private final DoubleProperty min = new SimpleDoubleProperty(this, "min", 0);
    private final DoubleProperty max = new SimpleDoubleProperty(this, "max", 1);
    private final StringProperty label = new SimpleStringProperty(this, "label", "");

    public ColorBar() {
        getStyleClass().add("color-bar");
        InvalidationListener repaint = o -> redraw();
        colorMap.addListener(repaint);
        min.addListener(repaint);
        max.addListener(repaint);
        label.addListener(repaint);
        setMinWidth(64);
    }

    public ObjectProperty<ColorMap> colorMapProperty() {
        return colorMap;
    }

    public DoubleProperty minProperty() {
        return min;
    }

    public DoubleProperty maxProperty() {
        return max;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public void setRange(double lo, double hi) {
        min.set(lo);
        max.set(hi);
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        double top = PAD + (label.get().isEmpty() ? 0 : 18);
        double bottom = height - PAD;
        double barHeight = bottom - top;
        if (barHeight <= 2) {
            return;
        }
        ColorMap map = colorMap.get();
        for (int y = 0; y < (int) barHeight; y++) {
            g.setFill(map.color(1 - y / (barHeight - 1)));
            g.fillRect(PAD, top + y, BAR_WIDTH, 1.5);
        }
        g.setStroke(getForegroundPaint());
        g.setLineWidth(1);
        g.strokeRect(PAD + 0.5, top + 0.5, BAR_WIDTH, barHeight);
        g.setFill(getForegroundPaint());
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double lo = min.get();
        double hi = max.get();
        if (hi > lo) {
            int target = Math.max(2, (int) (barHeight / 40));
            double step = Ticks.niceStep(lo, hi, target);
            for (double v : Ticks.linear(lo, hi, target)) {
                double y = bottom - (v - lo) / (hi - lo) * barHeight;
                g.strokeLine(PAD + BAR_WIDTH, y, PAD + BAR_WIDTH + 4, y);
                fillText(g, Ticks.format(v, step), PAD + BAR_WIDTH + 7, y);
            }
        }
        if (!label.get().isEmpty()) {
            g.setTextBaseline(VPos.TOP);
            fillText(g, label.get(), 4, 4);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 76;
    }
}
