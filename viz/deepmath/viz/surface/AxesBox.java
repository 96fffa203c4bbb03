package deepmath.viz.surface;

import deepmath.viz.plot.Ticks;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;

/**
 * The three axes of the surface view along the edges of its box, with round-number ticks and labels.
 * Labels are billboards: each carries the inverse of the view's rotation so it always faces the reader.
 * How many ticks each axis gets is the caller's choice ({@link SurfaceView} picks counts whose labels do not
 * overlap on screen); a label can be hidden where it would collide with another axis's at a corner.
 */
final class AxesBox {
    static final int MAX_TICKS = 5;
    private final Group group = new Group();
    private final Rotate inverseAzimuth = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate inverseElevation = new Rotate(0, Rotate.X_AXIS);
    private final List<Placed> texts = new ArrayList<>();
    private final int[] shownTicks = new int[3];

    /** A text of the axes: the node, its axis (0 = x, 1 = y, 2 = z) and whether it is the axis's name. */
    record Placed(Text text, int axis, boolean title) {
    }

    Node node() {
        return group;
    }

    void setViewAngles(double elevation, double azimuth) {
        inverseAzimuth.setAngle(-azimuth);
        inverseElevation.setAngle(-elevation);
    }

    /** Rebuilds the axes asking for about {@code targets[a]} ticks on axis a (x, y, z). */
    void rebuild(SurfaceBox box, String[] names, Color color, int[] targets) {
        List<Node> nodes = new ArrayList<>();
        texts.clear();
        double h = SurfaceBox.HALF;
        double floor = box.worldY(box.zMin());
        double top = box.worldY(box.zMax());
        // x along the front edge, y along the right edge, z up the back-left corner.
        nodes.add(PolylineMesh.of(List.of(new Point3D(-h, floor, -h), new Point3D(h, floor, -h)), 0.4, color));
        nodes.add(PolylineMesh.of(List.of(new Point3D(h, floor, -h), new Point3D(h, floor, h)), 0.4, color));
        nodes.add(PolylineMesh.of(List.of(new Point3D(-h, floor, h), new Point3D(-h, top, h)), 0.4, color));
        nodes.add(PolylineMesh.of(List.of(new Point3D(-h, floor, -h), new Point3D(-h, floor, h),
                new Point3D(h, floor, h)), 0.2, color.deriveColor(0, 1, 1, 0.5)));
        double[] xTicks = Ticks.linear(box.xMin(), box.xMax(), targets[0]);
        double xStep = Ticks.niceStep(box.xMin(), box.xMax(), targets[0]);
        for (double xTick : xTicks) {
            double x = box.worldX(xTick);
            nodes.add(PolylineMesh.of(List.of(new Point3D(x, floor, -h), new Point3D(x, floor, -h - 4)), 0.3, color));
            nodes.add(label(Ticks.format(xTick, xStep), x, floor + 4, -h - 12, color, 0));
        }
        double[] yTicks = Ticks.linear(box.yMin(), box.yMax(), targets[1]);
        double yStep = Ticks.niceStep(box.yMin(), box.yMax(), targets[1]);
        for (double yTick : yTicks) {
            double z = box.worldZ(yTick);
            nodes.add(PolylineMesh.of(List.of(new Point3D(h, floor, z), new Point3D(h + 4, floor, z)), 0.3, color));
            nodes.add(label(Ticks.format(yTick, yStep), h + 12, floor + 4, z, color, 1));
        }
        double[] zTicks = Ticks.linear(box.zMin(), box.zMax(), targets[2]);
        double zStep = Ticks.niceStep(box.zMin(), box.zMax(), targets[2]);
        for (double zTick : zTicks) {
            double y = box.worldY(zTick);
            nodes.add(PolylineMesh.of(List.of(new Point3D(-h, y, h), new Point3D(-h - 4, y, h)), 0.3, color));
            nodes.add(label(Ticks.format(zTick, zStep), -h - 14, y, h, color, 2));
        }
        shownTicks[0] = xTicks.length;
        shownTicks[1] = yTicks.length;
        shownTicks[2] = zTicks.length;
        nodes.add(title(names[0], 0, floor + 14, -h - 26, color, 0));
        nodes.add(title(names[1], h + 28, floor + 14, 0, color, 1));
        nodes.add(title(names[2], -h, top - 14, h, color, 2));
        group.getChildren().setAll(nodes);
    }

    List<Placed> texts() {
        return texts;
    }

    /** How many ticks axis a has now. */
    int ticks(int axis) {
        return shownTicks[axis];
    }

    private Node label(String text, double x, double y, double z, Color color, int axis) {
        return billboard(text, x, y, z, color, 9, axis, false);
    }

    private Node title(String text, double x, double y, double z, Color color, int axis) {
        return billboard(text, x, y, z, color, 12, axis, true);
    }

    private Node billboard(String text, double x, double y, double z, Color color, double size, int axis,
                           boolean title) {
        Text label = new Text(text);
        label.setFont(Font.font(size));
        label.setFill(color);
        label.setMouseTransparent(true);
        texts.add(new Placed(label, axis, title));
        double width = label.getLayoutBounds().getWidth();
        double height = label.getLayoutBounds().getHeight();
        label.setTranslateX(-width / 2);
        label.setTranslateY(height / 3);
        Group holder = new Group(label);
        holder.setTranslateX(x);
        holder.setTranslateY(y);
        holder.setTranslateZ(z);
        holder.getTransforms().addAll(inverseAzimuth, inverseElevation);
        return holder;
    }
}
