package deepmath.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

class DataSetsTest {

    @Test
    void csvWithAHeaderAndMixedSeparators() {
        Dataset data = CsvData.read("x,y,label\n0.5, 1.5, 1\n# a comment\n\n-2;3;0\n", "d.csv");
        assertEquals(2, data.size());
        assertEquals(2, data.inputCount());
        assertArrayEquals(new double[] {-2, 3}, data.input(1));
        assertArrayEquals(new double[] {1}, data.target(0));
        assertTrue(data.isBinaryClassification());
        Dataset curve = CsvData.read("0,1\n1,2.5\n", "c.csv");
        assertEquals(1, curve.inputCount());
        assertEquals(false, curve.isBinaryClassification());
    }

    @Test
    void csvRoundTrip() {
        Dataset data = ClassicSets.SPIRALS.generate(20, 0.1, 4);
        Dataset back = CsvData.read(CsvData.write(data), "x");
        for (int s = 0; s < data.size(); s++) {
            assertArrayEquals(data.input(s), back.input(s), 1e-5);
            assertArrayEquals(data.target(s), back.target(s));
        }
    }

    @Test
    void badCsvNamesTheLine() {
        assertEquals("d.csv line 3: 'abc' is not a number (plain decimals, e.g. -1.5 or 2e-3)",
                assertThrows(BadInputException.class, () -> CsvData.read("x,y,l\n1,2,0\n1,abc,1\n", "d.csv")).getMessage());
        assertEquals("d.csv line 2: 2 values, the first line had 3",
                assertThrows(BadInputException.class, () -> CsvData.read("1,2,0\n1,1\n", "d.csv")).getMessage());
        assertEquals("d.csv: no data (expected lines like 0.5, 1.2, 1)",
                assertThrows(BadInputException.class, () -> CsvData.read("x,y\n", "d.csv")).getMessage());
    }

    @Test
    void classicSetsHaveTheirShapes() {
        Dataset circle = ClassicSets.CIRCLE.generate(400, 0, 1);
        for (int s = 0; s < circle.size(); s++) {
            double r = Math.hypot(circle.input(s)[0], circle.input(s)[1]);
            assertTrue(circle.target(s)[0] == 1 ? r <= 2.5 : r >= 3.5 && r <= 5, "r = " + r);
        }
        Dataset xor = ClassicSets.XOR.generate(400, 0, 2);
        for (int s = 0; s < xor.size(); s++) {
            double[] p = xor.input(s);
            assertEquals(p[0] * p[1] >= 0 ? 1 : 0, xor.target(s)[0]);
        }
        Dataset gaussians = ClassicSets.TWO_GAUSSIANS.generate(100, 0, 3);
        double mean = 0;
        for (int s = 0; s < 100; s += 2) {
            mean += gaussians.input(s)[0] / 50;
        }
        assertEquals(2, mean, 0.3);
        assertEquals(ClassicSets.SPIRALS.generate(50, 0.2, 9).input(7)[0],
                ClassicSets.SPIRALS.generate(50, 0.2, 9).input(7)[0], "same seed, same set");
    }

    @Test
    void pointsAreAddedRemovedAndFound() {
        Dataset data = ClassicSets.XOR.generate(10, 0, 1).with(new double[] {0.1, 0.2}, new double[] {1});
        assertEquals(11, data.size());
        assertEquals(10, data.nearest(0.12, 0.2, 0.1));
        assertEquals(10, data.without(10).size());
        assertEquals(-1, data.without(10).nearest(0.12, 0.2, 0.05));
    }

    @Test
    void curveSetsSampleTheFunction() {
        Dataset abs = CurveSets.ABS.generate(7, 0, 1);
        assertArrayEquals(new double[] {-3}, abs.input(0));
        assertArrayEquals(new double[] {3}, abs.target(0));
        assertArrayEquals(new double[] {0}, abs.target(3));
        assertThrows(BadInputException.class, () -> CurveSets.sample(x -> 1 / x, 3, 0, 1));
    }
}
