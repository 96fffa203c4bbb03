package deepmath.app.convolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import deepmath.app.lab.LabContext;
import deepmath.app.task.BackgroundTasks;
import deepmath.conv.ConvolutionSpec;
import deepmath.conv.DirectConvolution;
import deepmath.conv.KernelLibrary;
import deepmath.conv.Plane;
import deepmath.core.Errors;
import deepmath.image.SampleImages;
import deepmath.viz.i18n.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The convolution lab headless: samples, kernels, live results, refused files, sessions. */
@ExtendWith(ApplicationExtension.class)
class ConvolutionLabTest {
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private ConvolutionLab lab;
    private LabContext context;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        BackgroundTasks tasks = new BackgroundTasks((title, error) -> errors.add(Errors.oneLine(error)));
        context = new LabContext(i18n, tasks, (title, error) -> errors.add(Errors.oneLine(error)),
                new SimpleBooleanProperty(true), () -> stage);
        lab = new ConvolutionLab(context);
        stage.setScene(new Scene(new StackPane(lab.view()), 1200, 780));
        stage.show();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !WaitForAsyncUtils.asyncFx(() -> lab.imageTab().busy()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int grey(WritableImage image, int x, int y) {
        return image.getPixelReader().getArgb(x, y) & 0xff;
    }

    @Test
    void openingASampleAndChoosingEdgesChangesThePixelsAsTheEngineSays(FxRobot robot) throws Exception {
        robot.clickOn("#conv-sample").clickOn("Camera man (grey)");
        settle();
        WritableImage identity = lab.imageTab().resultImage();
        assertEquals(512, (int) identity.getWidth());
        int x = 300;
        int y = 200;
        Plane camera = SampleImages.open("camera").channel(0);
        assertEquals(Math.round(camera.get(y, x)), grey(identity, x, y), "identity kernel: the photo itself");

        ComboBox<?> preset = robot.lookup("#conv-kernel-preset").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<String>) preset).setValue("edges"));
        settle();
        WritableImage edges = lab.imageTab().resultImage();
        Plane expected = new DirectConvolution().apply(camera, KernelLibrary.get("edges"), ConvolutionSpec.BOOK);
        int changed = 0;
        for (int[] p : new int[][] {{x, y}, {10, 10}, {256, 400}, {0, 0}, {511, 511}}) {
            float v = expected.get(p[1], p[0]);
            int clipped = (int) Math.max(0, Math.min(255, Math.round(v)));
            assertEquals(clipped, grey(edges, p[0], p[1]), "edges at " + p[0] + "," + p[1]);
            if (clipped != Math.round(camera.get(p[1], p[0]))) {
                changed++;
            }
        }
        assertTrue(changed >= 3, "edges changes most pixels");
        assertEquals("Edges (8 in the centre)", ((ComboBox<?>) preset).getButtonCell().getText());
    }

    /** Line 15477: the hidden smiley's picture shows its correlation with the motif, peak framed at (200, 300). */
    @Test
    void line15477TheHiddenSmileyIsFoundByCorrelationAtTheBooksPoint(FxRobot robot) throws Exception {
        robot.clickOn("#conv-sample").clickOn("Hidden smiley (book, ch. 13)");
        settle();
        assertArrayEquals(new int[] {200, 300}, lab.imageTab().motifPeak());
        assertArrayEquals(new int[] {250, 150, 100, 100}, lab.imageTab().marks()[1], "the motif's square, framed");
        WritableImage map = lab.imageTab().resultImage();
        assertEquals(500, (int) map.getWidth());
        assertEquals(255, grey(map, 300, 200), "the peak is the brightest pixel of the rescaled correlation");
        assertTrue(grey(map, 60, 440) < 200, "far from the motif, the noise's correlation is darker");
        assertTrue(robot.lookup("#conv-image-status").queryAs(javafx.scene.control.Label.class).getText()
                .contains("row 200, column 300"));
        robot.interact(() -> lab.imageTab().openSample("camera"));
        settle();
        assertEquals(null, lab.imageTab().motifPeak());
        assertEquals(512, (int) lab.imageTab().resultImage().getWidth(), "the kernels again for another picture");
    }

    @Test
    void withPoolingTheInspectorMarksTheSourceBlockThePooledPixelComesFrom(FxRobot robot) throws Exception {
        robot.interact(() -> {
            lab.imageTab().openSample("camera");
            ((ComboBox<ImageSettings.PoolingChoice.Mode>) robot.lookup("#conv-pooling").queryAs(ComboBox.class))
                    .setValue(ImageSettings.PoolingChoice.Mode.MAX);
        });
        settle();
        assertEquals(128, (int) lab.imageTab().resultImage().getWidth(), "512 pixels, max pooling 4: 128");
        robot.interact(() -> lab.imageTab().hover(false, 10, 20));
        int[][] marks = WaitForAsyncUtils.asyncFx(() -> lab.imageTab().marks()).get();
        assertArrayEquals(new int[] {40, 80, 4, 4}, marks[0], "pooled (10, 20) is the source block at (40, 80)");
        assertArrayEquals(new int[] {10, 20, 1, 1}, marks[1]);
        robot.interact(() -> lab.imageTab().hover(true, 45, 83));
        marks = WaitForAsyncUtils.asyncFx(() -> lab.imageTab().marks()).get();
        assertArrayEquals(new int[] {45, 83, 1, 1}, marks[0]);
        assertArrayEquals(new int[] {11, 20, 1, 1}, marks[1], "source (45, 83) falls in pooled pixel (11, 20)");
        String inspector = robot.lookup("#conv-inspector").queryAs(Label.class).getText();
        assertTrue(inspector.startsWith("Pixel (x = 11, y = 20) after max-pooling: the largest value of the 4 × 4"
                + " block x = 44…47, y = 80…83 of the convolution"), inspector);
        // The grey photo's block under the identity kernel: its largest value, as the line says.
        Plane camera = SampleImages.open("camera").channel(0);
        float largest = Float.NEGATIVE_INFINITY;
        for (int r = 80; r < 84; r++) {
            for (int c = 44; c < 48; c++) {
                largest = Math.max(largest, camera.get(r, c));
            }
        }
        assertTrue(inspector.endsWith("grey: max = " + deepmath.conv.MatrixText.number(largest) + " → "
                + Math.round(largest)), inspector);
    }

    @Test
    void typingAWeightReconvolvesAndTheKernelBecomesCustom(FxRobot robot) throws Exception {
        robot.interact(() -> lab.imageTab().openSample("camera"));
        settle();
        TextField centre = robot.lookup("#conv-kernel-grid").queryAs(deepmath.viz.conv.NumberGrid.class).field(1, 1);
        robot.interact(() -> centre.setText("2"));
        settle();
        Plane camera = SampleImages.open("camera").channel(0);
        int x = 100;
        int y = 50;
        int expected = (int) Math.min(255, Math.round(2 * camera.get(y, x)));
        assertEquals(expected, grey(lab.imageTab().resultImage(), x, y));
        ComboBox<?> preset = robot.lookup("#conv-kernel-preset").queryAs(ComboBox.class);
        assertEquals(KernelEditor.CUSTOM, preset.getValue());
    }

    @Test
    void anUnreadableFileIsRefusedWithAMessageAndTheImageIsKept(FxRobot robot) throws Exception {
        settle();
        WritableImage before = lab.imageTab().resultImage();
        Path bad = folder.resolve("holiday.png");
        Files.writeString(bad, "this is not a PNG");
        robot.interact(() -> lab.open(bad));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertEquals("'holiday.png' is not an image this lab reads (PNG, JPEG, BMP or GIF)", errors.get(0));
        settle();
        assertSame(before, lab.imageTab().resultImage());
        assertTrue(robot.lookup("#conv-image-status").queryAs(Label.class).getText().startsWith("Chelsea the cat"));
    }

    @Test
    void theMatrixTabStepsThroughTheBooksComputation(FxRobot robot) {
        robot.interact(() -> lab.select("matrix"));
        Label message = robot.lookup("#conv-matrix-message").queryAs(Label.class);
        // The book's worked example (line 13361): A ⋆ M starts with 5, then 9, 10.
        assertEquals("Cell (1, 1), 1 of 16: value 5", message.getText());
        robot.clickOn("#conv-matrix-next").clickOn("#conv-matrix-next");
        assertEquals("Cell (1, 3), 3 of 16: value 10", message.getText());
        assertArrayEquals(new float[] {5, 9, 10, 0, 7, 17, 19, 16, 10, 12, 11, 0, 5, 10, 13, 5},
                lab.matrixTab().output().values());
    }

    @Test
    @SuppressWarnings("unchecked")
    void line15280TheMatrixTabPoolsBlockByBlock(FxRobot robot) {
        robot.interact(() -> {
            lab.select("matrix");
            ComboBox<deepmath.conv.MatrixExample> examples = robot.lookup("#conv-matrix-example").queryAs(ComboBox.class);
            examples.setValue(deepmath.conv.MatrixExample.ALL.stream().filter(e -> e.key().equals("pool-15235-avg"))
                    .findFirst().orElseThrow());
        });
        Label message = robot.lookup("#conv-matrix-message").queryAs(Label.class);
        assertEquals("Cell (1, 1), 1 of 6: (16 + 23 + 0 + 5) / 4 = 11", message.getText());
        robot.clickOn("#conv-matrix-next");
        assertEquals("Cell (1, 2), 2 of 6: (22 + 21 + 18 + 2) / 4 = 63/4 = 15.75", message.getText());
        assertArrayEquals(new float[] {11, 15.75f, 14.25f, 13.75f, 8.25f, 6}, lab.matrixTab().output().values());
        robot.interact(() -> ((ComboBox<MatrixSettings.View>) robot.lookup("#conv-matrix-view").queryAs(ComboBox.class))
                .setValue(MatrixSettings.View.MAX_POOLING));
        assertEquals("Cell (1, 1), 1 of 6: max(16, 23, 0, 5) = 23", message.getText());
        assertArrayEquals(new float[] {23, 22, 17, 20, 19, 8}, lab.matrixTab().output().values());
    }

    @Test
    @SuppressWarnings("unchecked")
    void line14664TheBackpropTabWritesTheBooksSumAndDescentLearnsTheBlur(FxRobot robot) {
        robot.interact(() -> lab.select("backprop"));
        deepmath.conv.ConvNeuron.Backprop b = lab.backpropTab().backprop();
        // The book's A ⋆ M (line 13361) forward, against the target A ⋆ blur.
        assertArrayEquals(new double[][] {{5, 9, 10, 0}, {7, 17, 19, 16}, {10, 12, 11, 0}, {5, 10, 13, 5}}, b.output());
        double[][] target = deepmath.conv.MatrixAlgebra.same(deepmath.conv.MatrixExample.WORKED.input(),
                KernelLibrary.get("blur").toRows());
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                expected += 2 * (b.output()[i][j] - target[i][j]) * deepmath.conv.MatrixExample.WORKED.input()[i][j];
            }
        }
        // The centre weight multiplies a(i, j) in neuron (i, j): ∂E/∂m(2, 2) = Σ a(i, j) · 1 · 2(g − t).
        assertEquals(expected, b.kernelGradient()[1][1], 1e-9);
        String sum = lab.backpropTab().weightSumText();
        assertTrue(sum.startsWith("∂E/∂m(2, 2) = Σ f · g′ · ∂E/∂g = 2·1·"), sum);
        assertTrue(sum.contains("(16 neurons use this weight"), sum);
        double first = b.loss();
        robot.clickOn("#conv-backprop-steps100");
        robot.clickOn("#conv-backprop-steps100");
        robot.clickOn("#conv-backprop-steps100");
        List<Double> history = lab.backpropTab().history();
        assertEquals(301, history.size());
        for (int k = 1; k < history.size(); k++) {
            assertTrue(history.get(k) <= history.get(k - 1) + 1e-12, "the error went up at step " + k);
        }
        assertTrue(lab.backpropTab().backprop().loss() < 0.01 * first, lab.backpropTab().backprop().loss() + "");
    }

    @Test
    void lines12475And15546TheLayerTabComputesTheNeuronsAndCountsTheWeights(FxRobot robot) {
        robot.interact(() -> lab.select("layer"));
        // [1, 0, 3, 5, 1] ⋆ [1, 2, 3] = [2, 6, 11, 20, 17] (line 12475): one neuron per output.
        assertArrayEquals(new double[] {2, 6, 11, 20, 17}, lab.layerTab().output());
        assertTrue(robot.lookup("#conv-layer-neuron-text").queryAs(Label.class).getText()
                .startsWith("5 neurons share 3 weights"));
        assertTrue(lab.layerTab().layerText().contains(" 320 weights in all"), lab.layerTab().layerText());
        robot.clickOn("#conv-layer-preset-second");
        assertTrue(lab.layerTab().layerText().contains(" 4 624 weights in all"), lab.layerTab().layerText());
        assertTrue(lab.layerTab().layerText().contains("(289 weights per filter)"), lab.layerTab().layerText());
        robot.interact(() -> {
            robot.lookup("#conv-layer-bias").queryAs(TextField.class).setText("-10");
            ((ComboBox<deepmath.nn.Activation>) robot.lookup("#conv-layer-activation").queryAs(ComboBox.class))
                    .setValue(deepmath.nn.Activation.RELU);
        });
        assertArrayEquals(new double[] {0, 0, 1, 10, 7}, lab.layerTab().output());
    }

    @Test
    @SuppressWarnings("unchecked")
    void line15208ThePropertiesTabChecksTheIdentitiesOnTheUsersMatrices(FxRobot robot) {
        robot.interact(() -> lab.select("properties"));
        Label verdict = robot.lookup("#conv-properties-verdict").queryAs(Label.class);
        assertEquals(0, lab.propertiesTab().difference());
        assertEquals("The two sides are equal.", verdict.getText());
        robot.interact(() -> robot.lookup("#conv-properties-correlation").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(true));
        assertTrue(lab.propertiesTab().difference() > 1, "without the flip associativity fails");
        assertTrue(verdict.getText().startsWith("The two sides differ"), verdict.getText());
        robot.interact(() -> ((ComboBox<PropertiesSettings.Property>) robot.lookup("#conv-properties-property")
                .queryAs(ComboBox.class)).setValue(PropertiesSettings.Property.COMMUTATIVITY));
        assertTrue(lab.propertiesTab().difference() > 0, "correlation of lists is not commutative");
        robot.interact(() -> robot.lookup("#conv-properties-correlation").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(false));
        assertEquals(0, lab.propertiesTab().difference());
    }

    @Test
    @SuppressWarnings("unchecked")
    void line15474TheRadarPresetFindsTheEchoByCorrelation(FxRobot robot) {
        robot.interact(() -> {
            lab.select("signal");
            ((ComboBox<SignalSettings.Shape>) robot.lookup("#conv-signal-preset").queryAs(ComboBox.class))
                    .setValue(SignalSettings.Shape.RADAR);
        });
        assertEquals(1000, lab.signalTab().signal().length);
        String window = robot.lookup("#conv-signal-window").queryAs(Label.class).getText();
        int peak = deepmath.conv.Signals.argMax(lab.signalTab().result());
        assertTrue(Math.abs(peak - 400) <= 1, "peak " + peak);
        assertTrue(window.contains("The correlation peaks at k = " + peak), window);
        assertEquals(deepmath.conv.Operation.CORRELATION, lab.state().signalProperty().get().spec().operation());
    }

    @Test
    void theSignalTabShowsTheWindowSumOfTheMovingAverage(FxRobot robot) {
        robot.interact(() -> lab.select("signal"));
        double[] expected = deepmath.conv.Convolution1D.apply(deepmath.conv.Signals.noisySine(120, 1),
                deepmath.conv.Convolution1D.movingAverage(5), ConvolutionSpec.BOOK);
        String window = robot.lookup("#conv-signal-window").queryAs(Label.class).getText();
        assertTrue(window.startsWith("Output 40 = 0.2·"), window);
        assertTrue(window.endsWith(String.format(Locale.ROOT, " = %.3f", expected[40])), window);
        robot.interact(() -> robot.lookup("#conv-signal-kernel").queryAs(TextField.class).setText("1, -1"));
        String difference = robot.lookup("#conv-signal-window").queryAs(Label.class).getText();
        // Convolution flips (1, −1): output 40 = x(40) − x(39), the book's discrete derivative.
        double[] x = deepmath.conv.Signals.noisySine(120, 1);
        assertTrue(difference.endsWith(String.format(Locale.ROOT, " = %.3f", x[40] - x[39])), difference);
    }

    @Test
    void theSignalTabWritesTheOneDimensionalFormula(FxRobot robot) {
        robot.interact(() -> lab.select("signal"));
        String formula = robot.lookup("#conv-signal-formula").queryAs(Label.class).getText();
        assertTrue(formula.contains("out(k) = Σ m(a) · x(k − a)"), formula);
        assertTrue(!formula.contains("(i, j)"), "no 2-D formula on the 1-D tab: " + formula);
        robot.interact(() -> ((ComboBox<deepmath.conv.Operation>) robot.lookup("#conv-signal-operation")
                .queryAs(ComboBox.class)).setValue(deepmath.conv.Operation.CORRELATION));
        formula = robot.lookup("#conv-signal-formula").queryAs(Label.class).getText();
        assertTrue(formula.contains("out(k) = Σ m(a) · x(k + a)"), formula);
        robot.interact(() -> lab.select("image"));
        assertTrue(robot.lookup("#conv-image-formula").queryAs(Label.class).getText().contains("out(i, j)"));
    }

    @Test
    void theSessionStateRoundTrips(FxRobot robot) throws Exception {
        robot.interact(() -> {
            lab.select("matrix");
            ((ComboBox<String>) robot.lookup("#conv-kernel-preset").queryAs(ComboBox.class)).setValue("emboss");
        });
        settle();
        ObjectNode state = WaitForAsyncUtils.asyncFx(() -> lab.saveState()).get();
        assertEquals("matrix", state.path("tab").asText());
        assertEquals("-2,-1,0;-1,1,1;0,1,2", state.path("image").path("kernel").asText());
        assertEquals("1,0,2;2,1,0;1,0,3", state.path("matrix").path("kernel").asText());
        ConvolutionLab other = WaitForAsyncUtils.asyncFx(() -> new ConvolutionLab(context)).get();
        Runnable apply = other.prepareRestore(state);
        WaitForAsyncUtils.asyncFx(apply).get();
        ObjectNode again = WaitForAsyncUtils.asyncFx(() -> other.saveState()).get();
        assertEquals(state, again);
        state.put("tab", "sound");
        assertNotEquals(null, org.junit.jupiter.api.Assertions.assertThrows(deepmath.core.BadInputException.class,
                () -> other.prepareRestore(state)).getMessage());
    }
}
