package deepmath.viz.surface;

import deepmath.grid.GridValues;
import deepmath.viz.color.ColorMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;

/**
 * The graph z = f(x, y) in 3D: a colour-mapped mesh in a box with ticked axes, and on top of it curves
 * (slices, lifted level lines, trajectories), balls, arrows and a tangent plane. Drag to turn, scroll to
 * zoom, right-drag (or shift-drag) to pan, double-click to reset; a click without drag picks a point.
 * <p>
 * Replacing the surface with one of the same resolution rewrites the mesh arrays in place (no new nodes),
 * so a parameter slider can redraw it many times per second.
 */
public final class SurfaceView extends Region {
    // Positive elevation about JavaFX's X axis (Y points down) tilts the top away: the box is seen from above.
    private static final double DEFAULT_ELEVATION = 28;
    private static final double DEFAULT_AZIMUTH = -30;
    private static final double DEFAULT_DISTANCE = 640;
    private static final double DEFAULT_LIFT = 18;

    private final Group world = new Group();
    private final Rotate elevation = new Rotate(DEFAULT_ELEVATION, Rotate.X_AXIS);
    private final Rotate azimuth = new Rotate(DEFAULT_AZIMUTH, Rotate.Y_AXIS);
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final SubScene subScene;
    private final SurfaceMesh surfaceMesh = new SurfaceMesh();
    private final MeshView surface = new MeshView(surfaceMesh.mesh());
    private final PhongMaterial surfaceMaterial = new PhongMaterial(Color.WHITE);
    private final AxesBox axes = new AxesBox();
    private final Group decorations = new Group();
    private final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(this, "colorMap", ColorMap.VIRIDIS);
    private final BooleanProperty wireframe = new SimpleBooleanProperty(this, "wireframe", false);
    private final ObjectProperty<BiConsumer<Double, Double>> onPointPicked = new SimpleObjectProperty<>(this, "onPointPicked");
    private final String[] axisNames = {"x", "y", "z"};
    private SurfaceBox box = new SurfaceBox(-1, 1, -1, 1, -1, 1);
    private double homeElevation = DEFAULT_ELEVATION;
    private double homeAzimuth = DEFAULT_AZIMUTH;
    private double homeDistance = DEFAULT_DISTANCE;
    private double dragX;
    private double dragY;

    public SurfaceView() {
        getStyleClass().add("surface-view");
        camera.setNearClip(1);
        camera.setFarClip(5000);
        camera.setFieldOfView(32);
        camera.setTranslateZ(-DEFAULT_DISTANCE);
        camera.setTranslateY(DEFAULT_LIFT);
        world.getTransforms().setAll(elevation, azimuth);
        surface.setMaterial(surfaceMaterial);
        surface.setCullFace(CullFace.NONE);
        AmbientLight ambient = new AmbientLight(Color.gray(0.62));
        PointLight key = new PointLight(Color.gray(0.45));
        key.setTranslateX(-300);
        key.setTranslateY(-500);
        key.setTranslateZ(-400);
        world.getChildren().addAll(surface, axes.node(), decorations);
        Group root = new Group(world, ambient, key, camera);
        subScene = new SubScene(root, 400, 300, true, SceneAntialiasing.BALANCED);
        subScene.setCamera(camera);
        subScene.setFill(Color.TRANSPARENT);
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        getChildren().add(subScene);
        colorMap.addListener((obs, old, map) -> surfaceMaterial.setDiffuseMap(palette(map)));
        surfaceMaterial.setDiffuseMap(palette(colorMap.get()));
        wireframe.addListener((obs, old, on) -> surface.setDrawMode(on ? DrawMode.LINE : DrawMode.FILL));
        installMouse();
        updateAngles();
        setMinSize(200, 150);
        setPrefSize(640, 480);
    }

    public ObjectProperty<ColorMap> colorMapProperty() {
        return colorMap;
    }

