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
 */
final class AxesBox {
    private final Group group = new Group();
    private final Rotate inverseAzimuth = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate inverseElevation = new Rotate(0, Rotate.X_AXIS);

    Node node() {
        return group;
    }

    void setViewAngles(double elevation, double azimuth) {
        inverseAzimuth.setAngle(-azimuth);
        inverseElevation.setAngle(-elevation);
    }

    void rebuild(SurfaceBox box, String[] names, Color color) {
        List<Node> nodes = new ArrayList<>();
        double h = SurfaceBox.HALF;
        double floor = box.worldY(box.zMin());
        double top = box.worldY(box.zMax());
        // x along the front edge, y along the right edge, z up the back-left corner.
        nodes.add(PolylineMesh.of(List.of(new Point3D(-h, floor, -h), new Point3D(h, floor, -h)), 0.4, color));
        nodes.add(PolylineMesh.of(List.of(new Point3D(h, floor, -h), new Point3D(h, floor, h)), 0.4, color));
        nodes.add(PolylineMesh.of(List.of(new Point3D(-h, floor, h), new Point3D(-h, top, h)), 0.4, color));
        nodes.add(PolylineMesh.of(List.of(new Point3D(-h, floor, -h), new Point3D(-h, floor, h),
                new Point3D(h, floor, h)), 0.2, color.deriveColor(0, 1, 1, 0.5)));
        double xStep = Ticks.niceStep(box.xMin(), box.xMax(), 5);
        for (double xTick : Ticks.linear(box.xMin(), box.xMax(), 5)) {
            double x = box.worldX(xTick);
            nodes.add(PolylineMesh.of(List.of(new Point3D(x, floor, -h), new Point3D(x, floor, -h - 4)), 0.3, color));
            nodes.add(label(Ticks.format(xTick, xStep), x, floor + 4, -h - 12, color));
        }
        double yStep = Ticks.niceStep(box.yMin(), box.yMax(), 5);
        for (double yTick : Ticks.linear(box.yMin(), box.yMax(), 5)) {
            double z = box.worldZ(yTick);
            nodes.add(PolylineMesh.of(List.of(new Point3D(h, floor, z), new Point3D(h + 4, floor, z)), 0.3, color));
            nodes.add(label(Ticks.format(yTick, yStep), h + 12, floor + 4, z, color));
        }
        double zStep = Ticks.niceStep(box.zMin(), box.zMax(), 5);
        for (double zTick : Ticks.linear(box.zMin(), box.zMax(), 5)) {
            double y = box.worldY(zTick);
            nodes.add(PolylineMesh.of(List.of(new Point3D(-h, y, h), new Point3D(-h - 4, y, h)), 0.3, color));
            nodes.add(label(Ticks.format(zTick, zStep), -h - 14, y, h, color));
        }
        nodes.add(title(names[0], 0, floor + 14, -h - 26, color));
        nodes.add(title(names[1], h + 28, floor + 14, 0, color));
        nodes.add(title(names[2], -h, top - 14, h, color));
        group.getChildren().setAll(nodes);
    }

    private Node label(String text, double x, double y, double z, Color color) {
        return billboard(text, x, y, z, color, 9);
    }

    private Node title(String text, double x, double y, double z, Color color) {
        return billboard(text, x, y, z, color, 12);
    }

    private Node billboard(String text, double x, double y, double z, Color color, double size) {
        Text label = new Text(text);
        label.setFont(Font.font(size));
        label.setFill(color);
        label.setMouseTransparent(true);
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
