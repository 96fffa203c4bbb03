package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The network lab's "As keras" tab: the book's set_weights arrays (ch. 6, line 5923), live and in both languages. */
@ExtendWith(ApplicationExtension.class)
class KerasPaneTest {
    @RegisterExtension
    final EnglishLabStage<NetworkLab> shown = EnglishLabStage.of(NetworkLab::new);

    private String listing() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> shown.lab().learning().keras().text()).get();
    }

    @Test
    void line5923TheReluPresetOpensItsKerasArraysAndTheyFollowAnEditedWeight(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("relu-two")).get();
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#network-learning-views").queryAs(TabPane.class);
        assertEquals("network-keras-tab", tabs.getSelectionModel().getSelectedItem().getId());
        assertTrue(listing().contains("""
                coeff = np.array([[1.0, -0.5]])
                bias = np.array([-1.0, 1.0])
                weights = [coeff, bias]
                model.layers[0].set_weights(weights)
                """), listing());
        // the first neuron's weight typed as 2: keras' row of input x becomes [2.0, -0.5]
        WaitForAsyncUtils.asyncFx(() -> shown.lab().model().setValue(new deepmath.viz.network.Handle(0, 0, 0), 2))
                .get();
        assertTrue(listing().contains("coeff = np.array([[2.0, -0.5]])"), listing());
        WaitForAsyncUtils.asyncFx(() -> shown.i18n().setLocale(java.util.Locale.FRENCH)).get();
        assertTrue(listing().contains("biais = np.array([-1.0, 1.0])\npoids = [coeff, biais]\n"
                + "modele.layers[0].set_weights(poids)"), listing()); // the book's names
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void aHiddenTabCatchesUpWhenShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset("and")).get();
        TabPane tabs = robot.lookup("#network-learning-views").queryAs(TabPane.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("network-backpropagation-tab", tabs.getSelectionModel().getSelectedItem().getId());
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(4)).get();
        assertTrue(listing().contains("coeff = np.array([[1.0], [1.0]])\nbias = np.array([-2.0])\n"), listing());
        assertTrue(listing().contains("model.add(Dense(1, activation=heaviside))"), listing());
    }
}
