package deepmath.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.conv.Kernel;
import deepmath.conv.KernelLibrary;
import deepmath.conv.MatrixAlgebra;
import deepmath.digits.DigitSet;
import deepmath.image.RasterImage;
import org.junit.jupiter.api.Test;

class DataTensorsTest {
    @Test
    void aColourImageIsATensorOfShapeHW3() {
        RasterImage cat = DataTensors.picture(DataTensors.SMALL_CAT);
        Tensor t = DataTensors.image(cat);
        // Line 16228: a 32 × 32 colour image is a tensor (32, 32, 3) of 3072 elements.
        assertArrayEquals(new int[] {32, 32, 3}, t.shape());
        assertEquals(3072, t.size());
        for (int c = 0; c < 3; c++) {
            assertEquals(cat.sample(c, 5, 17), t.get(17, 5, c));
            assertEquals(cat.sample(c, 31, 0), t.get(0, 31, c));
        }
    }

    @Test
    void aBatchOfDigitsIsNBy28By28By1() {
        DigitSet set = DigitSet.shipped();
        // x[3:3003:1000]: digits 3, 1003, 2003.
        Tensor batch = DataTensors.digits(set, 3, 1000, 3);
        assertArrayEquals(new int[] {3, 28, 28, 1}, batch.shape());
        float[] second = set.image(1003);
        for (int p = 0; p < DigitSet.PIXELS; p++) {
            assertEquals(second[p], batch.get(1, p / 28, p % 28, 0), 0.0);
        }
    }

    /**
     * Line 16043: one filter of a layer looked at across many images. Each map is the digit convolved with the
     * same kernel ('same', zero padding), as the neuron code computes it in doubles; the digits differ, so do
     * their maps.
     */
    @Test
    void line16043OneFilterGivesOneFeatureMapPerDigit() {
        DigitSet set = DigitSet.shipped();
        Tensor batch = DataTensors.digits(set, 0, 1000, 4);
        Kernel vertical = KernelLibrary.get("vertical");
        Tensor maps = DataTensors.filtered(batch, vertical);
        assertArrayEquals(new int[] {4, 28, 28, 1}, maps.shape());
        for (int k = 0; k < 4; k++) {
            double[][] digit = new double[28][28];
            for (int p = 0; p < DigitSet.PIXELS; p++) {
                digit[p / 28][p % 28] = batch.get(k, p / 28, p % 28, 0);
            }
            double[][] expected = MatrixAlgebra.same(digit, vertical.toRows());
            for (int i = 0; i < 28; i++) {
                for (int j = 0; j < 28; j++) {
                    assertEquals(expected[i][j], maps.get(k, i, j, 0), 1e-5, "digit " + k + " at " + i + ", " + j);
                }
            }
        }
        assertNotEquals(maps.get(0, 14, 14, 0) + maps.get(0, 10, 12, 0), maps.get(1, 14, 14, 0) + maps.get(1, 10, 12, 0));
        double[] range = DataTensors.range(maps);
        assertTrue(range[0] < 0 && range[1] > 0, "a line filter gives negative and positive outputs");
    }
}
