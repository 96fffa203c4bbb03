package deepmath.app.convolution;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * docs/screenshots of the convolution lab in English and French, at 1280×800: the image tab with Emboss,
 * max pooling and the inspector on a pooled pixel, the matrix tab (and its pooling), the signal tab (and the
 * radar echo), the neuron-and-layer, backpropagation and properties tabs, the hidden smiley, and the Tensors
 * tab's pages (operations, broadcasting, the matrix product, data and one filter on every digit, gradient).
 * On demand only:
 * {@code mvn -B -o test -Dtest=ConvolutionScreenshots -Ddeepmath.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ConvolutionScreenshots {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    @Test
    @SuppressWarnings("unchecked")
    void screenshots(FxRobot robot) throws Exception {
        Path folder = ScreenshotWriter.folderOrSkip();
        var window = english.window();
        Stage stage = window.stage();
        ScreenshotWriter.show(robot, window, LabId.CONVOLUTION);
        ConvolutionLab lab = (ConvolutionLab) window.currentLabProperty().get();
        robot.interact(() -> {
            lab.select("image");
            ((ComboBox<String>) robot.lookup("#conv-kernel-preset").queryAs(ComboBox.class)).setValue("emboss");
            ((ComboBox<ImageSettings.PoolingChoice.Mode>) robot.lookup("#conv-pooling").queryAs(ComboBox.class))
                    .setValue(ImageSettings.PoolingChoice.Mode.MAX);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !WaitForAsyncUtils.asyncFx(() -> lab.imageTab().busy()).get()
                        && window.engine().stateProperty().get() != deepmath.app.shell.EngineStatus.State.LOADING);
        Thread.sleep(500);
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            String suffix = language == Locale.FRENCH ? "-fr" : "";
            robot.interact(() -> window.setLanguage(language));
            robot.interact(() -> {
                lab.select("image");
                lab.imageTab().hover(false, 44, 30);
            });
            ScreenshotWriter.write(stage.getScene(), folder.resolve("convolution-image" + suffix + ".png"));
            robot.interact(() -> lab.select("matrix"));
            robot.clickOn("#conv-matrix-next").clickOn("#conv-matrix-next").clickOn("#conv-matrix-next");
            ScreenshotWriter.write(stage.getScene(), folder.resolve("convolution-matrix" + suffix + ".png"));
            robot.interact(() -> lab.select("signal"));
            ScreenshotWriter.write(stage.getScene(), folder.resolve("convolution-signal" + suffix + ".png"));
            robot.interact(() -> lab.select("layer"));
            ScreenshotWriter.write(stage.getScene(), folder.resolve("convolution-layer" + suffix + ".png"));
            robot.interact(() -> lab.select("backprop"));
            ScreenshotWriter.write(stage.getScene(), folder.resolve("convolution-backprop" + suffix + ".png"));
            robot.interact(() -> lab.select("properties"));
            ScreenshotWriter.write(stage.getScene(), folder.resolve("convolution-properties" + suffix + ".png"));
        }
        // The pooling of the book's 4 × 6 matrix (line 15280) and the radar echo (line 15447), once each language.
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            String suffix = language == Locale.FRENCH ? "-fr" : "";
            robot.interact(() -> window.setLanguage(language));
            robot.interact(() -> {
                lab.select("matrix");
                ((ComboBox<deepmath.conv.MatrixExample>) robot.lookup("#conv-matrix-example").queryAs(ComboBox.class))
                        .setValue(deepmath.conv.MatrixExample.ALL.get(deepmath.conv.MatrixExample.ALL.size() - 1));
            });
            robot.clickOn("#conv-matrix-next");
            ScreenshotWriter.write(stage.getScene(), folder.resolve("convolution-matrix-pooling" + suffix + ".png"));
            robot.interact(() -> {
                lab.select("signal");
                ((ComboBox<SignalSettings.Shape>) robot.lookup("#conv-signal-preset").queryAs(ComboBox.class))
                        .setValue(SignalSettings.Shape.RADAR);
            });
            ScreenshotWriter.write(stage.getScene(), folder.resolve("convolution-radar" + suffix + ".png"));
        }
        // The hidden smiley found by correlation (line 15477) and the Tensors tab's pages, once each language.
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            String suffix = language == Locale.FRENCH ? "-fr" : "";
            robot.interact(() -> window.setLanguage(language));
            robot.interact(() -> {
                lab.select("image");
                lab.imageTab().openSample(deepmath.image.SampleImages.HIDDEN_SMILEY);
            });
            settle(lab);
            ScreenshotWriter.write(stage.getScene(), folder.resolve("convolution-hidden-smiley" + suffix + ".png"));
            robot.interact(() -> lab.imageTab().openSample("chelsea"));
            settle(lab);
            var tensors = lab.tensorTab();
            robot.interact(() -> {
                lab.select("tensors");
                tensors.state().pageProperty().set(deepmath.app.tensor.TensorState.Page.OPERATIONS);
                ((ComboBox<deepmath.tensor.TensorPreset>) robot.lookup("#tensor-presets").queryAs(ComboBox.class))
                        .setValue(deepmath.tensor.TensorPreset.BOOK_RESHAPE_2_9);
            });
            settle(lab);
            ScreenshotWriter.write(stage.getScene(), folder.resolve("tensors-operations" + suffix + ".png"));
            robot.interact(() -> ((ComboBox<deepmath.tensor.TensorPreset>) robot.lookup("#tensor-presets")
                    .queryAs(ComboBox.class)).setValue(deepmath.tensor.TensorPreset.BROADCAST_ROW));
            settle(lab);
            ScreenshotWriter.write(stage.getScene(), folder.resolve("tensors-broadcast" + suffix + ".png"));
            robot.interact(() -> ((ComboBox<deepmath.tensor.TensorPreset>) robot.lookup("#tensor-presets")
                    .queryAs(ComboBox.class)).setValue(deepmath.tensor.TensorPreset.BOOK_MATRIX_PRODUCT));
            settle(lab);
            ScreenshotWriter.write(stage.getScene(), folder.resolve("tensors-matrix-product" + suffix + ".png"));
            robot.interact(() -> tensors.state().pageProperty().set(deepmath.app.tensor.TensorState.Page.DATA));
            settle(lab);
            ScreenshotWriter.write(stage.getScene(), folder.resolve("tensors-data" + suffix + ".png"));
            // The same filter on every digit (line 16043), at the bottom of the page.
            robot.interact(() -> robot.lookup("#tensor-data-scroll").queryAs(javafx.scene.control.ScrollPane.class)
                    .setVvalue(1));
            ScreenshotWriter.write(stage.getScene(), folder.resolve("tensors-filter" + suffix + ".png"));
            robot.interact(() -> robot.lookup("#tensor-data-scroll").queryAs(javafx.scene.control.ScrollPane.class)
                    .setVvalue(0));
            robot.interact(() -> tensors.state().pageProperty().set(deepmath.app.tensor.TensorState.Page.GRADIENT));
            settle(lab);
            ScreenshotWriter.write(stage.getScene(), folder.resolve("tensors-gradient" + suffix + ".png"));
            robot.interact(() -> tensors.state().pageProperty().set(deepmath.app.tensor.TensorState.Page.OPERATIONS));
        }
        robot.interact(() -> window.setLanguage(Locale.ENGLISH));
    }

    /** Waits for the image tab and the Tensors tab to finish computing, then for the FX queue. */
    private static void settle(ConvolutionLab lab) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(
                () -> lab.imageTab().busy() || lab.tensorTab().busy()).get());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
    }
}
