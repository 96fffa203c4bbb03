package deepmath.app.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import deepmath.sequential.LayerSummary;
import deepmath.viz.plot.PlotCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The model builder headless: edits through its controls, refusals, a short training with its curves, Stop. */
@ExtendWith(ApplicationExtension.class)
class ModelsLabTest {
    @RegisterExtension
    final EnglishLabStage<ModelsLab> shown = EnglishLabStage.of(ModelsLab::new);

    @TempDir
    Path folder;

    @SuppressWarnings("unchecked")
    private static TableView<LayerSummary> table(FxRobot robot) {
        return robot.lookup("#models-summary").queryAs(TableView.class);
    }

    private static List<Long> params(FxRobot robot) {
        return table(robot).getItems().stream().map(LayerSummary::parameters).toList();
    }

    /**
     * The chapter 14 CNN (book line 15658) opens with keras's counts; 8 filters typed in the second convolution
     * (line 15666) give 3·3·32·8 + 8 = 2 312 and a dense layer of 28·28·8·10 + 10 = 62 730.
     */
    @Test
    void typingInTheSelectedLayersFieldUpdatesTheSummary(FxRobot robot) {
        assertEquals(List.of(320L, 4624L, 0L, 125_450L), params(robot));
        assertEquals("Total: 130,394 parameters to learn (weights and biases), for inputs of shape (None, 28, 28, 1).",
                robot.lookup("#models-total").queryAs(Label.class).getText());
        robot.interact(() -> shown.lab().modelPane().editor().list().getSelectionModel().select(1));
        javafx.scene.control.TextField typed = robot.lookup("#models-field-filters .text-field").queryAs(
                javafx.scene.control.TextField.class);
        robot.interact(() -> typed.setText("8"));   // what the user typed, committed with Enter
        robot.clickOn(typed).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(320L, 2312L, 0L, 62_730L), params(robot));
        assertEquals("", shown.lab().state().presetProperty().get(), "an edited network is the user's own");
    }

    @Test
    void aKernelThatDoesNotFitIsRefusedInOneLineNamingTheLayer(FxRobot robot) {
        robot.interact(() -> {
            LayerDraft first = shown.lab().state().layers().get(0);
            first.paddingProperty().set("valid");
        });
        javafx.scene.control.TextField typed = robot.lookup("#models-field-kernel .text-field").queryAs(
                javafx.scene.control.TextField.class);
        robot.interact(() -> typed.setText("29"));   // what the user typed, committed with Enter
        robot.clickOn(typed).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("layer 1 (conv2d): a 29×29 kernel does not fit in the shape [28, 28, 1] with padding 'valid'",
                robot.lookup("#models-problem").queryAs(Label.class).getText());
        assertTrue(table(robot).getItems().isEmpty());
        assertTrue(robot.lookup("#models-train").queryButton().isDisabled(), "a refused model cannot be trained");
        @SuppressWarnings("unchecked")
        Spinner<Integer> kernel = robot.lookup("#models-field-kernel").queryAs(Spinner.class);
        robot.interact(() -> kernel.getValueFactory().setValue(3));
        assertEquals("", robot.lookup("#models-problem").queryAs(Label.class).getText());
        assertEquals(List.of(26, 26, 32), table(robot).getItems().get(0).outputShape());
    }

    /** Two classes of points, x + y below or above 1: a 2-8-2 network learns it in a few epochs. */
    private Path twoClasses(int points) throws Exception {
        StringBuilder csv = new StringBuilder("x,y,class\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < points; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            csv.append(x).append(',').append(y).append(',').append(x + y < 1 ? "below" : "above").append('\n');
        }
        Path file = folder.resolve("points.csv");
        Files.writeString(file, csv);
        return file;
    }

    private void smallModel(FxRobot robot, Path csv, int epochs, int hidden, int batch) {
        robot.interact(() -> {
            ModelsState state = shown.lab().state();
            state.apply(deepmath.sequential.ModelSpecJson.parse("{\"input\": [2], \"layers\": ["
                    + "{\"type\": \"dense\", \"units\": " + hidden + ", \"activation\": \"tanh\"},"
                    + "{\"type\": \"dense\", \"units\": 2, \"activation\": \"softmax\"}]}", "test"));
            state.dataProperty().set(DataChoice.of(DataChoice.Kind.CSV).withPath(csv.toString()));
            state.trainingProperty().set(new TrainingSettings("categorical_crossentropy", "adam", 0.05, epochs, batch,
                    0.25, 5));
            state.tabProperty().set(1);
        });
    }

    @Test
    void aShortRunDrawsTheTrainingAndValidationCurves(FxRobot robot) throws Exception {
        smallModel(robot, twoClasses(200), 6, 8, 16);
        robot.clickOn("#models-train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shown.lab().trainPane().runningProperty().get()
                && shown.lab().trainPane().trainedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TrainedModel trained = shown.lab().trainPane().trainedProperty().get();
        assertEquals(6, trained.history().size());
        assertEquals(50, trained.held().count(), "a quarter of the 200 points is held out");
        assertTrue(trained.history().get(5).loss() < trained.history().get(0).loss(), "the loss goes down");
        assertTrue(trained.history().get(5).valAccuracy() > 0.8, "x + y < 1 is learnt: " + trained.history());
        PlotCanvas loss = robot.lookup("#models-loss-chart").queryAs(PlotCanvas.class);
        PlotCanvas accuracy = robot.lookup("#models-accuracy-chart").queryAs(PlotCanvas.class);
        assertEquals(2, loss.layers().size(), "training and validation loss");
        assertEquals(2, accuracy.layers().size(), "training and validation accuracy");
        assertEquals("Done: 6 epochs, last loss " + String.format(java.util.Locale.ROOT, "%.4f",
                trained.history().get(5).loss()) + ".", robot.lookup("#models-train-status").queryAs(Label.class).getText());
        // what the network sees: the confusion matrix of the 50 held-out points, once judged in the background
        robot.interact(() -> shown.lab().state().tabProperty().set(2));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#models-confusion").tryQuery().isPresent());
        deepmath.sequential.ModelEvaluation judged = NetworkInsight.evaluation(trained);
        assertEquals(50, java.util.Arrays.stream(judged.confusion()).flatMapToInt(java.util.Arrays::stream).sum());
        assertEquals(judged.accuracy(), trained.history().get(5).valAccuracy(), 1e-9,
                "the matrix judges the same held-out points as the validation curve");
        assertTrue(robot.lookup("#models-answer").queryAs(Label.class).getText().startsWith("The network answers "));
        assertEquals(List.of(), shown.errors());
    }

    /**
     * The data menu offers the whole MNIST; the book's chapter 10 dense network (line 11328) trains on its 60 000
     * digits for one epoch from the panel (with Adam, which one epoch suffices for: the book's SGD δ = 0.01 needs its
     * 40 epochs), and what the network sees judges it on the 10 000 test digits.
     */
    @Test
    void theChapter10NetworkTrainsOnTheWholeMnistAndIsJudgedOnItsTestDigits(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<DataChoice.Kind> kind = robot.lookup("#models-data").queryAs(
                javafx.scene.control.ComboBox.class);
        assertTrue(kind.getItems().contains(DataChoice.Kind.MNIST_FULL), kind.getItems().toString());
        robot.interact(() -> {
            shown.lab().state().apply(deepmath.sequential.BookArchitectures.byKey("mnist-dense").orElseThrow());
            shown.lab().state().tabProperty().set(1);
            kind.setValue(DataChoice.Kind.MNIST_FULL);
            shown.lab().state().trainingProperty().set(shown.lab().state().trainingProperty().get().withEpochs(1)
                    .withOptimizer("adam").withLearningRate(0.001));
        });
        assertEquals("mnist-full", shown.lab().state().dataProperty().get().description());
        String hint = robot.lookup("#models-data-hint").queryAs(Label.class).getText();
        assertTrue(hint.startsWith("The book's mnist.load_data(): 60\u00a0000 training digits"), hint);
        robot.clickOn("#models-train");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !shown.lab().trainPane().runningProperty().get()
                && shown.lab().trainPane().trainedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TrainedModel trained = shown.lab().trainPane().trainedProperty().get();
        assertEquals(1, trained.history().size());
        assertEquals(60_000, trained.train().count());
        assertEquals(10_000, trained.held().count());
        robot.interact(() -> shown.lab().state().tabProperty().set(2));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#models-confusion").tryQuery().isPresent());
        deepmath.sequential.ModelEvaluation judged = NetworkInsight.evaluation(trained);
        assertEquals(10_000, java.util.Arrays.stream(judged.confusion()).flatMapToInt(java.util.Arrays::stream).sum());
        assertTrue(judged.accuracy() > 0.5, "one epoch of Adam already reads most digits: " + judged.accuracy());
        assertEquals(List.of(), shown.errors());
    }

    @Test
    void stopEndsALongRunAndKeepsTheLastEpoch(FxRobot robot) throws Exception {
        smallModel(robot, twoClasses(2000), 1000, 256, 1);   // ~0.1 s an epoch: far from done when stopped
        robot.clickOn("#models-train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown.lab().trainPane().trainedProperty().get() != null
                && shown.lab().trainPane().trainedProperty().get().history().size() >= 2);
        robot.clickOn("#models-train");   // now Stop
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shown.lab().trainPane().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int kept = shown.lab().trainPane().trainedProperty().get().history().size();
        assertTrue(kept >= 2 && kept < 1000, kept + " epochs");
        assertEquals("Stopped after " + kept + " epochs: the network of the last finished epoch is kept.",
                robot.lookup("#models-train-status").queryAs(Label.class).getText());
        assertEquals("Train", robot.lookup("#models-train").queryButton().getText());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kept, shown.lab().trainPane().trainedProperty().get().history().size(), "no epoch after Stop");
        assertFalse(shown.lab().trainPane().runningProperty().get());
    }
}
