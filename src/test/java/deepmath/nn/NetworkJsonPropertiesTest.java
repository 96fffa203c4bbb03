package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.core.BadInputException;
import deepmath.core.TextMutations;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Network files damaged at random: each is read as a consistent network or refused in one line. */
class NetworkJsonPropertiesTest {
    private static final List<String> VALID = List.of(
            "{\"inputs\":2,\"layers\":[{\"activation\":\"heaviside\",\"weights\":[[-1,3],[2,1]],\"biases\":[0,0]},"
                    + "{\"activation\":\"heaviside\",\"weights\":[[1,1]],\"biases\":[-2]}]}",
            NetworkJson.write(BookNetworks.byKey("xor").network()),
            "{\"inputs\":1,\"layers\":[{\"activation\":\"softmax\",\"weights\":[[0.5],[-1e-3]],\"biases\":[1,2]}]}");

    @Provide
    Arbitrary<String> damaged() {
        return Arbitraries.of(VALID).flatMap(text -> TextMutations.edits().list().ofMinSize(1).ofMaxSize(3)
                .map(edits -> {
                    String s = text;
                    for (TextMutations.Edit edit : edits) {
                        s = edit.apply(s);
                    }
                    return s;
                }));
    }

    @Property(tries = 1000)
    void aDamagedNetworkFileIsReadConsistentlyOrRefusedInOneLine(@ForAll("damaged") String json) {
        Network network;
        try {
            network = NetworkJson.parse(json, "n.json");
        } catch (BadInputException e) {
            TextMutations.assertOneLine(e);
            return;
        }
        // Accepted: a consistent network whose file form reads back to the same one.
        int expected = network.inputs();
        for (int l = 0; l < network.depth(); l++) {
            assertEquals(expected, network.layer(l).inputs());
            expected = network.layer(l).neurons();
        }
        Network back = NetworkJson.parse(NetworkJson.write(network), "back.json");
        assertArrayEquals(network.parameters(), back.parameters());
        double[] x = new double[network.inputs()];
        assertEquals(network.outputs(), network.output(x).length);
    }
}
