package deepmath.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
