package deepmath.app.ui;

import deepmath.app.lab.LabId;
import deepmath.app.shell.EnglishWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The two UI guards on the real window, one test per lab (and one for the shell): every visible
 * text is translated, nothing is clipped — every tab, in English and in French, at the default size and at
 * 1280×800. One lab alone: {@code mvn -B -o test -Dtest='LabGuardTest#descent'}.
 */
@ExtendWith(ApplicationExtension.class)
class LabGuardTest {
    @RegisterExtension
    final EnglishWindow.PerTest english = EnglishWindow.perTest();

    private void lab(LabId id) {
        new GuardDriver(english.window()).lab(id).assertClean();
    }

    @Test
    void shell() {
        new GuardDriver(english.window()).shell().assertClean();
    }

    @Test
    void surfaces() {
        lab(LabId.SURFACES);
    }

    @Test
    void levelSets() throws Exception {
        lab(LabId.LEVEL_SETS);
        // … and the book's topographic map (ch. 3, line 3258) on the real terrain
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            english.window().selectLab(LabId.LEVEL_SETS);
            var scene = english.window().stage().getScene();
            ((javafx.scene.control.ToggleButton) scene.lookup("#levels-source-terrain")).fire();
        }).get();
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> {
            var readout = (javafx.scene.control.Label) english.window().stage().getScene().lookup("#terrain-readout");
            return readout != null && readout.getText().contains("∇h");
        });
        lab(LabId.LEVEL_SETS);
    }

    @Test
    void descent() throws Exception {
        lab(LabId.DESCENT);
        // … and the curve view of a function of one variable (book ch. 8 §1.3), after three steps
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            english.window().selectLab(LabId.DESCENT);
            var scene = english.window().stage().getScene();
            @SuppressWarnings("unchecked")
            var presets = (javafx.scene.control.ComboBox<deepmath.descent.DescentPreset>) scene.lookup("#descent-presets");
            presets.setValue(deepmath.descent.DescentPreset.byId("parabola"));
            var step = (javafx.scene.control.Button) scene.lookup("#descent-step-button");
            for (int k = 0; k < 3; k++) {
                step.fire();
            }
            if (scene.lookup("#descent-curve") == null) {
                throw new IllegalStateException("no curve view for a function of one variable");
            }
        }).get();
        lab(LabId.DESCENT);
    }

    /**
     * The network lab as it opens, then with what only some presets show: the approximation bar with f, n and the
     * error against n (one variable, then two with the 3-D surface of towers) and the slice z of a 3-input network.
     */
    @Test
    void network() throws Exception {
        lab(LabId.NETWORK);
        for (String preset : java.util.List.of("stairs", "towers", "cube")) {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                english.window().selectLab(LabId.NETWORK);
                javafx.scene.Node panel = english.window().currentLabProperty().get().view();
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<String> presets =
                        (javafx.scene.control.ComboBox<String>) panel.lookup("#network-presets");
                presets.setValue(preset);
            }).get();
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            lab(LabId.NETWORK);
        }
    }

    @Test
    void digits() {
        lab(LabId.DIGITS);
    }

    /** The model builder as it opens (the chapter 14 CNN), then with a refused edit's line under the summary. */
    @Test
    void models() throws Exception {
        lab(LabId.MODELS);
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            english.window().selectLab(LabId.MODELS);
            javafx.scene.Node panel = english.window().currentLabProperty().get().view();
            @SuppressWarnings("unchecked")
            var layers = (javafx.scene.control.ListView<deepmath.app.models.LayerDraft>) panel.lookup("#models-layers");
            layers.getItems().get(0).kernelProperty().set(40);
        }).get();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        lab(LabId.MODELS);
        // a set downloaded on request (not pulled in the tests' cache): its state line and Download… button
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node panel = english.window().currentLabProperty().get().view();
            @SuppressWarnings("unchecked")
            var data = (javafx.scene.control.ComboBox<deepmath.app.models.DataChoice.Kind>) panel.lookup("#models-data");
            data.setValue(deepmath.app.models.DataChoice.Kind.CATS_DOGS);
        }).get();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        lab(LabId.MODELS);
        // … and what the network sees after a short run on the shipped faces: maps, kernels, confusion, mistakes
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node panel = english.window().currentLabProperty().get().view();
            @SuppressWarnings("unchecked")
            var layers = (javafx.scene.control.ListView<deepmath.app.models.LayerDraft>) panel.lookup("#models-layers");
            layers.getItems().setAll(java.util.List.of(deepmath.app.models.LayerDraft.of(
                    new deepmath.sequential.LayerSpec.Conv2D(4, 3, 1, deepmath.sequential.LayerSpec.Padding.SAME,
                            deepmath.nn.Activation.RELU)), new deepmath.app.models.LayerDraft("flatten"),
                    deepmath.app.models.LayerDraft.of(new deepmath.sequential.LayerSpec.Dense(2,
                            deepmath.nn.Activation.SOFTMAX))));
            ((javafx.scene.control.TextField) panel.lookup("#models-input")).setText("25, 25, 1");
            ((javafx.scene.control.TextField) panel.lookup("#models-input")).getOnAction().handle(null);
            @SuppressWarnings("unchecked")
            var data = (javafx.scene.control.ComboBox<deepmath.app.models.DataChoice.Kind>) panel.lookup("#models-data");
            data.setValue(deepmath.app.models.DataChoice.Kind.FACES);
            @SuppressWarnings("unchecked")
            var epochs = (javafx.scene.control.Spinner<Integer>) panel.lookup("#models-epochs");
            epochs.getValueFactory().setValue(2);
            ((javafx.scene.control.Button) panel.lookup("#models-train")).fire();
        }).get();
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> english.window()
                .stage().getScene().lookup("#models-confusion") != null);
        lab(LabId.MODELS);
    }


    /**
     * The convolution lab as it opens, then with what only some choices show: the Matrix tab's pooling figure
     * (max, then average), the Properties tab's associativity and linearity panels, the Tensors tab's pages with
     * two operands and an axis (concatenate), the axes of a permutation and the matrix product, and the Image
     * tab's hidden smiley (book ch. 13, line 15477).
     */
    @Test
    void convolution() throws Exception {
        lab(LabId.CONVOLUTION);
        for (java.util.Map<String, String> choices : java.util.List.of(
                java.util.Map.of("#conv-matrix-view", "MAX_POOLING", "#conv-properties-property", "ASSOCIATIVITY",
                        "#tensor-presets", "BOOK_CONCATENATE_0", "#conv-sample", "hidden-smiley"),
                java.util.Map.of("#conv-matrix-view", "AVERAGE_POOLING", "#conv-properties-property", "LINEARITY",
                        "#tensor-presets", "TRANSPOSE_T"),
                java.util.Map.of("#tensor-presets", "BOOK_MATRIX_PRODUCT"))) {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                english.window().selectLab(LabId.CONVOLUTION);
                javafx.scene.Node panel = english.window().currentLabProperty().get().view();
                choices.forEach((id, item) -> choose(panel, id, item));
            }).get();
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            lab(LabId.CONVOLUTION);
        }
    }

    /** Picks the item named {@code item} (an enum constant's name) in the combo box {@code id} of {@code panel}. */
    private static void choose(javafx.scene.Node panel, String id, String item) {
        var combo = (javafx.scene.control.ComboBox<?>) panel.lookup(id);
        if (combo == null) {
            throw new IllegalStateException("no " + id + " in the lab");
        }
        @SuppressWarnings("unchecked")
        var box = (javafx.scene.control.ComboBox<Object>) combo;
        box.setValue(box.getItems().stream().filter(v -> String.valueOf(v).equals(item)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + item + " in " + id + ": " + box.getItems())));
    }

    @Test
    void attention() {
        lab(LabId.ATTENTION);
    }
}
