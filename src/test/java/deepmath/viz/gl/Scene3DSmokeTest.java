package deepmath.viz.gl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 3-D pipeline works where the 3-D views will run: a red box in a perspective SubScene must show up
 * in a snapshot. Runs in the "gl" execution (es2 on Mesa under Xvfb); skipped without a display.
 */
@Tag("gl")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class Scene3DSmokeTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aBoxInAPerspectiveSubSceneIsRendered() throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D needs OpenGL (prism.order=es2)");
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Box box = new Box(100, 100, 100);
            box.setMaterial(new PhongMaterial(Color.RED));
            box.setRotate(30);
            PerspectiveCamera camera = new PerspectiveCamera(true);
            camera.setTranslateZ(-400);
            camera.setFarClip(2000);
            SubScene view = new SubScene(new Group(box), 200, 200, true, SceneAntialiasing.BALANCED);
            view.setFill(Color.WHITE);
            view.setCamera(camera);
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(new Group(view), 200, 200));
            stage.show();
            return view.snapshot(null, null);
        }).get(30, TimeUnit.SECONDS);
        Color centre = image.getPixelReader().getColor(100, 100);
        Color corner = image.getPixelReader().getColor(2, 2);
        assertTrue(centre.getRed() > 0.4 && centre.getGreen() < 0.2 && centre.getBlue() < 0.2, "centre " + centre);
        assertTrue(corner.getRed() > 0.9 && corner.getGreen() > 0.9, "corner " + corner);
    }
}
