package deepmath.sequential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The book's keras models (their lines in the book's text) described in the lab's JSON: each layer's output shape
 * and parameter count as keras's summary() gives them. The counts are worked by hand in the comments (a dense layer
 * has inputs × units weights and units biases; a k × k convolution k·k·channels·filters weights and filters biases).
 */
class ModelSpecTest {
    private static ModelSpec spec(String layers, String input) {
        return ModelSpecJson.parse("{\"input\": " + input + ", \"layers\": [" + layers + "]}", "test");
    }

    private static List<Long> params(ModelSpec spec) {
        return spec.summary().stream().map(LayerSummary::parameters).toList();
    }

    /** Line 5843: Input(shape=(1,)), Dense(2, relu), Dense(1, relu): 1·2 + 2 = 4, then 2·1 + 1 = 3. */
    @Test
    void theFirstKerasNetworkOfChapter6HasSevenWeights() {
        ModelSpec m = spec("{\"type\": \"dense\", \"units\": 2, \"activation\": \"relu\"},"
                + "{\"type\": \"dense\", \"units\": 1, \"activation\": \"relu\"}", "[1]");
        assertEquals(List.of(4L, 3L), params(m));
        assertEquals(7, m.parameters());
        assertEquals(List.of("dense", "dense_1"), m.summary().stream().map(LayerSummary::name).toList());
    }

    /** Line 11326 (chapter 10, MNIST): 784 → 8 σ → 8 σ → 10 softmax: 6280 + 72 + 90 = 6442. */
    @Test
    void theMnistDenseNetworkOfChapter10() {
        ModelSpec m = spec("{\"type\": \"dense\", \"units\": 8, \"activation\": \"sigmoid\"},"
                + "{\"type\": \"dense\", \"units\": 8, \"activation\": \"sigmoid\"},"
                + "{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}", "[784]");
        assertEquals(List.of(6280L, 72L, 90L), params(m));
        assertEquals(6442, m.parameters());
        assertEquals(List.of(10), m.outputShape());
    }

    /**
     * Line 15658 (chapter 14, MNIST CNN): Conv2D(32, 3, same) 3·3·1·32 + 32 = 320 → 28×28×32; Conv2D(16, 3, same)
     * 3·3·32·16 + 16 = 4624 → 28×28×16; Flatten 12544; Dense(10) 12544·10 + 10 = 125450; total 130394.
     */
    @Test
    void theMnistCnnOfChapter14() {
        ModelSpec m = spec("{\"type\": \"conv2d\", \"filters\": 32, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
                + "{\"type\": \"conv2d\", \"filters\": 16, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
                + "{\"type\": \"flatten\"}, {\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}", "[28, 28, 1]");
        assertEquals(List.of(320L, 4624L, 0L, 125450L), params(m));
        assertEquals(List.of(List.of(28, 28, 32), List.of(28, 28, 16), List.of(12544), List.of(10)),
                m.summary().stream().map(LayerSummary::outputShape).toList());
        assertEquals(130394, m.parameters());
        assertEquals(List.of("conv2d", "conv2d_1", "flatten", "dense"),
                m.summary().stream().map(LayerSummary::name).toList());
    }

