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
    /** A level surface F(x, y, z) = c, shown instead of the graph while set. */
    private final MeshView levelSurface = new MeshView();
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
    private boolean axesFitPending;
    private double fittedWidth;
    private double fittedHeight;

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
        levelSurface.setCullFace(CullFace.NONE);
        PhongMaterial levelMaterial = new PhongMaterial(Color.web("#6cb6ff"));
        levelMaterial.setSpecularColor(Color.gray(0.3));
        levelSurface.setMaterial(levelMaterial);
        levelSurface.setVisible(false);
        levelSurface.setMouseTransparent(true);
        world.getChildren().addAll(surface, levelSurface, axes.node(), decorations);
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
        fitAxes();
    }

    /** Shows the sampled surface inside {@code newBox} (values outside its z range are clamped to it). */
    public void setSurface(GridValues values, SurfaceBox newBox) {
        boolean boxChanged = !newBox.equals(box);
        box = newBox;
        surfaceMesh.update(values, box);
        if (boxChanged) {
            fitAxes();
        }
    }

    /**
     * Shows the triangles of a level surface (nine data coordinates x, y, z per triangle, see
     * {@code deepmath.levels.LevelSurface}) inside {@code newBox} instead of the graph; {@code null} shows the
     * graph again.
     */
    public void setLevelSurface(double[] triangles, SurfaceBox newBox) {
        if (triangles == null) {
            levelSurface.setVisible(false);
            levelSurface.setMesh(null);
            surface.setVisible(true);
            return;
        }
        boolean boxChanged = !newBox.equals(box);
        box = newBox;
        TriangleMesh mesh = new TriangleMesh();
        float[] points = new float[triangles.length];
        for (int p = 0; p < triangles.length; p += 3) {
            points[p] = (float) box.worldX(triangles[p]);
            points[p + 1] = (float) box.worldY(triangles[p + 2]);
            points[p + 2] = (float) box.worldZ(triangles[p + 1]);
        }
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().addAll(0, 0);
        int[] faces = new int[triangles.length / 3 * 2];
        for (int v = 0; v < triangles.length / 3; v++) {
            faces[2 * v] = v;
        }
        mesh.getFaces().setAll(faces);
        levelSurface.setMesh(mesh);
        levelSurface.setVisible(true);
        surface.setVisible(false);
        if (boxChanged) {
            fitAxes();
        }
    }

    /** Whether a level surface is shown instead of the graph, and its number of triangles. */
    public int levelSurfaceTriangles() {
        return levelSurface.isVisible() && levelSurface.getMesh() instanceof TriangleMesh m ? m.getFaces().size() / 6 : 0;
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
        nodes.addAll(MarkerNodes.of(markers, box));
        if (plane != null) {
            nodes.add(planeNode(plane));
        }
        decorations.getChildren().setAll(nodes);
    }

    /**
     * Where the axes' texts (tick labels and axis names) are drawn, in this view's coordinates, through the
     * camera's perspective: the screen rectangles a reader sees. Hidden labels are left out.
     */
    public List<ScreenLabel> axisLabels() {
        List<ScreenLabel> out = new ArrayList<>();
        for (AxesBox.Placed placed : axes.texts()) {
            javafx.scene.text.Text text = placed.text();
            if (text.isVisible()) {
                out.add(new ScreenLabel(text.getText(), screenBounds(text), placed.axis(), placed.title()));
            }
        }
        return out;
    }

    private javafx.geometry.Bounds screenBounds(javafx.scene.text.Text text) {
        javafx.geometry.Bounds b = text.getLayoutBounds();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double x : new double[] {b.getMinX(), b.getMaxX()}) {
            for (double y : new double[] {b.getMinY(), b.getMaxY()}) {
                Point3D scene = text.localToScene(new Point3D(x, y, 0), true);
                javafx.geometry.Point2D local = sceneToLocal(scene.getX(), scene.getY());
                minX = Math.min(minX, local.getX());
                minY = Math.min(minY, local.getY());
                maxX = Math.max(maxX, local.getX());
                maxY = Math.max(maxY, local.getY());
            }
        }
        return new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
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
        requestAxesFit();
    }

    /** Fits the axes once the current burst of changes (a drag, a resize) has been handled. */
    private void requestAxesFit() {
        if (!axesFitPending) {
            axesFitPending = true;
            javafx.application.Platform.runLater(() -> {
                axesFitPending = false;
                fitAxes();
            });
        }
    }

    /**
     * Rebuilds the axes with as many ticks as their labels allow on screen: an axis whose neighbouring labels
     * would touch (foreshortened, seen at a slant, or long numbers) gets fewer ticks; then a label that would
     * still touch another axis's — the two labels at a shared corner — is hidden (its tick mark stays).
     * Axis names come first, then x, y and z labels.
     */
    private void fitAxes() {
        int[] targets = {AxesBox.MAX_TICKS, AxesBox.MAX_TICKS, AxesBox.MAX_TICKS};
        axes.rebuild(box, axisNames, axisColor(), targets);
        if (getScene() == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        for (int round = 0; round < 3 * AxesBox.MAX_TICKS; round++) {
            boolean changed = false;
            for (int axis = 0; axis < 3; axis++) {
                if (targets[axis] > 2 && neighboursTouch(axis)) {
                    int before = axes.ticks(axis);
                    while (targets[axis] > 2 && ticksFor(axis, targets[axis]) >= before) {
                        targets[axis]--;
                    }
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            axes.rebuild(box, axisNames, axisColor(), targets);
        }
        List<javafx.geometry.Bounds> kept = new ArrayList<>();
        List<AxesBox.Placed> order = new ArrayList<>(axes.texts());
        order.sort(java.util.Comparator.comparing(p -> !p.title()));
        for (AxesBox.Placed placed : order) {
            javafx.geometry.Bounds b = screenBounds(placed.text());
            boolean clear = kept.stream().noneMatch(k -> touch(k, b));
            placed.text().setVisible(clear);
            if (clear) {
                kept.add(b);
            }
        }
    }

    private int ticksFor(int axis, int target) {
        return switch (axis) {
            case 0 -> deepmath.viz.plot.Ticks.linear(box.xMin(), box.xMax(), target).length;
            case 1 -> deepmath.viz.plot.Ticks.linear(box.yMin(), box.yMax(), target).length;
            default -> deepmath.viz.plot.Ticks.linear(box.zMin(), box.zMax(), target).length;
        };
    }

    private boolean neighboursTouch(int axis) {
        javafx.geometry.Bounds previous = null;
        for (AxesBox.Placed placed : axes.texts()) {
            if (placed.axis() != axis || placed.title()) {
                continue;
            }
            javafx.geometry.Bounds b = screenBounds(placed.text());
            if (previous != null && touch(previous, b)) {
                return true;
            }
            previous = b;
        }
        return false;
    }

    /** Two labels closer than a few pixels read as one. */
    private static boolean touch(javafx.geometry.Bounds a, javafx.geometry.Bounds b) {
        double gap = 3;
        return a.getMinX() < b.getMaxX() + gap && b.getMinX() < a.getMaxX() + gap
                && a.getMinY() < b.getMaxY() + gap && b.getMinY() < a.getMaxY() + gap;
    }

    @Override
    protected void layoutChildren() {
        subScene.relocate(0, 0);
        if (getWidth() != fittedWidth || getHeight() != fittedHeight) {
            fittedWidth = getWidth();
            fittedHeight = getHeight();
            requestAxesFit();
        }
    }
}
