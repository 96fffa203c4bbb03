package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

class NetworkJsonTest {
    private static final String SECTOR_FILE = "{\"inputs\":2,\"layers\":[{\"activation\":\"heaviside\","
            + "\"weights\":[[-1,3],[2,1]],\"biases\":[0,0]},"
            + "{\"activation\":\"heaviside\",\"weights\":[[1,1]],\"biases\":[-2]}]}";

    @Test
    void theReadmesExampleIsTheBooksSector() {
        Network network = NetworkJson.parse(SECTOR_FILE, "net.json");
        assertEquals("2-2-1", network.shape());
        assertArrayEquals(BookNetworks.byKey("sector").network().parameters(), network.parameters());
        assertEquals(1, network.output(1, 1)[0]);
    }

    @Test
    void aRoundTripKeepsEveryBitOfEveryWeight() {
        Network network = BookNetworks.byKey("spirals").freshNetwork(); // random doubles
        network.layer(0).setWeight(0, 0, 0.1 + 0.2);
        network.layer(1).setBias(3, -1e-300);
        Network back = NetworkJson.parse(NetworkJson.write(network), "x");
        assertArrayEquals(network.parameters(), back.parameters());
        for (int l = 0; l < network.depth(); l++) {
            assertEquals(network.layer(l).activation(), back.layer(l).activation());
        }
        assertEquals(NetworkJson.write(network), NetworkJson.write(back));
    }

    @Test
    void theFileIsJsonThatAnyParserReadsToTheSameNumbers() throws Exception {
        Network network = NetworkJson.parse(SECTOR_FILE, "net.json");
        network.layer(0).setWeight(0, 1, 1.0 / 3);
        network.layer(0).setWeight(1, 0, 4.9e-324);
        network.layer(1).setBias(0, -1.5e300);
        com.fasterxml.jackson.databind.JsonNode plain =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(NetworkJson.write(network));
        assertEquals(2, plain.get("inputs").intValue());
        assertEquals("heaviside", plain.get("layers").get(0).get("activation").textValue());
        assertEquals(-1, plain.get("layers").get(0).get("weights").get(0).get(0).longValue()); // integers stay integers
        assertEquals(true, plain.get("layers").get(0).get("weights").get(0).get(0).isIntegralNumber());
        assertEquals(1.0 / 3, plain.get("layers").get(0).get("weights").get(0).get(1).doubleValue(), 0.0);
        assertEquals(4.9e-324, plain.get("layers").get(0).get("weights").get(1).get(0).doubleValue(), 0.0);
        assertEquals(-1.5e300, plain.get("layers").get(1).get("biases").get(0).doubleValue(), 0.0);
        assertEquals(plain.toString(), NetworkJson.toTree(network).toString());
    }

    @Test
    void aNetworkWithAnInfiniteWeightHasNoTreeEither() {
        Network network = NetworkJson.parse(SECTOR_FILE, "net.json");
        network.layer(1).setBias(0, Double.POSITIVE_INFINITY);
        assertThrows(IllegalStateException.class, () -> NetworkJson.toTree(network));
    }

    @Test
    void badFilesNameTheFieldThatIsWrong() {
        assertEquals("n.json: not valid JSON at line 1, column 12",
                message("{\"inputs\": ]"));
        assertEquals("n.json: field 'inputs' must be an integer from 1 to 1000000, got nothing", message("{\"layers\": []}"));
        assertEquals("n.json: field 'layers' must be a non-empty array", message("{\"inputs\": 2}"));
        assertEquals("n.json: layers[1].weights[0] has 3 numbers, expected 2 (the neurons of layers[0])",
                message("{\"inputs\":2,\"layers\":[{\"activation\":\"tanh\",\"weights\":[[1,2],[3,4]],\"biases\":[0,0]},"
                        + "{\"activation\":\"tanh\",\"weights\":[[1,2,3]],\"biases\":[0]}]}"));
        assertEquals("n.json: layers[0].biases has 1 numbers, expected 2 (one per neuron)",
                message("{\"inputs\":1,\"layers\":[{\"activation\":\"relu\",\"weights\":[[1],[2]],\"biases\":[0]}]}"));
        assertEquals("n.json: layers[0].activation: unknown activation 'swish' (known: heaviside, sigmoid, tanh,"
                        + " relu, identity, gelu, softmax)",
                message("{\"inputs\":1,\"layers\":[{\"activation\":\"swish\",\"weights\":[[1]],\"biases\":[0]}]}"));
        assertEquals("n.json: layers[0].weights[0][1] must be a finite number, got \"a\"",
                message("{\"inputs\":2,\"layers\":[{\"activation\":\"relu\",\"weights\":[[1,\"a\"]],\"biases\":[0]}]}"));
        assertEquals("n.json: layers[0].activation: softmax is for the output layer only",
                message("{\"inputs\":1,\"layers\":[{\"activation\":\"softmax\",\"weights\":[[1],[2]],\"biases\":[0,0]},"
                        + "{\"activation\":\"relu\",\"weights\":[[1,1]],\"biases\":[0]}]}"));
    }

    private static String message(String json) {
        return assertThrows(BadInputException.class, () -> NetworkJson.parse(json, "n.json")).getMessage();
    }
}
