package deepmath.viz.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.levels.LevelSurface;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The level surface x² + y² + z² = r² (book lines 2875 and 7066) drawn by OpenGL in the surfaces lab's 3-D view:
 * every triangle of the mesh is in the view, the sphere covers the middle of the picture and not its corners, and
 * clearing it brings the graph back.
 */
@Tag("gl")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class LevelSurfaceGlTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void line7066TheSphereIsDrawnInTheMiddleOfTheView() throws Exception {
        double r = 1.2;
        LevelSurface.Mesh sphere = LevelSurface.of((x, y, z) -> x * x + y * y + z * z,
                new double[] {-2, 2, -2, 2, -2 / 0.7, 2 / 0.7}, 30, r * r);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            SurfaceView view = new SurfaceView();
            view.setLevelSurface(sphere.vertices(), new SurfaceBox(-2, 2, -2, 2, -2 / 0.7, 2 / 0.7));
            assertEquals(sphere.triangles(), view.levelSurfaceTriangles());
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(view, 500, 400, true));
            stage.show();
            view.applyCss();
            view.layout();
            return view.snapshotImage();
        }).get(30, TimeUnit.SECONDS);
        Color middle = image.getPixelReader().getColor((int) image.getWidth() / 2, (int) image.getHeight() / 2);
        Color corner = image.getPixelReader().getColor(3, 3);
        assertTrue(middle.getOpacity() > 0.9 && middle.getBlue() > middle.getRed(), "the sphere's blue: " + middle);
        assertTrue(corner.getOpacity() < 0.1 || Math.abs(corner.getBlue() - corner.getRed()) < 0.05,
                "no sphere in the corner: " + corner);
        int cleared = WaitForAsyncUtils.asyncFx(() -> {
            SurfaceView view = new SurfaceView();
            view.setLevelSurface(sphere.vertices(), new SurfaceBox(-2, 2, -2, 2, -2, 2));
            view.setLevelSurface(null, view.box());
            return view.levelSurfaceTriangles();
        }).get(30, TimeUnit.SECONDS);
        assertEquals(0, cleared);
    }
}
