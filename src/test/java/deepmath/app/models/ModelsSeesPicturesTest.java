package deepmath.app.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.sequential.ModelSpec;
import deepmath.sequential.ModelSpecJson;
import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.data.Examples;
import deepmath.viz.digits.DigitGallery;
import deepmath.viz.digits.FeatureMapGrid;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the network sees, for pictures that are neither grey nor square: the mistakes of a colour input are drawn in
 * its own colours, and the feature maps of a 20 × 30 input are 30 wide and 20 high, in the input's row order.
 */
class ModelsSeesPicturesTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Two 2 × 3 RGB pictures (CIFAR-10's channels-last layout), every value distinct. */
    private static Examples colours() {
        float[][] inputs = new float[2][2 * 3 * 3];
        for (int s = 0; s < 2; s++) {
            for (int v = 0; v < inputs[s].length; v++) {
                inputs[s][v] = (float) ((7 * v + 3 * s) % 18 / 17.0);
            }
        }
        return new Examples("rgb", List.of(2, 3, 3), inputs, new float[][] {{1, 0}, {0, 1}}, List.of("a", "b"));
    }

    @Test
    void theMistakesOfAColourInputAreDrawnInItsColours() throws Exception {
        Examples data = colours();
        SequentialNetwork network = SequentialNetwork.initialised(ModelSpecJson.parse("{\"input\": [2, 3, 3], \"layers\": ["
                + "{\"type\": \"flatten\"}, {\"type\": \"dense\", \"units\": 2, \"activation\": \"softmax\"}]}", "rgb"), 1);
        List<Integer> shape = NetworkInsight.pictureShape(network, data).orElseThrow();
        assertEquals(List.of(2, 3, 3), shape);
        DigitGallery gallery = WaitForAsyncUtils.asyncFx(() -> SeesPane.mistakes(data, shape,
                List.of(new NetworkInsight.Mistake(1, 0, 1, 0.9), new NetworkInsight.Mistake(0, 1, 0, 0.8)))).get();
        assertEquals(2, gallery.imageCount());
        boolean someColour = false;
        for (int k = 0; k < 2; k++) {
            int example = k == 0 ? 1 : 0;
            Image image = gallery.image(k);
            assertEquals(3, image.getWidth());
            assertEquals(2, image.getHeight());
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    int argb = image.getPixelReader().getArgb(x, y);
                    float[] in = data.inputs()[example];
                    int at = 3 * (y * 3 + x);
                    String where = "example " + example + " pixel (" + x + ", " + y + ")";
                    assertEquals(Math.round(255 * in[at]), argb >> 16 & 0xff, "red of " + where);
                    assertEquals(Math.round(255 * in[at + 1]), argb >> 8 & 0xff, "green of " + where);
                    assertEquals(Math.round(255 * in[at + 2]), argb & 0xff, "blue of " + where);
                    Color c = image.getPixelReader().getColor(x, y);
                    someColour |= c.getRed() != c.getGreen() || c.getGreen() != c.getBlue();
                }
            }
        }
        assertTrue(someColour, "not grey");
    }

    /**
     * A 20 × 30 input (flat rows of 600 numbers, as a CSV gives them, read by a model taking [20, 30, 1]) through a
     * 1 × 1 convolution of two filters, weights 1 and 2, biases 0 and 0.5, linear: the maps are the input and
     * 2·input + 0.5, 30 wide and 20 high.
     */
    @Test
    void theFeatureMapsOfANonSquareInputKeepItsRowsAndColumns() throws Exception {
        ModelSpec spec = ModelSpecJson.parse("{\"input\": [20, 30, 1], \"layers\": ["
                + "{\"type\": \"conv2d\", \"filters\": 2, \"kernel\": 1},"
                + "{\"type\": \"flatten\"}, {\"type\": \"dense\", \"units\": 2, \"activation\": \"softmax\"}]}", "wide");
        double[] p = SequentialNetwork.initialised(spec, 3).parameters().clone();
        p[0] = 1;
        p[1] = 2;
        p[2] = 0;
        p[3] = 0.5;
        SequentialNetwork network = SequentialNetwork.withParameters(spec, p);
        float[] row = new float[600];
        for (int i = 0; i < row.length; i++) {
            row[i] = i / 600f;
        }
        Examples flat = new Examples("csv", List.of(600), new float[][] {row}, new float[][] {{1, 0}}, List.of("a", "b"));
        assertEquals(List.of(20, 30, 1), NetworkInsight.pictureShape(network, flat).orElseThrow());
        List<NetworkInsight.Planes> maps = NetworkInsight.featureMaps(network, row);
        assertEquals(1, maps.size(), "the convolution's output [20, 30, 2]");
        NetworkInsight.Planes conv = maps.get(0);
        assertEquals(2, conv.count());
        assertEquals(30, conv.width());
        assertEquals(20, conv.height());
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 30; x++) {
                double in = row[y * 30 + x];
                assertEquals(in, conv.values()[y * 30 + x], 1e-6);
                assertEquals(2 * in + 0.5, conv.values()[600 + y * 30 + x], 1e-6);
            }
        }
        FeatureMapGrid grid = WaitForAsyncUtils.asyncFx(() -> SeesPane.grid("maps", conv, false, 60)).get();
        assertEquals(2, grid.tileCount());
        assertEquals(30, grid.tile(0).getWidth());
        assertEquals(20, grid.tile(0).getHeight());
        // the scale runs from 0 to the layer's largest value: along a row the first map brightens from left to right
        Color left = grid.tile(0).getPixelReader().getColor(0, 19);
        Color right = grid.tile(0).getPixelReader().getColor(29, 19);
        assertTrue(right.getBrightness() > left.getBrightness(), left + " then " + right);
        // two tiles of 60 × 40 side by side under the title
        double prefHeight = WaitForAsyncUtils.asyncFx(() -> grid.prefHeight(1000)).get();
        assertEquals(20 + 40 + 2 * 4, prefHeight, 1e-9);
    }
}
