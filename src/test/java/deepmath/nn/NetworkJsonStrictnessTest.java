package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

/** Network files: what a lenient reader used to accept and now refuses. */
class NetworkJsonStrictnessTest {
    private static final String ONE = "{\"inputs\":2,\"layers\":[{\"activation\":\"tanh\",\"weights\":[[1,2]],\"biases\":[0]}]}";

    private static String message(String json) {
        return assertThrows(BadInputException.class, () -> NetworkJson.parse(json, "n.json")).getMessage();
    }

    @Test
    void trailingGarbageAfterTheObjectIsRefused() {
        assertEquals(2, NetworkJson.parse(ONE + "\n", "n.json").inputs());
        assertTrue(message(ONE + " ]").startsWith("n.json: text after the end of the JSON value at line 1"),
                message(ONE + " ]"));
        assertTrue(message(ONE + ONE).startsWith("n.json: text after the end of the JSON value"));
    }

    @Test
    void anOverflowingSizeIsRefusedNotWrappedAround() {
        // 4294967298 = 2^32 + 2: read with asInt() it was 2, and this network was accepted.
        String wrapped = ONE.replace("\"inputs\":2", "\"inputs\":4294967298");
        assertEquals("n.json: field 'inputs' must be an integer from 1 to 1000000, got 4294967298", message(wrapped));
        assertEquals("n.json: field 'inputs' must be an integer from 1 to 1000000, got 2.5",
                message(ONE.replace("\"inputs\":2", "\"inputs\":2.5")));
        assertEquals("n.json: field 'inputs' must be an integer from 1 to 1000000, got \"2\"",
                message(ONE.replace("\"inputs\":2", "\"inputs\":\"2\"")));
    }

    @Test
    void aRepeatedFieldIsRefused() {
        assertTrue(message(ONE.replace("\"inputs\":2", "\"inputs\":2,\"inputs\":3"))
                .startsWith("n.json: a key given twice ('inputs')"));
    }

    @Test
    void aNetworkWithNonFiniteWeightsHasNoFileForm() {
        Network network = NetworkJson.parse(ONE, "n.json");
        network.layer(0).setWeight(0, 1, Double.NaN);
        assertThrows(IllegalStateException.class, () -> NetworkJson.write(network));
    }
}