    public BooleanProperty wireframeProperty() {
        return wireframe;
    }

    /** Called with (x, y) in data coordinates when the user clicks the surface without dragging. */
    public ObjectProperty<BiConsumer<Double, Double>> onPointPickedProperty() {
        return onPointPicked;
    }

    public SurfaceBox box() {
        return box;
    }

    public void setAxisNames(String x, String y, String z) {
        axisNames[0] = x;
        axisNames[1] = y;
        axisNames[2] = z;
        axes.rebuild(box, axisNames, axisColor());
    }

    /** Shows the sampled surface inside {@code newBox} (values outside its z range are clamped to it). */
    public void setSurface(GridValues values, SurfaceBox newBox) {
        boolean boxChanged = !newBox.equals(box);
        box = newBox;
        surfaceMesh.update(values, box);
        if (boxChanged) {
            axes.rebuild(box, axisNames, axisColor());
        }
    }

    /** Replaces the curves, balls, arrows and tangent plane drawn over the surface. */
    public void setDecorations(List<Curve3D> curves, List<Marker3D> markers, List<Arrow3D> arrows, TangentPlane plane) {
        List<Node> nodes = new ArrayList<>();
        for (Curve3D curve : curves) {
            nodes.add(PolylineMesh.of(toWorld(curve.points()), curve.width(), curve.color()));
        }
        for (Arrow3D arrow : arrows) {
            nodes.addAll(arrowNodes(arrow));
        }
        for (Marker3D marker : markers) {
            Sphere ball = new Sphere(marker.radius());
            ball.setMaterial(new PhongMaterial(marker.color()));
            ball.setTranslateX(box.worldX(marker.x()));
            ball.setTranslateY(box.worldY(marker.z()));
            ball.setTranslateZ(box.worldZ(marker.y()));
            ball.setMouseTransparent(true);
            nodes.add(ball);
        }
        if (plane != null) {
            nodes.add(planeNode(plane));
        }
        decorations.getChildren().setAll(nodes);
    }

    /** Vertices of the current surface mesh (resolution × resolution once a surface is shown). */
    public int vertexCount() {
        return surfaceMesh.vertexCount();
    }

    public void resetView() {
        elevation.setAngle(homeElevation);
        azimuth.setAngle(homeAzimuth);
        camera.setTranslateZ(-homeDistance);
        camera.setTranslateX(0);
        camera.setTranslateY(DEFAULT_LIFT);
        updateAngles();
    }

    /**
     * The view's home angles (degrees), shown now and by {@link #resetView}: a view that shows what happens at the
     * bottom of a bowl (a descent) looks from higher up than the default.
     */
    public void setHomeAngles(double elevationDegrees, double azimuthDegrees) {
        homeElevation = elevationDegrees;
        homeAzimuth = azimuthDegrees;
        resetView();
    }

    /** The camera's home distance, as a multiple of the default (more than 1: the whole box with its labels). */
    public void setHomeDistance(double factor) {
        homeDistance = DEFAULT_DISTANCE * factor;
        resetView();
    }

    /** The 3D scene as an image (for PNG export; needs the view to be in a shown window). */
    public WritableImage snapshotImage() {
        return subScene.snapshot(null, null);
    }

    private List<Point3D> toWorld(List<double[]> points) {
        List<Point3D> world = new ArrayList<>(points.size());
        for (double[] p : points) {
            world.add(new Point3D(box.worldX(p[0]), box.worldY(p[2]), box.worldZ(p[1])));
        }
        return world;
    }

