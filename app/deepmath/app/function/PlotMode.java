package deepmath.app.function;

/** Whether the formula is drawn as a curve y = f(x) or as a surface z = f(x, y). */
public enum PlotMode {
    CURVE, SURFACE
}
