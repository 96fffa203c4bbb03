package deepmath.viz.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.viz.surface.Marker3D;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SubScene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Sphere;
import javafx.stage.Stage;
import org.fxyz3d.shapes.primitives.ScatterMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The balls over the surface: a descent's iterates (same colour, same size) are one FXyz3D scatter mesh with a
 * ball at each iterate, the current point a sphere of its own; both are drawn where the box puts them.
 */
@Tag("gl")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class SurfaceMarkersGlTest {
    private static final Color DOTS = Color.rgb(230, 0, 0);
    private static final Color BALL = Color.rgb(0, 0, 230);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void iteratesAreOneScatterMeshAndTheCurrentPointABallAtTheirPlaces() throws Exception {
        List<Node> found = new ArrayList<>();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Grid2D grid = Grid2D.square(-1, 1, -1, 1, 20);
            SurfaceView view = new SurfaceView();
            SurfaceBox box = new SurfaceBox(-1, 1, -1, 1, -1, 1);
            view.setSurface(new GridValues(grid, new float[grid.size()]), box);
            List<Marker3D> markers = new ArrayList<>();
            for (int k = 0; k < 9; k++) {
                markers.add(new Marker3D(-0.8 + 0.15 * k, 0, 0.05, DOTS, 3));
            }
            markers.add(new Marker3D(Double.NaN, 0, 0, DOTS, 3)); // where f is undefined: left out
            markers.add(new Marker3D(0.6, 0.5, 0.05, BALL, 5));
            view.setDecorations(List.of(), markers, List.of(), null);
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(view, 500, 400, true));
            stage.show();
            view.applyCss();
            view.layout();
            for (Node child : view.getChildrenUnmodifiable()) {
                if (child instanceof SubScene sub) {
                    collect(sub.getRoot(), found);
                }
            }
            return view.snapshotImage();
        }).get(30, TimeUnit.SECONDS);

        List<ScatterMesh> scatters = found.stream().filter(n -> n instanceof ScatterMesh).map(n -> (ScatterMesh) n).toList();
        List<Sphere> spheres = found.stream().filter(n -> n instanceof Sphere).map(n -> (Sphere) n).toList();
        assertEquals(1, scatters.size(), "the nine iterates are one node");
        assertEquals(9, scatters.get(0).getScatterData().size(), "the undefined iterate is left out");
        assertEquals(1, spheres.size());
        assertEquals(5, spheres.get(0).getRadius(), 1e-12);
        assertEquals(new SurfaceBox(-1, 1, -1, 1, -1, 1).worldX(0.6), spheres.get(0).getTranslateX(), 1e-9);

        // On screen: red dots from left to right along y = 0, and the blue ball to the right, further away.
        double[] red = extent(image, c -> c.getRed() > 0.45 && c.getGreen() < 0.2 && c.getBlue() < 0.2);
        double[] blue = extent(image, c -> c.getBlue() > 0.45 && c.getRed() < 0.2 && c.getGreen() < 0.2);
        assertTrue(red[4] > 40, "the iterates are drawn: " + red[4] + " red pixels");
        assertTrue(red[1] - red[0] > 90, "from x = -0.8 to x = 0.4 (the box is about 240 px wide, seen at 30°): " + red[0] + " to " + red[1]);
        assertTrue(blue[4] > 30, "the ball is drawn: " + blue[4] + " blue pixels");
        assertTrue((blue[0] + blue[1]) / 2 > (red[0] + red[1]) / 2, "the ball (x = 0.6) right of the dots' middle");
    }

    private static void collect(Node node, List<Node> found) {
        if (node instanceof ScatterMesh || node instanceof Sphere) {
            found.add(node);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    /** {min x, max x, min y, max y, count} of the pixels that pass {@code test}. */
    private static double[] extent(WritableImage image, java.util.function.Predicate<Color> test) {
        PixelReader pixels = image.getPixelReader();
        double[] e = {Double.MAX_VALUE, -1, Double.MAX_VALUE, -1, 0};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(pixels.getColor(x, y))) {
                    e[0] = Math.min(e[0], x);
                    e[1] = Math.max(e[1], x);
                    e[2] = Math.min(e[2], y);
                    e[3] = Math.max(e[3], y);
                    e[4]++;
                }
            }
        }
        return e;
    }
}