    private List<Node> arrowNodes(Arrow3D arrow) {
        Point3D from = toWorld(List.of(arrow.from())).get(0);
        Point3D to = toWorld(List.of(arrow.to())).get(0);
        Point3D direction = to.subtract(from);
        double length = direction.magnitude();
        if (length < 1e-6) {
            return List.of();
        }
        Point3D unit = direction.normalize();
        Point3D side = unit.crossProduct(new Point3D(0, 1, 0));
        if (side.magnitude() < 1e-6) {
            side = new Point3D(1, 0, 0);
        }
        side = side.normalize();
        double head = Math.min(8, length * 0.35);
        Point3D base = to.subtract(unit.multiply(head));
        return List.of(PolylineMesh.of(List.of(from, base), 0.9, arrow.color()),
                PolylineMesh.of(List.of(base.add(side.multiply(head * 0.5)), to,
                        base.subtract(side.multiply(head * 0.5))), 0.9, arrow.color()));
    }

    private Node planeNode(TangentPlane plane) {
        TriangleMesh quad = new TriangleMesh();
        double w = plane.halfWidth();
        double[][] corners = {{-w, -w}, {w, -w}, {w, w}, {-w, w}};
        for (double[] c : corners) {
            double x = plane.x0() + c[0];
            double y = plane.y0() + c[1];
            double z = plane.z(x, y);
            quad.getPoints().addAll((float) box.worldX(x), (float) box.worldY(z), (float) box.worldZ(y));
        }
        quad.getTexCoords().addAll(0, 0);
        quad.getFaces().addAll(0, 0, 1, 0, 2, 0, 0, 0, 2, 0, 3, 0);
        MeshView view = new MeshView(quad);
        view.setCullFace(CullFace.NONE);
        view.setMaterial(new PhongMaterial(Color.rgb(255, 140, 0, 0.6)));
        view.setMouseTransparent(true);
        return view;
    }

    private static WritableImage palette(ColorMap map) {
        WritableImage image = new WritableImage(256, 2);
        for (int i = 0; i < 256; i++) {
            Color c = map.color(i / 255.0);
            image.getPixelWriter().setColor(i, 0, c);
            image.getPixelWriter().setColor(i, 1, c);
        }
        return image;
    }

    private Color axisColor() {
        return Color.web("#57606a");
    }

    private void installMouse() {
        subScene.setOnMousePressed(e -> {
            dragX = e.getSceneX();
            dragY = e.getSceneY();
        });
        subScene.setOnMouseDragged(this::drag);
        subScene.setOnScroll(this::zoom);
        subScene.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
                resetView();
            } else if (e.isStillSincePress() && e.getButton() == MouseButton.PRIMARY) {
                pick(e);
            }
        });
    }

    private void drag(MouseEvent e) {
        double dx = e.getSceneX() - dragX;
        double dy = e.getSceneY() - dragY;
        dragX = e.getSceneX();
        dragY = e.getSceneY();
        if (e.isSecondaryButtonDown() || e.isMiddleButtonDown() || e.isShiftDown()) {
            double scale = -camera.getTranslateZ() / 600;
            camera.setTranslateX(camera.getTranslateX() - dx * scale);
            camera.setTranslateY(camera.getTranslateY() - dy * scale);
        } else {
            azimuth.setAngle(azimuth.getAngle() - dx * 0.4);
            elevation.setAngle(Math.max(-90, Math.min(90, elevation.getAngle() + dy * 0.4)));
            updateAngles();
        }
    }

    private void zoom(ScrollEvent e) {
        double factor = Math.pow(1.0015, -e.getDeltaY());
        camera.setTranslateZ(Math.max(-3000, Math.min(-150, camera.getTranslateZ() * factor)));
    }

    private void pick(MouseEvent e) {
        if (e.getPickResult().getIntersectedNode() != surface || onPointPicked.get() == null) {
            return;
        }
        Point3D p = e.getPickResult().getIntersectedPoint();
        onPointPicked.get().accept(box.dataX(p.getX()), box.dataY(p.getZ()));
    }

    private void updateAngles() {
        axes.setViewAngles(elevation.getAngle(), azimuth.getAngle());
    }

    @Override
    protected void layoutChildren() {
        subScene.relocate(0, 0);
    }
}
