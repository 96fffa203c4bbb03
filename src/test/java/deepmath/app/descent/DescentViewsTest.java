package deepmath.app.descent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.shell.EnglishWindow;
import deepmath.descent.DescentPreset;
import deepmath.descent.Iterate;
import deepmath.viz.plot.PlotCanvas;
import deepmath.viz.plot.PlotTransform;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SubScene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The descent lab's figures after the book's three steps: the map at equal aspect, legends off the
 * curves, the path on the 3-D surface ending in the current point's ball — at the default size and at 1280×800.
 */
@ExtendWith(ApplicationExtension.class)
class DescentViewsTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private DescentPanel booksThreeSteps(FxRobot robot, String presetId) throws Exception {
        robot.clickOn("#nav-descent");
        @SuppressWarnings("unchecked")
        ComboBox<DescentPreset> presets = robot.lookup("#descent-presets").queryAs(ComboBox.class);
        DescentPreset preset = DescentPreset.all().stream().filter(p -> p.id().equals(presetId)).findFirst().orElseThrow();
        robot.interact(() -> presets.setValue(preset));
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#descent-step-button");
        }
        DescentPanel panel = robot.lookup("#lab-descent").queryAs(DescentPanel.class);
        PlotCanvas map = robot.lookup("#descent-map").queryAs(PlotCanvas.class);
        // The landscape follows the map's size after a short pause; wait until it covers what the map shows.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            LossLandscape l = panel.landscape();
            PlotTransform t = map.transform();
            return l != null && Math.abs(l.window()[0] - t.xMin()) < 1e-6 && Math.abs(l.window()[2] - t.yMin()) < 1e-6;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return panel;
    }

    @SuppressWarnings("unchecked")
    private static List<Iterate> table(FxRobot robot) {
        return robot.lookup("#iterate-table").queryAs(TableView.class).getItems();
    }

    @Test
    void atTheDefaultSize(FxRobot robot) throws Exception {
        checkFigures(robot, booksThreeSteps(robot, "book-2-1"));
    }

    @Test
    void at1280By800(FxRobot robot) throws Exception {
        robot.interact(() -> {
            english.stage().setWidth(1280);
            english.stage().setHeight(800);
        });
        checkFigures(robot, booksThreeSteps(robot, "book-2-1"));
    }

    private void checkFigures(FxRobot robot, DescentPanel panel) {
        List<Iterate> its = table(robot);
        assertEquals(4, its.size());
        PlotCanvas map = robot.lookup("#descent-map").queryAs(PlotCanvas.class);
        PlotTransform t = map.transform();
        assertEquals(t.pixelsPerUnitX(), t.pixelsPerUnitY(), 1e-9, "one unit of a and of b: the same length on screen");
        assertTrue(t.xMin() <= -2.5 + 1e-9 && t.xMax() >= 2.5 - 1e-9 && t.yMin() <= -2.5 + 1e-9 && t.yMax() >= 2.5 - 1e-9,
                "the preset's window [−2.5, 2.5]² is all shown");
        assertArrayEquals(new double[] {t.xMin(), t.xMax(), t.yMin(), t.yMax()}, panel.landscape().window(), 1e-9,
                "the level lines fill the map");

        // The map's legend hides neither the trajectory nor the next step's arrow P(3) → P(3) − δ·grad f(P(3)).
        List<Point2D> trajectory = polyline(its.stream().map(Iterate::point).toList(), t);
        double[] p3 = its.get(3).point();
        double[] g3 = its.get(3).gradient();
        trajectory.addAll(polyline(List.of(p3, new double[] {p3[0] - 0.2 * g3[0], p3[1] - 0.2 * g3[1]}), t));
        assertLegendClear(map, trajectory, "map");

        // The loss plot's legend hides neither f(P_k) nor |grad f(P_k)|.
        PlotCanvas loss = robot.lookup("#descent-loss").queryAs(PlotCanvas.class);
        PlotTransform lt = loss.transform();
        List<double[]> f = new ArrayList<>();
        List<double[]> g = new ArrayList<>();
        for (Iterate it : its) {
            f.add(new double[] {it.k(), it.value()});
            g.add(new double[] {it.k(), it.gradientNorm()});
        }
        List<Point2D> curves = polyline(f, lt);
        curves.addAll(polyline(g, lt));
        assertLegendClear(loss, curves, "loss plot");

        // On the surface: every point of the path at f(a, b) + lift, the ball at P(3) = (0.432, −0.008).
        SurfaceTrajectory path = panel.trajectoryOnSurface(panel.runs().get(0));
        LossLandscape l = panel.landscape();
        double lift = path.ball()[2] - 0.186816;
        assertTrue(lift > 0 && lift < 0.03 * (l.zMax() - l.zMin()), "lifted a little: " + lift);
        for (double[] p : path.path()) {
            assertEquals(p[0] * p[0] + 3 * p[1] * p[1] + lift, p[2], 1e-9);
        }
        assertArrayEquals(new double[] {0.432, -0.008}, new double[] {path.ball()[0], path.ball()[1]}, 1e-9);

        // The view draws that ball (the biggest sphere) where the surface's box puts P(3), and the path as a tube.
        SurfaceView view = robot.lookup("#descent-surface").queryAs(SurfaceView.class);
        List<Sphere> balls = new ArrayList<>();
        List<MeshView> tubes = new ArrayList<>();
        List<org.fxyz3d.shapes.primitives.ScatterMesh> dots = new ArrayList<>();
        for (Node child : view.getChildrenUnmodifiable()) {
            if (child instanceof SubScene sub) {
                collect(sub.getRoot(), balls, tubes, dots);
            }
        }
        Sphere ball = balls.stream().max(java.util.Comparator.comparingDouble(Sphere::getRadius)).orElseThrow();
        SurfaceBox box = view.box();
        assertEquals(box.worldX(0.432), ball.getTranslateX(), 1e-6);
        assertEquals(box.worldY(path.ball()[2]), ball.getTranslateY(), 1e-6);
        assertEquals(box.worldZ(-0.008), ball.getTranslateZ(), 1e-6);
        assertTrue(ball.getRadius() >= 3, "a ball, not a dot: radius " + ball.getRadius());
        assertEquals(1, balls.size(), "the ball at P(3)");
        assertEquals(3, dots.stream().mapToInt(d -> d.getScatterData().size()).sum(), "a small dot at P(0), P(1), P(2)");
        assertTrue(tubes.stream().anyMatch(tube -> tube.getMesh() instanceof TriangleMesh m && m.getPoints().size() / 3 >= 8 * 30),
                "the path as a tube of many segments along the surface");
    }

    private static void collect(Node node, List<Sphere> balls, List<MeshView> tubes,
                                List<org.fxyz3d.shapes.primitives.ScatterMesh> dots) {
        if (node instanceof Sphere sphere) {
            balls.add(sphere);
        } else if (node instanceof org.fxyz3d.shapes.primitives.ScatterMesh scatter) {
            dots.add(scatter);
        } else if (node instanceof MeshView mesh && mesh.isMouseTransparent()) {
            tubes.add(mesh);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, balls, tubes, dots));
        }
    }

    @Test
    void theRegressionDataPlotsLegendHidesNoDataPointNorTheFittedLine(FxRobot robot) throws Exception {
        booksThreeSteps(robot, "regression");
        // the book's loss is a sum (line 9291): the map's title said "mean" before
        assertEquals("Loss E(a, b) = Σ (y_i − (a·x_i + b))², the sum over the points",
                robot.lookup("#descent-map").queryAs(PlotCanvas.class).titleProperty().get());
        PlotCanvas data = robot.lookup("#descent-data").queryAs(PlotCanvas.class);
        PlotTransform t = data.transform();
        List<Point2D> marks = new ArrayList<>();
        var cloud = DescentPreset.byId("regression").data();
        for (int i = 0; i < cloud.size(); i++) {
            marks.add(t.toPixels(cloud.xs()[i], cloud.ys()[i]));
        }
        double[] ab = table(robot).get(3).point();
        double lo = t.xMin();
        double hi = t.xMax();
        marks.addAll(polyline(List.of(new double[] {lo, ab[0] * lo + ab[1]}, new double[] {hi, ab[0] * hi + ab[1]}), t));
        assertLegendClear(data, marks, "data plot");
    }

    @Test
    void line8956TheOneVariableDescentIsDrawnOnItsCurveAndAClickThereChoosesA0(FxRobot robot) throws Exception {
        robot.clickOn("#nav-descent");
        @SuppressWarnings("unchecked")
        ComboBox<DescentPreset> presets = robot.lookup("#descent-presets").queryAs(ComboBox.class);
        robot.interact(() -> presets.setValue(DescentPreset.byId("parabola")));
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#descent-step-button");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#descent-map").tryQuery().isEmpty()
                || robot.lookup("#descent-map").queryAs(PlotCanvas.class).getScene() == null, "no map for one variable");
        PlotCanvas curve = robot.lookup("#descent-curve").queryAs(PlotCanvas.class);
        PlotTransform t = curve.transform();
        assertEquals(-2.5, t.xMin(), 1e-9, "the preset's x range");
        assertEquals(2.5, t.xMax(), 1e-9);
        assertTrue(t.yMin() < 0 && t.yMax() > 2.5 * 2.5 + 1, "f's range over it, and the axis f = 0 where the a_k are read");
        assertEquals("Descent on the curve of f(a) = a^2 + 1", curve.titleProperty().get());
        assertEquals("a", curve.xAxis().labelProperty().get());
        // the table is the book's (line 8971): k, a_k, f′(a_k), f(a_k)
        @SuppressWarnings("unchecked")
        TableView<Iterate> table = robot.lookup("#iterate-table").queryAs(TableView.class);
        assertEquals(List.of("k", "a_k", "f′(a_k)", "f(a_k)"), table.getColumns().stream().map(c -> c.getText()).toList());
        List<Iterate> its = table.getItems();
        assertEquals(4, its.size());
        assertArrayEquals(new double[] {0.432}, its.get(3).point(), 1e-12);
        // the legend hides none of the points (a_k, f(a_k)) on the curve, nor the steps between them
        List<double[]> onCurve = new ArrayList<>();
        for (Iterate it : its) {
            onCurve.add(new double[] {it.point()[0], it.value()});
        }
        assertLegendClear(curve, polyline(onCurve, t), "curve");
        // a click on the curve's plot chooses a0 = −1.5 (its height is no coordinate)
        robot.clickOn(curve.localToScreen(t.toPixels(-1.5, 4)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1.5, table.getItems().get(0).point()[0], 0.03);
        assertEquals(1, table.getItems().get(0).point().length);
    }

    private static void assertLegendClear(PlotCanvas plot, List<Point2D> marks, String what) {
        Rectangle2D box = plot.legendBox().orElse(null);
        assertNotNull(box, what + " has a legend");
        Rectangle2D area = plot.transform().area();
        if (!area.contains(box)) {
            assertFalse(area.intersects(box), what + ": a legend not inside the plot area is wholly outside it");
            return;
        }
        for (Point2D p : marks) {
            if (plot.transform().area().contains(p)) {
                assertFalse(box.contains(p), what + ": the legend " + box + " hides the curve at " + p);
            }
        }
    }

    /** Pixels every 1 px along the polyline through the data points (independent of the plot's own sampling). */
    private static List<Point2D> polyline(List<double[]> points, PlotTransform t) {
        List<Point2D> out = new ArrayList<>();
        for (int k = 1; k < points.size(); k++) {
            Point2D a = t.toPixels(points.get(k - 1)[0], points.get(k - 1)[1]);
            Point2D b = t.toPixels(points.get(k)[0], points.get(k)[1]);
            int n = (int) Math.ceil(a.distance(b));
            for (int i = 0; i <= n; i++) {
                out.add(a.interpolate(b, n == 0 ? 0 : i / (double) n));
            }
        }
        return out;
    }
}
