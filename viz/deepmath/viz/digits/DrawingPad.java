package deepmath.viz.digits;

import deepmath.viz.color.ColorMap;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * A square pad to draw a digit with the mouse: white ink on black, like MNIST. The ink is kept as a
 * {@value #SIDE} × {@value #SIDE} raster of values in [0, 1]; each mouse move stamps round, soft-edged dots
 * along the segment from the previous point. The right button erases. {@link #setOnInkChanged} is called
 * after every change, so that a prediction can follow the pen.
 */
public final class DrawingPad extends Region {
    public static final int SIDE = 280;
    private static final double BRUSH = 11;
    private final Canvas canvas = new Canvas(SIDE, SIDE);
    private final double[] ink = new double[SIDE * SIDE];
    /** The pad is drawn at any size (its owner sets it); the ink keeps its SIDE × SIDE raster. */
    private final javafx.scene.transform.Scale scale = new javafx.scene.transform.Scale(1, 1, 0, 0);
    private Runnable onInkChanged = () -> { };
    /** The strokes drawn since the last clear, as x0, y0, x1, y1, … (pad pixels); erasing strokes are marked. */
    private final java.util.List<double[]> strokes = new java.util.ArrayList<>();
    private final java.util.List<Boolean> erasing = new java.util.ArrayList<>();
    private java.util.List<Double> current;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;

    public DrawingPad() {
        getStyleClass().add("digits-pad");
        getChildren().add(canvas);
        setMinSize(SIDE, SIDE);
        setPrefSize(SIDE, SIDE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        canvas.getTransforms().add(scale);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            penDown(e.getX(), e.getY(), e.getButton() == MouseButton.SECONDARY);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::stroke);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> penUp());
        paint();
    }

    /** Shows the pad as a square of {@code side} pixels (at least {@value #SIDE}); strokes keep pad coordinates. */
    public void setSide(double side) {
        double s = Math.max(SIDE, Math.floor(side));
        setPrefSize(s, s);
        setMinSize(s, s);
    }

    /** Where pad point (x, y) (0 … {@value #SIDE}) is on the screen, e.g. for a test's mouse. */
    public javafx.geometry.Point2D padToScreen(double x, double y) {
        return canvas.localToScreen(x, y);
    }

    @Override
    protected void layoutChildren() {
        double s = Math.min(getWidth(), getHeight()) / SIDE;
        scale.setX(s);
        scale.setY(s);
        canvas.relocate(0, 0);
    }

    public void setOnInkChanged(Runnable action) {
        onInkChanged = action == null ? () -> { } : action;
    }

    /** A copy of the ink, {@value #SIDE} × {@value #SIDE} values row by row. */
    public double[] ink() {
        return ink.clone();
    }

    public void clear() {
        java.util.Arrays.fill(ink, 0);
        strokes.clear();
        erasing.clear();
        paint();
        onInkChanged.run();
    }

    /** Shows a 28 × 28 digit enlarged (each pixel a 10 × 10 block), e.g. one from the test set. */
    public void show(float[] digit) {
        strokes.clear();
        erasing.clear();
        int cell = SIDE / 28;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                ink[y * SIDE + x] = digit[(y / cell) * 28 + x / cell];
            }
        }
        paint();
        onInkChanged.run();
    }

    /** Starts a stroke at (x, y): the pen (or the eraser) touches the pad. */
    public void penDown(double x, double y, boolean erase) {
        current = new java.util.ArrayList<>();
        strokes.add(null);
        erasing.add(erase);
        lastX = x;
        lastY = y;
        strokeTo(x, y, erase);
    }

    public void penUp() {
        lastX = Double.NaN;
        current = null;
    }

    /** The strokes since the last clear (points x0, y0, x1, y1, …), for saving a drawing. */
    public java.util.List<double[]> strokes() {
        return java.util.List.copyOf(strokes);
    }

    public java.util.List<Boolean> erasingStrokes() {
        return java.util.List.copyOf(erasing);
    }

    /** Clears the pad and draws these strokes again (e.g. from a saved session). */
    public void replay(java.util.List<double[]> saved, java.util.List<Boolean> erase) {
        java.util.Arrays.fill(ink, 0);
        strokes.clear();
        erasing.clear();
        for (int s = 0; s < saved.size(); s++) {
            double[] points = saved.get(s);
            boolean rubber = s < erase.size() && erase.get(s);
            for (int k = 0; k + 1 < points.length; k += 2) {
                if (k == 0) {
                    penDown(points[0], points[1], rubber);
                } else {
                    strokeTo(points[k], points[k + 1], rubber);
                }
            }
            penUp();
        }
        paint();
        onInkChanged.run();
    }

    /** Draws from the previous point to the mouse with the pen (or the eraser, right button). */
    public void strokeTo(double x, double y, boolean erase) {
        if (current != null) {
            current.add(x);
            current.add(y);
            strokes.set(strokes.size() - 1, current.stream().mapToDouble(Double::doubleValue).toArray());
        }
        double fromX = Double.isNaN(lastX) ? x : lastX;
        double fromY = Double.isNaN(lastY) ? y : lastY;
        double length = Math.hypot(x - fromX, y - fromY);
        int steps = Math.max(1, (int) Math.ceil(length / 2));
        for (int k = 0; k <= steps; k++) {
            stamp(fromX + (x - fromX) * k / steps, fromY + (y - fromY) * k / steps, erase);
        }
        lastX = x;
        lastY = y;
        paint();
        onInkChanged.run();
    }

    private void stroke(MouseEvent e) {
        strokeTo(e.getX(), e.getY(), e.getButton() == MouseButton.SECONDARY);
    }

    /** A dot of radius BRUSH with a one-pixel soft edge (anti-aliasing, as a pen on paper). */
    private void stamp(double cx, double cy, boolean erase) {
        int r = (int) Math.ceil(BRUSH + 1);
        for (int y = Math.max(0, (int) cy - r); y <= Math.min(SIDE - 1, (int) cy + r); y++) {
            for (int x = Math.max(0, (int) cx - r); x <= Math.min(SIDE - 1, (int) cx + r); x++) {
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                double cover = Math.max(0, Math.min(1, BRUSH + 0.5 - d));
                int i = y * SIDE + x;
                ink[i] = erase ? Math.min(ink[i], 1 - cover) : Math.max(ink[i], cover);
            }
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.drawImage(GreyImages.of(ink, 0, SIDE, SIDE, ColorMap.GREYS, 0, 1), 0, 0);
    }
}
