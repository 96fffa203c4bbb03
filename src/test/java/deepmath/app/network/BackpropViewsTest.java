package deepmath.app.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.lab.EnglishLabStage;
import deepmath.nn.PerceptronRule;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The chapter-9 views as a user drives them: the book's numbers appear where the book shows them. */
@ExtendWith(ApplicationExtension.class)
class BackpropViewsTest {
    @RegisterExtension
    final EnglishLabStage<NetworkLab> shown = EnglishLabStage.of(NetworkLab::new);

    private void load(String key) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shown.lab().loadPreset(key)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String selectedLearningTab(FxRobot robot) {
        return robot.lookup("#network-learning-views").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getId();
    }

    @Test
    void eachStepOfTheSigmaNeuronAddsTheBooksLineOfTheTableOfLine10397(FxRobot robot) throws Exception {
        load("sigmoid-neuron-20");
        assertEquals("network-backpropagation-tab", selectedLearningTab(robot));
        for (int k = 0; k < 3; k++) {
            robot.clickOn("#network-step");
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<IterateTable.Row> rows = shown.lab().training().iterates().table().getItems();
        assertEquals(3, rows.size());
        // the book's table, line 10397: k, Pk, grad E(Pk), E(Pk)
        double[][][] book = {
            {{0, 1, -2}, {-0.077, 0.192, 0.005}, {0.450}},
            {{0.077, 0.807, -2.005}, {-0.072, 0.213, 0.0069}, {0.404}},
            {{0.149, 0.593, -2.012}, {-0.094, 0.188, -0.0062}, {0.355}},
        };
        for (int k = 0; k < 3; k++) {
            IterateTable.Row row = rows.get(k);
            assertEquals(k, row.k());
            assertArrayEquals(book[k][0], row.weights(), 1.5e-3, "P" + k);
            assertArrayEquals(book[k][1], row.gradient(), 1.5e-3, "grad E(P" + k + ")");
            assertEquals(book[k][2][0], row.error(), 1.5e-3, "E(P" + k + ")");
        }
        assertEquals("(0.0000, 1.0000, -2.0000)", IterateTable.vector(rows.get(0).weights()));
        assertTrue(robot.lookup("#network-iterates").tryQuery().isPresent());
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void xorsFirstStepsFromTheBooksP0OfLine10546AreTabulatedWithEveryWeightsGradient(FxRobot robot) throws Exception {
        load("xor-learning");
        robot.clickOn("#network-step");
        robot.clickOn("#network-step");
        WaitForAsyncUtils.waitForFxEvents();
        List<IterateTable.Row> rows = shown.lab().training().iterates().table().getItems();
        assertEquals(0.2961, rows.get(0).error(), 1e-4); // E(P0)
        // grad E(P0) in the lab's order: w1.1 ← x, w1.1 ← y, w1.2 ← x, w1.2 ← y, b1.1, b1.2, then the output's
        double[] g = {0.00349, -0.00303, -0.00832, -0.00696, -0.01350, -0.01047, -0.00324, 0.01258, -0.04671};
        double[] lab = rows.get(0).gradient();
        double[] book = {lab[0], lab[1], lab[4], lab[2], lab[3], lab[5], lab[6], lab[7], lab[8]};
        assertArrayEquals(g, book, 1e-5);
        assertEquals(0.2935, rows.get(1).error(), 1e-4); // E(P1)
        assertEquals(9, rows.get(1).weights().length);
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void hebbsRulePresentsTheExamplesOneByOneAndMovesTheNeuronShown(FxRobot robot) throws Exception {
        load("hebb-and");
        assertEquals("network-perceptron-tab", selectedLearningTab(robot));
        robot.clickOn("#network-hebb-next");
        WaitForAsyncUtils.waitForFxEvents();
        List<PerceptronRule.Presentation> rows = shown.lab().learning().perceptron().table().getItems();
        assertEquals(1, rows.size());
        // (0, 0) with z = 0: H̃(0) = 1, a mistake, so the weights lose 2δX = (0, 0, 1) (δ = 1/2, line 10650)
        assertArrayEquals(new double[] {0, 0, -1}, rows.get(0).after());
        assertEquals(-1, shown.lab().model().network().layer(0).bias(0));
        robot.clickOn("#network-hebb-round");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, rows.size());
        assertArrayEquals(new double[] {1, 1, 0}, rows.get(3).after()); // (1, 1) expected 1, answered 0: + X
        for (int r = 0; r < 20; r++) {
            robot.clickOn("#network-hebb-round");
        }
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#network-hebb-status").queryAs(Label.class).getText();
        assertTrue(status.contains("without a change"), status);
        assertEquals(1.0, deepmath.nn.Evaluation.accuracy(shown.lab().model().network(), shown.lab().model().data()));
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }

    @Test
    void theDescentAlongOneWeightOfLine11047IsTrappedAtMinusOneFromALeftStart(FxRobot robot) throws Exception {
        load("local-minimum");
        assertEquals("network-profile-tab", selectedLearningTab(robot));
        String readout = robot.lookup("#network-profile-readout").queryAs(Label.class).getText();
        // a = 2: F(1) = 1 and F(3) = 5 (the others 0), E = 1 + 1 + (5 − 2)² = 11, E′ = 2·1·1 + 2·3·3 = 20
        assertEquals("w1.1 ← x = 2.000 · E = 11.00 · E′ = 20.00", readout);
        WaitForAsyncUtils.asyncFx(() -> shown.lab().model().setValue(new deepmath.viz.network.Handle(0, 0, 0), -2))
                .get();
        for (int k = 0; k < 10; k++) {
            robot.clickOn("#network-profile-steps");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, shown.lab().model().network().layer(0).weight(0, 0), 1e-6); // the local minimum, E = 4
        assertEquals(-1, shown.lab().model().network().layer(0).bias(0)); // the bias is held
        readout = robot.lookup("#network-profile-readout").queryAs(Label.class).getText();
        assertTrue(readout.contains("E = 4.000"), readout);
        assertTrue(shown.errors().isEmpty(), shown.errors().toString());
    }
}
