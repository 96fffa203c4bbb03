package deepmath.viz.probability;

import deepmath.viz.plot.PlotLayer;
import deepmath.viz.plot.PlotTransform;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The region between y = 0 and a curve y = f(x) over [a, b], filled: an area under a density. */
public final class AreaLayer implements PlotLayer {
    private static final int SAMPLES = 120;
    private final DoubleUnaryOperator f;
    private final double a;
    private final double b;
    private final Color color;

    public AreaLayer(DoubleUnaryOperator f, double a, double b, Color color) {
        this.f = f;
        this.a = a;
        this.b = b;
        this.color = color;
    }

    @Override
    public void draw(GraphicsContext g, PlotTransform t) {
        double[] xs = new double[SAMPLES + 3];
        double[] ys = new double[SAMPLES + 3];
        for (int k = 0; k <= SAMPLES; k++) {
            double x = a + (b - a) * k / SAMPLES;
            xs[k] = t.px(x);
            ys[k] = t.py(f.applyAsDouble(x));
        }
        xs[SAMPLES + 1] = t.px(b);
        ys[SAMPLES + 1] = t.py(0);
        xs[SAMPLES + 2] = t.px(a);
        ys[SAMPLES + 2] = t.py(0);
        g.setFill(color);
        g.fillPolygon(xs, ys, xs.length);
    }
}
