package deepmath.app.convolution;

import deepmath.app.lab.LabRoundTripStages;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import deepmath.app.convolution.ImageSettings.KernelChoice;
import deepmath.app.convolution.ImageSettings.PoolingChoice;
import deepmath.app.session.SessionData;
import deepmath.app.session.SessionFile;
import deepmath.app.task.BackgroundTasks;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.Kernel;
import deepmath.conv.KernelLibrary;
import deepmath.conv.Operation;
import deepmath.conv.OutputSize;
import deepmath.conv.Padding;
import deepmath.conv.Plane;
import deepmath.conv.Signals;
import deepmath.core.StrictJson;
import deepmath.image.ChannelMode;
import deepmath.image.FilterStep;
import deepmath.image.ToneMapping;
import deepmath.viz.conv.NumberGrid;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every setting a user can change on each tab, changed through the controls; saved to a session file; the
 * file restored into a fresh window: both windows hold equal {@link ConvolutionState} snapshots and draw the
 * same result image, matrix figure and signal. Also: a session in the form the previous version wrote opens.
 */
@ExtendWith(ApplicationExtension.class)
class ConvolutionSessionRoundTripTest {
    private final LabRoundTripStages<ConvolutionLab> stages = new LabRoundTripStages<>(ConvolutionLab::new, 1200, 800);
    private final List<String> errors = stages.errors();
    private BackgroundTasks tasks;
    private ConvolutionLab lab;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        lab = stages.start(stage);
        tasks = stages.tasks();
    }

    @AfterEach
    void close() throws Exception {
        stages.close();
    }

    /** A new window holding a new lab, as after a restart. */
    private ConvolutionLab freshWindow() throws Exception {
        return stages.freshWindow();
    }

    private void settle(ConvolutionLab... labs) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> tasks.running().isEmpty()
                && java.util.Arrays.stream(labs).noneMatch(l -> l.imageTab().busy())).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }

    private static void spec(FxRobot robot, String prefix, Operation op, OutputSize size, Padding padding, int stride,
                             int dilation) {
        robot.interact(() -> {
            ConvolutionSessionRoundTripTest.<Operation>combo(robot, prefix + "-operation").setValue(op);
            ConvolutionSessionRoundTripTest.<OutputSize>combo(robot, prefix + "-size").setValue(size);
            ConvolutionSessionRoundTripTest.<Padding>combo(robot, prefix + "-padding").setValue(padding);
            spinner(robot, prefix + "-stride").getValueFactory().setValue(stride);
            spinner(robot, prefix + "-dilation").getValueFactory().setValue(dilation);
        });
    }

    /** A small colour picture with a different value in every pixel and channel. */
    private Path photo() throws Exception {
        BufferedImage image = new BufferedImage(90, 60, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 90; x++) {
                image.setRGB(x, y, ((x * 2) << 16) | ((y * 4) << 8) | ((x * y) % 256));
            }
        }
        Path file = folder.resolve("holiday.png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private static ConvolutionLab restoreThroughAFile(ConvolutionLab from, ConvolutionLab into, Path file)
            throws Exception {
        JsonNode saved = WaitForAsyncUtils.asyncFx(from::saveState).get();
        new SessionFile().write(file, new SessionData("convolution", "en", Map.of("convolution", saved)));
        SessionData read = new SessionFile().read(file);
        // Read and checked off the FX thread, as the window does; applied on it.
        Runnable apply = into.prepareRestore(read.labs().get("convolution"));
        WaitForAsyncUtils.asyncFx(apply).get();
        return into;
    }

    @Test
    void everySettingOfEveryTabSurvivesASessionIntoAFreshWindow(FxRobot robot) throws Exception {
        settle(lab);
        // ---- image: a file, a custom normalised kernel after a chained one, spec, channels, tone, pooling
        Path photo = photo();
        robot.interact(() -> lab.open(photo));
        settle(lab);
        robot.interact(() -> ConvolutionSessionRoundTripTest.<String>combo(robot, "#conv-kernel-preset")
                .setValue("sharpen"));
        // Below the fold of the side column (it scrolls): pressed as a keyboard user would.
        robot.interact(() -> robot.lookup("#conv-chain-add").queryAs(javafx.scene.control.Button.class).fire());
        robot.interact(() -> {
            spinner(robot, "#conv-kernel-rows").getValueFactory().setValue(2);
            spinner(robot, "#conv-kernel-cols").getValueFactory().setValue(2);
            NumberGrid grid = robot.lookup("#conv-kernel-grid").queryAs(NumberGrid.class);
            grid.field(0, 0).setText("1");
            grid.field(0, 1).setText("2");
            grid.field(1, 0).setText("1/2");
            grid.field(1, 1).setText("3");
        });
        robot.interact(() -> robot.lookup("#conv-kernel-normalise").queryAs(CheckBox.class).fire());
        spec(robot, "#conv-image", Operation.CORRELATION, OutputSize.FULL, Padding.WRAP, 2, 2);
        robot.interact(() -> {
            ConvolutionSessionRoundTripTest.<ChannelMode>combo(robot, "#conv-channels").setValue(ChannelMode.GREY);
            ConvolutionSessionRoundTripTest.<ToneMapping>combo(robot, "#conv-tone").setValue(ToneMapping.RESCALE);
            ConvolutionSessionRoundTripTest.<PoolingChoice.Mode>combo(robot, "#conv-pooling")
                    .setValue(PoolingChoice.Mode.AVERAGE);
            spinner(robot, "#conv-pool-size").getValueFactory().setValue(3);
        });
        settle(lab);

        // ---- matrix: a bigger input with an edited cell, a 3×2 kernel, spec, two steps
        robot.interact(() -> lab.select("matrix"));
        robot.interact(() -> {
            spinner(robot, "#conv-matrix-input-rows").getValueFactory().setValue(5);
            robot.lookup("#conv-matrix-input").queryAs(NumberGrid.class).field(4, 2).setText("-7");
            spinner(robot, "#conv-matrix-kernel-cols").getValueFactory().setValue(2);
            robot.lookup("#conv-matrix-kernel").queryAs(NumberGrid.class).field(1, 1).setText("1/4");
        });
        spec(robot, "#conv-matrix", Operation.CONVOLUTION, OutputSize.SAME, Padding.REPLICATE, 2, 1);
        // The pooling's block size is kept even while the tab shows the convolution.
        robot.interact(() -> spinner(robot, "#conv-matrix-pool-size").getValueFactory().setValue(3));
        robot.clickOn("#conv-matrix-next").clickOn("#conv-matrix-next");

        // ---- signal: steps, then drawn on with the mouse; a typed kernel; spec; slider; polynomials
        robot.interact(() -> lab.select("signal"));
        robot.interact(() -> ConvolutionSessionRoundTripTest.<SignalSettings.Shape>combo(robot, "#conv-signal-preset")
                .setValue(SignalSettings.Shape.STEPS));
        robot.drag("#conv-signal-plot").moveBy(30, -20).moveBy(30, 10).release(javafx.scene.input.MouseButton.PRIMARY);
        robot.interact(() -> {
            ConvolutionSessionRoundTripTest.<String>combo(robot, "#conv-signal-kernel-preset").setValue("gaussian");
            robot.lookup("#conv-signal-kernel").queryAs(TextField.class).setText("1/4, 2/4, 1/4, 1/8");
            robot.lookup("#conv-signal-position").queryAs(Slider.class).setValue(77.5);
            robot.lookup("#conv-poly-p").queryAs(TextField.class).setText("2, -1");
            robot.lookup("#conv-poly-q").queryAs(TextField.class).setText("1, 0, 1");
        });
        spec(robot, "#conv-signal", Operation.CORRELATION, OutputSize.VALID, Padding.REFLECT, 1, 2);
        // ---- backpropagation: another teacher, tanh, a bias, learning the bias, ten descent steps
        robot.interact(() -> lab.select("backprop"));
        robot.interact(() -> {
            ConvolutionSessionRoundTripTest.<String>combo(robot, "#conv-backprop-teacher").setValue("edges");
            ConvolutionSessionRoundTripTest.<deepmath.nn.Activation>combo(robot, "#conv-backprop-activation")
                    .setValue(deepmath.nn.Activation.TANH);
            robot.lookup("#conv-backprop-bias").queryAs(TextField.class).setText("0.5");
            robot.lookup("#conv-backprop-rate").queryAs(TextField.class).setText("0.001");
            robot.lookup("#conv-backprop-learn-bias").queryAs(CheckBox.class).setSelected(true);
        });
        robot.clickOn("#conv-backprop-steps10");
        // ---- neuron and layer: another list, ReLU with a bias, the book's second MNIST layer
        robot.interact(() -> lab.select("layer"));
        robot.interact(() -> {
            robot.lookup("#conv-layer-input").queryAs(TextField.class).setText("4, -2, 1, 4");
            robot.lookup("#conv-layer-bias").queryAs(TextField.class).setText("-1");
            ConvolutionSessionRoundTripTest.<deepmath.nn.Activation>combo(robot, "#conv-layer-activation")
                    .setValue(deepmath.nn.Activation.RELU);
        });
        robot.clickOn("#conv-layer-preset-second");
        // ---- properties: linearity, other coefficients, without the flip
        robot.interact(() -> lab.select("properties"));
        robot.interact(() -> {
            ConvolutionSessionRoundTripTest.<PropertiesSettings.Property>combo(robot, "#conv-properties-property")
                    .setValue(PropertiesSettings.Property.LINEARITY);
            robot.lookup("#conv-properties-alpha").queryAs(TextField.class).setText("3");
            robot.lookup("#conv-properties-correlation").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#conv-properties-f").queryAs(TextField.class).setText("1, 2, 3, 4");
        });
        robot.interact(() -> lab.select("matrix"));
        settle(lab);

        ConvolutionState.Snapshot before = WaitForAsyncUtils.asyncFx(() -> lab.state().snapshot()).get();
        // The controls wrote what the user did into the state (so the comparison below compares something).
        assertEquals(ConvolutionTab.MATRIX, before.tab());
        ImageSettings image = before.image();
        assertEquals(new ImageSettings.Source.File(photo), image.source());
        assertEquals(new KernelChoice(Kernel.of(new double[][] {{1, 2}, {0.5, 3}}), true), image.kernel());
        assertEquals(List.of(new FilterStep(KernelLibrary.get("sharpen"), ConvolutionSpec.BOOK)), image.chain());
        assertEquals(new ConvolutionSpec(Operation.CORRELATION, OutputSize.FULL, Padding.WRAP, 2, 2), image.spec());
        assertEquals(ChannelMode.GREY, image.channels());
        assertEquals(ToneMapping.RESCALE, image.tone());
        assertEquals(new PoolingChoice(PoolingChoice.Mode.AVERAGE, 3), image.pooling());
        MatrixSettings matrix = before.matrix();
        assertEquals(5, matrix.input().length);
        assertEquals(-7, matrix.input()[4][2]);
        assertArrayEquals(new double[][] {{1, 0}, {2, 0.25}, {1, 0}}, matrix.kernel());
        assertEquals(new ConvolutionSpec(Operation.CONVOLUTION, OutputSize.SAME, Padding.REPLICATE, 2, 1), matrix.spec());
        assertEquals(2, matrix.cell());
        assertEquals(3, matrix.poolSize());
        assertEquals(MatrixSettings.View.CONVOLUTION, matrix.view());
        assertEquals(new LayerSettings("4, -2, 1, 4", "1, 2, 3", -1, deepmath.nn.Activation.RELU, 28, 28, 32, 16, 3),
                before.layer());
        BackpropSettings backprop = before.backprop();
        assertEquals("edges", backprop.teacher());
        assertEquals(deepmath.nn.Activation.TANH, backprop.activation());
        assertEquals(0.001, backprop.rate());
        assertTrue(backprop.learnBias());
        assertTrue(backprop.bias() != 0.5, "ten steps moved the bias: " + backprop.bias());
        assertTrue(backprop.kernel()[0][0] != 1, "ten steps moved the weights");
        PropertiesSettings properties = before.properties();
        assertEquals(PropertiesSettings.Property.LINEARITY, properties.property());
        assertEquals(3, properties.alpha());
        assertTrue(properties.correlation());
        assertEquals("1, 2, 3, 4", properties.f());
        SignalSettings signal = before.signal();
        assertEquals(SignalSettings.Shape.DRAWN, signal.shape());
        double[] steps = Signals.steps(SignalSettings.SAMPLES);
        int moved = 0;
        for (int k = 0; k < steps.length; k++) {
            moved += signal.drawn()[k] == steps[k] ? 0 : 1;
        }
        assertTrue(moved >= 3 && moved < steps.length / 2, "the drag moved some samples of the steps: " + moved);
        assertEquals("1/4, 2/4, 1/4, 1/8", signal.kernel());
        assertEquals(new ConvolutionSpec(Operation.CORRELATION, OutputSize.VALID, Padding.REFLECT, 1, 2), signal.spec());
        assertEquals(77.5, signal.position());
        assertEquals("2, -1", signal.polyP());
        assertEquals("1, 0, 1", signal.polyQ());

        ConvolutionLab other = restoreThroughAFile(lab, freshWindow(), folder.resolve("session.json"));
        settle(lab, other);
        assertEquals(before, WaitForAsyncUtils.asyncFx(() -> other.state().snapshot()).get());
        assertEquals(List.of(), errors);

        // ---- the figures drawn from the two states are the same
        WritableImage mine = lab.imageTab().resultImage();
        WritableImage theirs = other.imageTab().resultImage();
        assertEquals(mine.getWidth(), theirs.getWidth());
        assertEquals(mine.getHeight(), theirs.getHeight());
        assertArrayEquals(pixels(mine), pixels(theirs));
        // full (90 + 2·2·(2 − 1)... ) then stride 2 and 3×3 pooling: a small picture, not the photo's size
        assertTrue(mine.getWidth() < 90 / 3 + 2, "pooled result: " + mine.getWidth());
        Plane matrixOut = lab.matrixTab().output();
        assertNotNull(matrixOut);
        assertArrayEquals(matrixOut.values(), other.matrixTab().output().values());
        assertEquals(2, other.matrixTab().currentCell());
        assertEquals(lab.backpropTab().backprop().loss(), other.backpropTab().backprop().loss());
        assertArrayEquals(lab.backpropTab().backprop().kernelGradient(), other.backpropTab().backprop().kernelGradient());
        assertEquals(lab.propertiesTab().difference(), other.propertiesTab().difference());
        assertArrayEquals(lab.layerTab().output(), other.layerTab().output());
        assertNotNull(lab.signalTab().result());
        assertArrayEquals(lab.signalTab().result(), other.signalTab().result());
        assertArrayEquals(lab.signalTab().signal(), other.signalTab().signal());
        for (String id : List.of("#conv-matrix-message", "#conv-signal-window", "#conv-poly-product",
                "#conv-image-formula", "#conv-signal-formula")) {
            List<String> texts = robot.lookup(id).queryAllAs(Label.class).stream().map(Label::getText).toList();
            assertEquals(2, texts.size(), id + ": one in each window");
            assertEquals(texts.get(0), texts.get(1), id);
        }
        // ---- and the restored window's controls show it
        Stage restored = stages.fresh();
        ComboBox<?> pooling = robot.from(restored.getScene().getRoot()).lookup("#conv-pooling").queryAs(ComboBox.class);
        assertEquals(PoolingChoice.Mode.AVERAGE, pooling.getValue());
        assertTrue(robot.from(restored.getScene().getRoot()).lookup("#conv-kernel-normalise").queryAs(CheckBox.class)
                .isSelected());
        assertEquals("2, -1", robot.from(restored.getScene().getRoot()).lookup("#conv-poly-p").queryAs(TextField.class)
                .getText());
        ComboBox<?> signalKernel = robot.from(restored.getScene().getRoot()).lookup("#conv-signal-kernel-preset")
                .queryAs(ComboBox.class);
        assertEquals("your own weights (typed)", signalKernel.getButtonCell().getText(), "typed weights: no preset");
    }

    /** A session as the previous version wrote it (no drawn samples, no cell, no "normalise", "sample" only). */
    @Test
    void aSessionInThePreviousFormOpensAsItDid() throws Exception {
        String old = "{\"tab\": \"image\","
                + " \"signal\": {\"preset\": \"steps\", \"kernel\": \"1, -1\", \"spec\": {\"operation\": \"convolution\","
                + " \"size\": \"same\", \"padding\": \"zero\", \"stride\": 1, \"dilation\": 1}},"
                + " \"matrix\": {\"input\": \"1,2;3,4\", \"kernel\": \"1\", \"spec\": {\"operation\": \"correlation\","
                + " \"size\": \"valid\", \"padding\": \"zero\", \"stride\": 1, \"dilation\": 1}},"
                + " \"image\": {\"sample\": \"camera\", \"kernel\": \"-2,-1,0;-1,1,1;0,1,2\", \"spec\": {\"operation\":"
                + " \"convolution\", \"size\": \"same\", \"padding\": \"zero\", \"stride\": 1, \"dilation\": 1},"
                + " \"chain\": [], \"channels\": \"per-channel\", \"tone\": \"clip\", \"pooling\": \"max\", \"poolSize\": 4}}";
        ConvolutionLab other = freshWindow();
        Runnable apply = other.prepareRestore(StrictJson.parse(old, "session"));
        WaitForAsyncUtils.asyncFx(apply).get();
        settle(other);
        ConvolutionSpec correlationValid = new ConvolutionSpec(Operation.CORRELATION, OutputSize.VALID, Padding.ZERO, 1, 1);
        ConvolutionState.Snapshot expected = new ConvolutionState.Snapshot(ConvolutionTab.IMAGE,
                SignalSettings.DEFAULT.withShape(SignalSettings.Shape.STEPS).withKernel("1, -1"),
                new MatrixSettings(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1}}, correlationValid, 0),
                ImageSettings.DEFAULT.withSource(new ImageSettings.Source.Sample("camera"))
                        .withKernel(new KernelChoice(KernelLibrary.get("emboss"), false))
                        .withPooling(new PoolingChoice(PoolingChoice.Mode.MAX, 4)),
                LayerSettings.DEFAULT, BackpropSettings.DEFAULT, PropertiesSettings.DEFAULT);
        assertEquals(expected, WaitForAsyncUtils.asyncFx(() -> other.state().snapshot()).get());
        assertEquals(128, (int) other.imageTab().resultImage().getWidth(), "512 pixels, max pooling 4: 128");
        assertArrayEquals(new float[] {1, 2, 3, 4}, other.matrixTab().output().values(), "1×1 kernel 1: the matrix");
        assertEquals(List.of(), errors);
    }

    /** A session's photo that has gone: said in one line, the picture shown stays and so does the state's source. */
    @Test
    void aSessionWhosePhotoIsGoneKeepsThePictureShown() throws Exception {
        settle(lab);
        Path photo = photo();
        robot().interact(() -> lab.open(photo));
        settle(lab);
        JsonNode saved = WaitForAsyncUtils.asyncFx(lab::saveState).get();
        Files.delete(photo);
        ConvolutionLab other = freshWindow();
        settle(other);
        int[] shown = pixels(other.imageTab().resultImage());
        WaitForAsyncUtils.asyncFx(other.prepareRestore(saved)).get();
        settle(other);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("holiday.png"), errors.get(0));
        assertEquals(ImageSettings.DEFAULT.source(), WaitForAsyncUtils.asyncFx(() -> other.state().snapshot()).get()
                .image().source());
        assertArrayEquals(shown, pixels(other.imageTab().resultImage()), "the cat is still shown");
    }

    private static FxRobot robot() {
        return new FxRobot();
    }
}
