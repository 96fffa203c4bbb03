package deepmath.viz.surface;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Sphere;
import org.fxyz3d.geometry.Point3D;
import org.fxyz3d.shapes.primitives.ScatterMesh;
import org.fxyz3d.shapes.primitives.helper.MarkerFactory;

/**
 * The balls over the surface as nodes. A ball of its own (the current point of a descent, a picked point) is a
 * smooth {@link Sphere}; balls that share a colour and a size (the iterates of one descent, up to 60 of them per
 * method in a race) are one FXyz3D {@link ScatterMesh} of low-polygon spheres: one node and one mesh instead of a
 * node and a 64-division sphere each.
 */
final class MarkerNodes {
    /** Sphere divisions of a scatter mesh's ball: FXyz3D's level 1 (12 around) reads as round at dot size. */
    static final int SCATTER_LEVEL = 1;

    private MarkerNodes() {
    }

    static List<Node> of(List<Marker3D> markers, SurfaceBox box) {
        Map<List<Object>, List<Marker3D>> groups = new LinkedHashMap<>();
        for (Marker3D m : markers) {
            if (Double.isFinite(m.x()) && Double.isFinite(m.y()) && Double.isFinite(m.z())) {
                groups.computeIfAbsent(List.of(m.color(), m.radius()), k -> new ArrayList<>()).add(m);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (List<Marker3D> group : groups.values()) {
            nodes.add(group.size() == 1 ? ball(group.get(0), box) : scatter(group, box));
        }
        return nodes;
    }

    private static Node ball(Marker3D marker, SurfaceBox box) {
        Sphere ball = new Sphere(marker.radius());
        ball.setMaterial(new PhongMaterial(marker.color()));
        ball.setTranslateX(box.worldX(marker.x()));
        ball.setTranslateY(box.worldY(marker.z()));
        ball.setTranslateZ(box.worldZ(marker.y()));
        ball.setMouseTransparent(true);
        return ball;
    }

    private static Node scatter(List<Marker3D> group, SurfaceBox box) {
        List<Point3D> points = new ArrayList<>(group.size());
        for (Marker3D m : group) {
            points.add(new Point3D(box.worldX(m.x()), box.worldY(m.z()), box.worldZ(m.y())));
        }
        Marker3D first = group.get(0);
        ScatterMesh mesh = new ScatterMesh(points, true, 2 * first.radius(), SCATTER_LEVEL);
        mesh.setMarker(MarkerFactory.Marker.SPHERE);
        mesh.setTextureModeNone(first.color());
        mesh.setMouseTransparent(true);
        return mesh;
    }

}
