package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab's weights in keras' set_weights layout, against the book's listings (ch. 6). */
class KerasWeightsTest {

    @Test
    void line5923TheFirstLayerOfTheReluNetworkIsOneRowByInput() {
        List<KerasWeights> layers = KerasWeights.of(BookNetworks.byKey("relu-two").network());
        // Couche 0: coeff = np.array([[1.,-0.5]]), biais = np.array([-1,1]) (line 5928)
        assertEquals(1, layers.get(0).coefficients().length);
        assertArrayEquals(new double[] {1, -0.5}, layers.get(0).coefficients()[0]);
        assertArrayEquals(new double[] {-1, 1}, layers.get(0).biases());
        // Couche 1: coeff = np.array([[1.0],[1.0]]), biais = np.array([0]) (line 5937)
        assertEquals(2, layers.get(1).coefficients().length);
        assertArrayEquals(new double[] {1}, layers.get(1).coefficients()[0]);
        assertArrayEquals(new double[] {1}, layers.get(1).coefficients()[1]);
        assertArrayEquals(new double[] {0}, layers.get(1).biases());
    }

    @Test
    void theListingIsTheBooksSequentialModelAndSetWeights() {
        String listing = KerasWeights.python(BookNetworks.byKey("relu-two").network(), KerasWeights.Names.BOOK);
        assertEquals("""
                modele = Sequential()
                modele.add(Input(shape=(1,)))
                modele.add(Dense(2, activation='relu'))
                modele.add(Dense(1, activation='relu'))

                coeff = np.array([[1.0, -0.5]])
                biais = np.array([-1.0, 1.0])
                poids = [coeff, biais]
                modele.layers[0].set_weights(poids)

                coeff = np.array([[1.0], [1.0]])
                biais = np.array([0.0])
                poids = [coeff, biais]
                modele.layers[1].set_weights(poids)
                """, listing);
    }

    @Test
    void line6047TheSigmaNetworkIsGivenByInputAsTheBookTypesIt() {
        String listing = KerasWeights.python(BookNetworks.byKey("sigmoid-2-3-1").network(), KerasWeights.Names.BOOK);
        // the book's lines 6102–6112, with a space after each comma
        assertTrue(listing.contains("modele.add(Input(shape=(2,)))\n"), listing);
        assertTrue(listing.contains("modele.add(Dense(3, activation='sigmoid'))\n"), listing);
        assertTrue(listing.contains("coeff = np.array([[1.0, 3.0, -5.0], [2.0, -4.0, -6.0]])\n"), listing);
        assertTrue(listing.contains("biais = np.array([-1.0, 0.0, 1.0])\n"), listing);
        assertTrue(listing.contains("coeff = np.array([[1.0], [1.0], [1.0]])\nbiais = np.array([-3.0])\n"), listing);
    }

    @Test
    void heavisideIsTheBooksOwnFunctionAndNumbersArePythonFloats() {
        String listing = KerasWeights.python(BookNetworks.byKey("heaviside-neuron").network(),
                new KerasWeights.Names("model", "coefficients", "biases", "weights"));
        assertTrue(listing.contains("model.add(Dense(1, activation=heaviside))"), listing); // line 6247, no quotes
        assertTrue(listing.contains("coefficients = np.array([[-0.5]])\nbiases = np.array([1.0])\n"), listing);
        assertEquals("'linear'", KerasWeights.kerasName(Activation.IDENTITY));
        assertEquals("0.00001", KerasWeights.number(1e-5));
        assertEquals("-0.0", KerasWeights.number(-0.0));
        assertEquals("123456789.0", KerasWeights.number(123456789));
        assertEquals("0.1", KerasWeights.number(0.1));
    }
}
