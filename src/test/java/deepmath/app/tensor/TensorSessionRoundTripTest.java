package deepmath.app.tensor;

import deepmath.conv.KernelLibrary;
import deepmath.tensor.DataTensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import deepmath.app.convolution.ConvolutionLab;
import deepmath.app.lab.LabRoundTripStages;
import deepmath.app.session.SessionData;
import deepmath.app.session.SessionFile;
import deepmath.core.StrictJson;
import deepmath.tensor.GradientPreset;
import deepmath.tensor.TensorOperation;
import deepmath.tensor.TensorPreset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
 * The Tensors tab through its controls: a book preset, then edits on each page; saved in a session file with
 * the convolution lab; opened in a fresh window: equal {@link TensorState} snapshots and the same result drawn.
 */
@ExtendWith(ApplicationExtension.class)
class TensorSessionRoundTripTest {
    private final LabRoundTripStages<ConvolutionLab> stages = new LabRoundTripStages<>(ConvolutionLab::new, 1280, 800);
    private ConvolutionLab lab;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        lab = stages.start(stage);
        lab.select("tensors");
    }

    @AfterEach
    void close() throws Exception {
        stages.close();
    }

    private static void settle(ConvolutionLab... labs) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                java.util.Arrays.stream(labs).noneMatch(l -> l.tensorTab().busy())).get());
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

    @Test
    void aPresetShowsTheBooksResultAndEditsSurviveASession(FxRobot robot) throws Exception {
        TensorTab tab = lab.tensorTab();
        settle(lab);
        // The book's concatenation along axis 1 (line 16327), chosen in the combo box.
        robot.interact(() -> TensorSessionRoundTripTest.<TensorPreset>combo(robot, "#tensor-presets")
                .setValue(TensorPreset.BOOK_CONCATENATE_1));
        settle(lab);
        assertArrayEquals(new double[] {1, 2, 3, 7, 8, 9, 4, 5, 6, 10, 11, 12},
                tab.operations().diagram().after().tensor().values());
        assertEquals("np.concatenate((A, B), axis=1)", robot.lookup("#tensor-numpy").queryLabeled().getText());

        // Edits: B typed, the axis changed to 0, then a stack: the preset is no longer the book's.
        robot.interact(() -> robot.lookup("#tensor-b").queryAs(TextArea.class).setText("[[7, 8, 9], [10, 11, 13]]"));
        robot.interact(() -> TensorSessionRoundTripTest.<TensorOperation.Kind>combo(robot, "#tensor-operation")
                .setValue(TensorOperation.Kind.STACK));
        robot.interact(() -> spinner(robot, "#tensor-axis").getValueFactory().setValue(2));
        settle(lab);
        assertEquals("", tab.state().operationsProperty().get().preset());
        assertArrayEquals(new int[] {2, 3, 2}, tab.operations().diagram().after().tensor().shape());
        assertEquals(13, tab.operations().diagram().after().tensor().get(1, 2, 1));

        // Data: another picture, digits 5, 15, 25.
        robot.interact(() -> {
            TensorSessionRoundTripTest.<String>combo(robot, "#tensor-image").setValue("coffee");
            spinner(robot, "#tensor-digits-first").getValueFactory().setValue(5);
            spinner(robot, "#tensor-digits-step").getValueFactory().setValue(10);
            spinner(robot, "#tensor-digits-count").getValueFactory().setValue(3);
            TensorSessionRoundTripTest.<String>combo(robot, "#tensor-digits-filter").setValue("emboss");
        });
        // Gradient: the book's x·y², then x and y made vectors.
        robot.interact(() -> TensorSessionRoundTripTest.<GradientPreset>combo(robot, "#tensor-gradient-presets")
                .setValue(GradientPreset.BOOK_XY2));
        robot.interact(() -> {
            robot.lookup("#tensor-x").queryAs(TextField.class).setText("[1, 2]");
            robot.lookup("#tensor-y").queryAs(TextField.class).setText("[3, 4]");
        });
        robot.interact(() -> tab.state().pageProperty().set(TensorState.Page.GRADIENT));
        settle(lab);
        assertArrayEquals(new double[] {9, 16}, tab.gradient().gradient().dx().values(), 1e-12);
        assertArrayEquals(new double[] {6, 16}, tab.gradient().gradient().dy().values(), 1e-12);
        DataPane.Shown data = tab.data().shown();
        assertArrayEquals(new int[] {3, 28, 28, 1}, data.batch().shape());
        assertEquals(3, data.image().rank());
        assertEquals(3, data.image().length(2));
        // Line 16043: one filter (emboss) on each of the three digits, a feature map per image.
        assertEquals("emboss", tab.state().dataProperty().get().filter());
        assertEquals(DataTensors.filtered(data.batch(), KernelLibrary.get("emboss")), data.maps());

        TensorState.Snapshot before = tab.state().snapshot();
        ConvolutionLab fresh = stages.freshWindow();
        JsonNode saved = WaitForAsyncUtils.asyncFx(lab::saveState).get();
        Path file = folder.resolve("tensors.json");
        new SessionFile().write(file, new SessionData("convolution", "en", Map.of("convolution", saved)));
        SessionData read = new SessionFile().read(file);
        Runnable apply = fresh.prepareRestore(read.labs().get("convolution"));
        WaitForAsyncUtils.asyncFx(apply).get();
        settle(lab, fresh);

        TensorTab other = fresh.tensorTab();
        assertEquals(before, other.state().snapshot());
        assertEquals(tab.operations().diagram().after().tensor(), other.operations().diagram().after().tensor());
        assertArrayEquals(tab.operations().diagram().after().keys(), other.operations().diagram().after().keys());
        assertEquals(tab.gradient().gradient().dy(), other.gradient().gradient().dy());
        assertEquals(tab.data().shown().batch(), other.data().shown().batch());
        assertEquals(tab.data().shown().maps(), other.data().shown().maps());
        assertEquals(stages.errors(), List.of());
    }

    @Test
    void aSessionWithoutTheTabOpensOnItsDefaultAndABadFieldIsNamed() throws Exception {
        settle(lab);
        Runnable apply = lab.prepareRestore(StrictJson.parse("{\"tab\": \"matrix\"}", "session"));
        WaitForAsyncUtils.asyncFx(apply).get();
        assertEquals(TensorState.Snapshot.DEFAULT, lab.tensorTab().state().snapshot());
        deepmath.core.BadInputException bad = org.junit.jupiter.api.Assertions.assertThrows(
                deepmath.core.BadInputException.class, () -> TensorSession.read(StrictJson.parse(
                        "{\"operations\": {\"operation\": \"fold\"}}", "session")));
        assertTrue(bad.getMessage().contains("tensors.operation"), bad.getMessage());
    }

    @Test
    void aShapeThatDoesNotFitIsSaidOnThePage(FxRobot robot) throws Exception {
        settle(lab);
        robot.interact(() -> robot.lookup("#tensor-shape").queryAs(TextField.class).setText("4, 5"));
        settle(lab);
        assertEquals("cannot reshape 18 elements into the shape (4, 5)", lab.tensorTab().operations().message());
        assertEquals(null, lab.tensorTab().operations().diagram());
        robot.interact(() -> robot.lookup("#tensor-shape").queryAs(TextField.class).setText("3, -1"));
        settle(lab);
        assertNotNull(lab.tensorTab().operations().diagram());
        assertArrayEquals(new int[] {3, 6}, lab.tensorTab().operations().diagram().after().tensor().shape());
    }
}
