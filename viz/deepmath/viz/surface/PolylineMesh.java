package deepmath.viz.surface;

import javafx.geometry.Point3D;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import java.util.List;

/**
 * A 3D polyline as one mesh: a thin square tube around each segment (JavaFX has no line primitive, and one
 * node per segment would be far slower for long level curves and trajectories).
 */
public final class PolylineMesh {
    private PolylineMesh() {
    }

    public static MeshView of(List<Point3D> points, double radius, Color color) {
        TriangleMesh mesh = new TriangleMesh();
        mesh.getTexCoords().addAll(0, 0);
        int segments = 0;
        for (int k = 1; k < points.size(); k++) {
            Point3D a = points.get(k - 1);
            Point3D b = points.get(k);
            Point3D axis = b.subtract(a);
            if (axis.magnitude() < 1e-9 || !finite(a) || !finite(b)) {
                continue;
            }
            axis = axis.normalize();
            Point3D helper = Math.abs(axis.getY()) < 0.9 ? new Point3D(0, 1, 0) : new Point3D(1, 0, 0);
            Point3D u = axis.crossProduct(helper).normalize().multiply(radius);
            Point3D v = axis.crossProduct(u).normalize().multiply(radius);
            int base = segments * 8;
            Point3D[] corners = {u.add(v), u.subtract(v), u.multiply(-1).subtract(v), v.subtract(u)};
            for (Point3D end : new Point3D[] {a, b}) {
                for (Point3D c : corners) {
                    mesh.getPoints().addAll((float) (end.getX() + c.getX()), (float) (end.getY() + c.getY()),
                            (float) (end.getZ() + c.getZ()));
                }
            }
            for (int side = 0; side < 4; side++) {
                int a0 = base + side;
                int a1 = base + (side + 1) % 4;
                int b0 = a0 + 4;
                int b1 = a1 + 4;
                mesh.getFaces().addAll(a0, 0, b0, 0, a1, 0, a1, 0, b0, 0, b1, 0);
                mesh.getFaces().addAll(a0, 0, a1, 0, b0, 0, a1, 0, b1, 0, b0, 0);
            }
            segments++;
        }
        MeshView view = new MeshView(mesh);
        PhongMaterial material = new PhongMaterial(color);
        material.setSpecularColor(Color.TRANSPARENT);
        view.setMaterial(material);
        view.setMouseTransparent(true);
        return view;
    }

    private static boolean finite(Point3D p) {
        return Double.isFinite(p.getX()) && Double.isFinite(p.getY()) && Double.isFinite(p.getZ());
    }
}
