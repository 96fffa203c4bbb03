package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changing a layer's activation goes through the model, which keeps softmax on the output layer. */
class NetworkEditsTest {
    /** 2 inputs → 2 tanh neurons → 2 outputs (identity): small enough to check by hand. */
    private static Network twoLayers() {
        Layer hidden = new Layer(Activation.TANH, new double[][] {{1, -1}, {0.5, 2}}, new double[] {0, 1});
        Layer output = new Layer(Activation.IDENTITY, new double[][] {{1, 0}, {0, 1}}, new double[] {0, 0});
        return new Network(2, List.of(hidden, output));
    }

    @Test
    void aHiddenLayerGetsTheNewActivationInPlaceAndComputesWithIt() {
        Network network = twoLayers();
        Layer hidden = network.layer(0);
        NetworkEdits.setActivation(network, 0, Activation.RELU);
        assertSame(hidden, network.layer(0), "edited in place, not replaced");
        assertEquals(Activation.RELU, network.layer(0).activation());
        // x = (1, 2): z = (1 − 2, 0.5 + 4 + 1) = (−1, 5.5); ReLU gives (0, 5.5), the identity output the same.
        assertArrayEquals(new double[] {0, 5.5}, network.output(1, 2), 1e-12);
    }

    @Test
    void softmaxOnTheOutputLayerIsAccepted() {
        Network network = twoLayers();
        NetworkEdits.setActivation(network, 1, Activation.SOFTMAX);
        assertEquals(Activation.SOFTMAX, network.layer(1).activation());
        // x = (0, 0): hidden = tanh(0, 1) = (0, tanh 1); softmax(0, tanh 1) = (1, e^tanh1) / (1 + e^tanh1).
        double e = Math.exp(Math.tanh(1));
        assertArrayEquals(new double[] {1 / (1 + e), e / (1 + e)}, network.output(0, 0), 1e-12);
    }

    @Test
    void softmaxOnAHiddenLayerIsRefusedInOneLineAndNothingChanges() {
        Network network = twoLayers();
        double[] before = network.output(1, 2);
        BadInputException e = assertThrows(BadInputException.class,
                () -> NetworkEdits.setActivation(network, 0, Activation.SOFTMAX));
        assertEquals("softmax is for the output layer only (layer 1)", e.getMessage());
        assertEquals(Activation.TANH, network.layer(0).activation());
        assertArrayEquals(before, network.output(1, 2));
        // The same rule as a network built with softmax there: the edited network stays one Network accepts.
        assertEquals(e.getMessage(), assertThrows(BadInputException.class, () -> new Network(2, List.of(
                new Layer(Activation.SOFTMAX, new double[][] {{1, 0}, {0, 1}}, new double[2]),
                new Layer(Activation.IDENTITY, new double[][] {{1, 0}}, new double[1])))).getMessage());
    }

    @Test
    void aLayerThatDoesNotExistIsRefused() {
        Network network = twoLayers();
        assertEquals("layer 3 does not exist: the network has 2 layers", assertThrows(BadInputException.class,
                () -> NetworkEdits.setActivation(network, 2, Activation.SIGMOID)).getMessage());
        assertThrows(BadInputException.class, () -> NetworkEdits.setActivation(network, -1, Activation.SIGMOID));
    }

    /** Outside the model an activation changes only through {@link NetworkEdits#setActivation} (the rule's home). */
    @Test
    void layerSetActivationIsNotPublic() throws Exception {
        java.lang.reflect.Method setter = Layer.class.getDeclaredMethod("setActivation", Activation.class);
        org.junit.jupiter.api.Assertions.assertFalse(java.lang.reflect.Modifier.isPublic(setter.getModifiers()));
    }
}
