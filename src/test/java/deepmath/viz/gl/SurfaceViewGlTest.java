package deepmath.viz.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleBinaryOperator;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
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
 * The 3D surface as rendered by OpenGL: a plane rising along x (then along y) must be drawn with the high
 * end of the colour map where x (y) is large, seen from above — x to the right, y going away from the reader.
 */
@Tag("gl")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class SurfaceViewGlTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static WritableImage render(DoubleBinaryOperator f) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Grid2D grid = Grid2D.square(-1, 1, -1, 1, 40);
            float[] z = new float[grid.size()];
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    z[grid.index(i, j)] = (float) f.applyAsDouble(grid.x(i), grid.y(j));
                }
            }
            SurfaceView view = new SurfaceView();
            view.setSurface(new GridValues(grid, z), new SurfaceBox(-1, 1, -1, 1, -1, 1));
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(view, 500, 400, true));
            stage.show();
            view.applyCss();
            view.layout();
            assertEquals(40 * 40, view.vertexCount());
            return view.snapshotImage();
        }).get(30, TimeUnit.SECONDS);
    }

    /** Mean {x, y} pixel position of the yellow end (index 0) and of the purple end (index 1) of viridis. */
    private static double[][] ends(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        double[][] sums = new double[2][3];
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                Color c = pixels.getColor(x, y);
                // The lit yellow end of viridis reads about (0.6, 0.55, 0.1); the purple end about (0.25, 0.0, 0.3).
                boolean yellow = c.getRed() > 0.45 && c.getGreen() > 0.45 && c.getBlue() < 0.3;
                boolean purple = c.getBlue() > c.getGreen() + 0.08 && c.getRed() > c.getGreen() && c.getGreen() < 0.2;
                int k = yellow ? 0 : purple ? 1 : -1;
                if (k >= 0) {
                    sums[k][0] += x;
                    sums[k][1] += y;
                    sums[k][2]++;
                }
            }
        }
        assertTrue(sums[0][2] > 50 && sums[1][2] > 50, "both ends of the colour map are visible: " + sums[0][2]
                + " yellow, " + sums[1][2] + " purple pixels");
        return new double[][] {{sums[0][0] / sums[0][2], sums[0][1] / sums[0][2]},
            {sums[1][0] / sums[1][2], sums[1][1] / sums[1][2]}};
    }

    @Test
    void xIncreasesToTheRightAndYAwayFromTheReader() throws Exception {
        double[][] alongX = ends(render((x, y) -> x));
        assertTrue(alongX[0][0] > alongX[1][0] + 40, "high x drawn to the right of low x");
        double[][] alongY = ends(render((x, y) -> y));
        assertTrue(alongY[0][1] < alongY[1][1] - 20, "high y drawn further up the screen (further away)");
    }
}
