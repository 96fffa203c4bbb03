package deepmath.viz.gl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.viz.surface.ScreenLabel;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 3D view's tick labels and axis names as the reader sees them (through the camera's perspective): no two
 * overlap, at the sizes the surfaces lab gives the view in its default window and at 1280×800, and each axis
 * keeps enough labels to be read.
 */
@Tag("gl")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class SurfaceAxesGlTest {
    /** Gap, in pixels, that two labels must keep to read as two. */
    private static final double GAP = 2;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<ScreenLabel> labels(double width, double height, SurfaceBox box) throws Exception {
        SurfaceView shown = WaitForAsyncUtils.asyncFx(() -> {
            Grid2D grid = Grid2D.square(box.xMin(), box.xMax(), box.yMin(), box.yMax(), 40);
            float[] z = new float[grid.size()];
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    double x = grid.x(i);
                    double y = grid.y(j);
                    z[grid.index(i, j)] = (float) (x * Math.exp(-x * x - y * y));
                }
            }
            SurfaceView view = new SurfaceView();
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(view, width, height, true));
            stage.show();
            view.applyCss();
            view.layout();
            view.setSurface(new GridValues(grid, z), box);
            view.setAxisNames("x", "y", "z");
            return view;
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(shown::axisLabels).get(30, TimeUnit.SECONDS);
    }

    private static void assertReadable(double width, double height, SurfaceBox box) throws Exception {
        List<ScreenLabel> labels = labels(width, height, box);
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (closer(labels.get(i).bounds(), labels.get(j).bounds())) {
                    overlaps.add(labels.get(i).text() + " / " + labels.get(j).text());
                }
            }
        }
        assertTrue(overlaps.isEmpty(), width + "×" + height + ": overlapping labels " + overlaps + " in " + shown(labels));
        for (int axis = 0; axis < 3; axis++) {
            final int a = axis;
            long ticks = labels.stream().filter(l -> l.axis() == a && !l.title()).count();
            assertTrue(ticks >= 3, "axis " + axis + " keeps at least 3 tick labels: " + shown(labels));
            assertTrue(labels.stream().anyMatch(l -> l.axis() == a && l.title()), "axis " + axis + " has its name");
        }
    }

    private static String shown(List<ScreenLabel> labels) {
        StringBuilder out = new StringBuilder();
        for (ScreenLabel l : labels) {
            Bounds b = l.bounds();
            out.append(String.format(java.util.Locale.ROOT, "%n  %s (axis %d%s) at %.0f,%.0f–%.0f,%.0f", l.text(),
                    l.axis(), l.title() ? ", name" : "", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
        }
        return out.toString();
    }

    private static boolean closer(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() + GAP && b.getMinX() < a.getMaxX() + GAP
                && a.getMinY() < b.getMaxY() + GAP && b.getMinY() < a.getMaxY() + GAP;
    }

    @Test
    void tickLabelsDoNotOverlapAtTheLabsDefaultSize() throws Exception {
        // x·e^(−x²−y²) on [−2, 2]², as the lab opens: the view is about 744×480 in the default window.
        assertReadable(744, 480, new SurfaceBox(-2, 2, -2, 2, -0.4289, 0.4289));
    }

    @Test
    void tickLabelsDoNotOverlapAt1280By800() throws Exception {
        assertReadable(664, 440, new SurfaceBox(-2, 2, -2, 2, -0.4289, 0.4289));
    }

    @Test
    void tickLabelsDoNotOverlapWithLongNumbers() throws Exception {
        // Long tick labels (−0.75, 1.25…) on a wide window and a tall z range.
        assertReadable(744, 480, new SurfaceBox(-3.75, 1.25, -0.625, 0.625, -1234.5, 2345.5));
    }
}
