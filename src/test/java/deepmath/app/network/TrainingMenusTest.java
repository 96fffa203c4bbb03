package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import deepmath.nn.BookNetworks;
import deepmath.nn.Preset;
import deepmath.nn.TrainingSettings;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every book preset's training settings are items of the training menus once it is loaded, and shown: a value that
 * is not one showed an empty menu (the lemniscate's τ = 10, the Adam XOR's δ = 0.05), which the student could not
 * choose back after trying another.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingMenusTest {
    @RegisterExtension
    final EnglishLabStage<NetworkLab> shown = EnglishLabStage.of(NetworkLab::new);

    @Test
    void everyPresetsStepBatchAndDecayAreMenuItems(FxRobot robot) {
        ComboBox<?> rate = robot.lookup("#network-learning-rate").queryAs(ComboBox.class);
        ComboBox<?> batch = robot.lookup("#network-batch").queryAs(ComboBox.class);
        ComboBox<?> decay = robot.lookup("#network-step-decay").queryAs(ComboBox.class);
        ComboBox<?> share = robot.lookup("#network-test-fraction").queryAs(ComboBox.class);
        for (Preset preset : BookNetworks.all()) {
            TrainingSettings t = preset.training();
            if (t == null || !preset.trainable()) {
                continue;
            }
            String key = preset.key();
            robot.interact(() -> shown.lab().loadPreset(key));
            assertTrue(rate.getItems().contains(t.learningRate()), key + ": step " + t.learningRate());
            assertTrue(Double.valueOf(t.learningRate()).equals(rate.getValue()), key + ": shown " + rate.getValue());
            assertTrue(Double.valueOf(t.stepDecay()).equals(decay.getValue()), key + ": shown " + decay.getValue());
            assertTrue(batch.getItems().contains(t.batchSize()), key + ": batch " + t.batchSize());
            assertTrue(decay.getItems().contains(t.stepDecay()), key + ": decay " + t.stepDecay());
            if (!Double.isNaN(preset.testFraction())) {
                assertTrue(share.getItems().contains(preset.testFraction()), key + ": share " + preset.testFraction());
            }
        }
    }
}
