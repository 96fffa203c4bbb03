package deepmath.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

class TensorTextTest {
    @Test
    void theBooksTensorsHaveTheirRankShapeAndSize() {
        // Lines 16099, 16110, 16127 and the vocabulary of 16184–16221: ndim, shape, size.
        Tensor v = TensorText.parse("np.array([5, 7, 8])");
        assertEquals(1, v.rank());
        assertEquals("(3,)", v.shapeText());
        assertEquals(3, v.size());
        Tensor m = TensorText.parse(BookTensors.M);
        assertEquals(2, m.rank());
        assertEquals("(2, 3)", m.shapeText());
        assertEquals(4, m.get(1, 2));
        Tensor t = TensorText.parse(BookTensors.T);
        assertEquals(3, t.rank());
        assertEquals("(3, 2, 3)", t.shapeText());
        assertEquals(18, t.size());
        assertEquals(7, t.get(1, 1, 2));
        assertEquals(8, t.get(2, 1, 0));
    }

    @Test
    void spacesOrCommasAndFormatRoundTrips() {
        Tensor t = TensorText.parse("[[1 2.5] [-3 4e1]]");
        assertArrayEquals(new double[] {1, 2.5, -3, 40}, t.values());
        assertEquals("[[1, 2.5], [-3, 40]]", t.toString());
        assertEquals(t, TensorText.parse(t.toString()));
        assertEquals(Tensor.scalar(3), TensorText.parse("3"));
    }

    @Test
    void rangeIsTfRangeOfLine16388() {
        assertArrayEquals(new double[] {1, 1.5, 2, 2.5, 3, 3.5}, TensorText.parse("tf.range(1, 4, 0.5)").values());
        assertArrayEquals(new double[] {0, 1, 2}, TensorText.parse("range(3)").values());
    }

    @Test
    void badTextIsRefusedSayingWhat() {
        assertEquals(TensorProblem.RAGGED, problem("[[1, 2], [3]]"));
        assertEquals(TensorProblem.RAGGED, problem("[[1, 2], 3]"));
        assertEquals(TensorProblem.UNCLOSED, problem("[[1, 2]"));
        assertEquals(TensorProblem.EMPTY, problem("  "));
        assertEquals(TensorProblem.EMPTY_LIST, problem("[]"));
        assertEquals(TensorProblem.NUMBER, problem("[1, 2x]".replace("x", "e")));
        assertEquals(TensorProblem.CHARACTER, problem("[1, a]"));
        assertEquals(TensorProblem.RANK, problem("[[[[[1]]]]]"));
        assertEquals(TensorProblem.TOO_LARGE, problem("range(0, 1000)"));
        assertEquals("unexpected 'a' at column 5", assertThrows(BadInputException.class,
                () -> TensorText.parse("[1, a]")).getMessage());
    }

    @Test
    void integerListsForShapesAndAxes() {
        assertArrayEquals(new int[] {9, -1}, TensorText.integers("(9, -1)"));
        assertArrayEquals(new int[] {1, 0, 2}, TensorText.integers("1 0 2"));
        assertEquals(TensorProblem.INTEGERS, assertThrows(BadInputException.class,
                () -> TensorText.integers("2.5, 1")).inputProblem());
        assertEquals(TensorProblem.INTEGERS, assertThrows(BadInputException.class,
                () -> TensorText.integers("")).inputProblem());
    }

    private static TensorProblem problem(String text) {
        return (TensorProblem) assertThrows(BadInputException.class, () -> TensorText.parse(text)).inputProblem();
    }
}