    /**
     * Line 15792 (CIFAR-10): 32×32×3; Conv 64: 3·3·3·64 + 64 = 1792; Conv 64: 3·3·64·64 + 64 = 36928; pool → 16;
     * Conv 36928; pool → 8; Conv 36928; Flatten 8·8·64 = 4096; Dense(10) 40970; total 153546.
     */
    @Test
    void theCifarNetworkWithPooling() {
        String conv = "{\"type\": \"conv2d\", \"filters\": 64, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"}";
        String pool = "{\"type\": \"maxpool\", \"size\": 2}";
        ModelSpec m = spec(String.join(",", conv, conv, pool, conv, pool, conv, "{\"type\": \"flatten\"}",
                "{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}"), "[32, 32, 3]");
        assertEquals(List.of(1792L, 36928L, 0L, 36928L, 0L, 36928L, 0L, 40970L), params(m));
        assertEquals(List.of(8, 8, 64), m.summary().get(5).outputShape());
        assertEquals(153546, m.parameters());
        assertEquals("max_pooling2d_1", m.summary().get(4).name());
    }

    /**
     * Line 15926 (cats and dogs, 64×64 images, line 15909): three blocks Conv 64 + pool + dropout 0.5 (1792, 36928,
     * 36928) → 8×8×64 = 4096; Dense(32) 4096·32 + 32 = 131104; Dense(1) 33; total 206785.
     */
    @Test
    void theCatsAndDogsNetwork() {
        String block = "{\"type\": \"conv2d\", \"filters\": 64, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
                + "{\"type\": \"maxpool\", \"size\": 2}, {\"type\": \"dropout\", \"rate\": 0.5}";
        ModelSpec m = spec(String.join(",", block, block, block, "{\"type\": \"flatten\"}",
                "{\"type\": \"dense\", \"units\": 32, \"activation\": \"relu\"}",
                "{\"type\": \"dense\", \"units\": 1, \"activation\": \"sigmoid\"}"), "[64, 64, 3]");
        assertEquals(List.of(4096), m.summary().get(9).outputShape());
        assertEquals(206785, m.parameters());
    }

    /** Line 12273 (texts, 1000 words, line 12234): 1000 → 5 → 5 → 5 → 1: 5005 + 30 + 30 + 6 = 5071. */
    @Test
    void theTextNetwork() {
        String relu = "{\"type\": \"dense\", \"units\": 5, \"activation\": \"relu\"}";
        ModelSpec m = spec(String.join(",", relu, relu, relu, "{\"type\": \"dense\", \"units\": 1, \"activation\": \"sigmoid\"}"),
                "[1000]");
        assertEquals(5071, m.parameters());
    }

    @Test
    void validPaddingAndStridesShrinkTheImageAsKerasDoes() {
        // (28 − 5) / 2 + 1 = 12 with valid padding; same padding: ⌈28 / 2⌉ = 14
        ModelSpec valid = spec("{\"type\": \"conv2d\", \"filters\": 4, \"kernel\": 5, \"stride\": 2}", "[28, 28, 1]");
        assertEquals(List.of(12, 12, 4), valid.outputShape());
        ModelSpec same = spec("{\"type\": \"conv2d\", \"filters\": 4, \"kernel\": 5, \"stride\": 2, \"padding\": \"same\"}",
                "[28, 28, 1]");
        assertEquals(List.of(14, 14, 4), same.outputShape());
        ModelSpec avg = spec("{\"type\": \"avgpool\", \"size\": 3}", "[28, 28, 2]");
        assertEquals(List.of(9, 9, 2), avg.outputShape());
    }

    @Test
    void theJsonFormReadsBackToTheSameModel() {
        ModelSpec m = spec("{\"type\": \"conv2d\", \"filters\": 8, \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"},"
                + "{\"type\": \"avgpool\", \"size\": 2}, {\"type\": \"dropout\", \"rate\": 0.25}, {\"type\": \"flatten\"},"
                + "{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}", "[28, 28, 1]");
        assertEquals(m, ModelSpecJson.read(ModelSpecJson.write(m)));
    }

    @Test
    void badDescriptionsAreRefusedNamingTheLayerAndTheField() {
        assertEquals("layer 1 (dense) needs a vector, got the shape [28, 28, 1]: add a flatten layer before it",
                refusal("{\"type\": \"dense\", \"units\": 10}", "[28, 28, 1]"));
        assertEquals("layer 2: a pool of 4×4 is larger than its input [3, 3, 1]",
                refusal("{\"type\": \"conv2d\", \"filters\": 1, \"kernel\": 3, \"padding\": \"same\"},"
                        + "{\"type\": \"maxpool\", \"size\": 4}", "[3, 3, 1]"));
        assertEquals("layer 1 (dense): softmax turns the output into probabilities; only the last layer may use it",
                refusal("{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"},{\"type\": \"dense\", \"units\": 1}",
                        "[4]"));
        assertEquals("layer 1 (conv2d): a 5×5 kernel does not fit in the shape [3, 3, 1] with padding 'valid'",
                refusal("{\"type\": \"conv2d\", \"filters\": 1, \"kernel\": 5}", "[3, 3, 1]"));
        assertEquals("layer 1 (conv2d) needs an image [height, width, channels], got the shape [784]",
                refusal("{\"type\": \"conv2d\", \"filters\": 1, \"kernel\": 3}", "[784]"));
        assertEquals("layer 1: unknown type 'lstm' (known: dense, conv2d, maxpool, avgpool, dropout, flatten)",
                refusal("{\"type\": \"lstm\"}", "[4]"));
        assertEquals("layer 1 (dense): unknown field 'unit' (known: activation, type, units)",
                refusal("{\"type\": \"dense\", \"unit\": 3}", "[4]"));
        assertEquals("layer 1 (dense): 'units' is missing", refusal("{\"type\": \"dense\"}", "[4]"));
        assertEquals("layer 1 (dropout) 'rate' must be between 0.0 and 0.99, got 1.5",
                refusal("{\"type\": \"dropout\", \"rate\": 1.5}", "[4]"));
        assertEquals("layer 1 (conv2d): padding must be 'same' or 'valid', got 'full'",
                refusal("{\"type\": \"conv2d\", \"filters\": 1, \"kernel\": 3, \"padding\": \"full\"}", "[8, 8, 1]"));
        assertEquals("\"input\" must be a shape of 1 to 3 sizes from 1 to 65536, like [784] or [28, 28, 1], got [0]",
                refusal("{\"type\": \"flatten\"}", "[0]"));
    }

    private static String refusal(String layers, String input) {
        return assertThrows(BadInputException.class, () -> spec(layers, input)).getMessage();
    }

    /** keras 2's table for the chapter 10 network (its layout and totals; "Total params: 6,442"). */
    @Test
    void theKerasTable() {
        ModelSpec m = spec("{\"type\": \"dense\", \"units\": 8, \"activation\": \"sigmoid\"},"
                + "{\"type\": \"dense\", \"units\": 8, \"activation\": \"sigmoid\"},"
                + "{\"type\": \"dense\", \"units\": 10, \"activation\": \"softmax\"}", "[784]");
        String text = KerasSummary.text(m);
        assertEquals(List.of("Model: \"sequential\"", "_".repeat(65),
                " Layer (type)                Output Shape              Param #", "=".repeat(65),
                " dense (Dense)               (None, 8)                 6280", "",
                " dense_1 (Dense)             (None, 8)                 72", "",
                " dense_2 (Dense)             (None, 10)                90", "=".repeat(65),
                "Total params: 6,442", "Trainable params: 6,442", "Non-trainable params: 0", "_".repeat(65)),
                text.lines().toList());
    }
}
