package deepmath.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each operation on ND4J against a straightforward loop over the indices (numpy's definition written out),
 * on the book's tensors of chapter 15 and on shapes where a wrong axis order would show.
 */
class TensorsTest {
    private static final Tensor T = TensorText.parse(BookTensors.T);
    private static final Tensor A = TensorText.parse(BookTensors.A);
    private static final Tensor B = TensorText.parse(BookTensors.B);

    /** A tensor of the given shape whose elements are all different: 1, 2, 3, … */
    private static Tensor counting(int... shape) {
        double[] v = new double[(int) Tensor.size(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = i + 1;
        }
        return Tensor.of(v, shape);
    }

    @Test
    void flattenOfTheBooksTensorIsLine16267() {
        Tensor flat = Tensors.flatten(T);
        assertArrayEquals(new int[] {18}, flat.shape());
        assertArrayEquals(new double[] {5, 1, 0, 3, 3, 2, 1, 1, 0, 5, 1, 7, 0, 0, 1, 8, 1, 9}, flat.values());
    }

    @Test
    void reshapesOfLines16271To16297() {
        assertEquals(TensorText.parse("[[5, 1, 0, 3, 3, 2, 1, 1, 0], [5, 1, 7, 0, 0, 1, 8, 1, 9]]"),
                Tensors.reshape(T, new int[] {2, 9}));
        assertEquals(TensorText.parse("[[[5, 1, 0], [3, 3, 2], [1, 1, 0]], [[5, 1, 7], [0, 0, 1], [8, 1, 9]]]"),
                Tensors.reshape(T, new int[] {2, 3, 3}));
        // Line 16287: the -1 is worked out as 2 (18 elements in 9 rows).
        assertEquals(TensorText.parse("[[5, 1], [0, 3], [3, 2], [1, 1], [0, 5], [1, 7], [0, 0], [1, 8], [1, 9]]"),
                Tensors.reshape(T, new int[] {9, -1}));
    }

    @Test
    void reshapeKeepsTheRowMajorOrderOfEveryElement() {
        Tensor t = counting(2, 3, 4);
        Tensor r = Tensors.reshape(t, new int[] {4, 1, 6});
        for (int flat = 0; flat < 24; flat++) {
            int[] i = Tensor.index(new int[] {4, 1, 6}, flat);
            assertEquals(t.flat(flat), r.get(i));
        }
    }

    @Test
    void concatenationsOfLines16326And16327() {
        assertEquals(TensorText.parse("[[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]"),
                Tensors.concatenate(List.of(A, B), 0));
        assertEquals(TensorText.parse("[[1, 2, 3, 7, 8, 9], [4, 5, 6, 10, 11, 12]]"),
                Tensors.concatenate(List.of(A, B), 1));
    }

    @Test
    void concatenateAlongEachAxisOfA3TensorMatchesTheLoop() {
        Tensor a = counting(2, 3, 2);
        Tensor b = counting(2, 3, 2).map(v -> -v);
        for (int axis = 0; axis < 3; axis++) {
            Tensor c = Tensors.concatenate(List.of(a, b), axis);
            int[] shape = c.shape();
            assertEquals(2 * a.length(axis), shape[axis]);
            for (int flat = 0; flat < c.size(); flat++) {
                int[] i = Tensor.index(shape, flat);
                int[] j = i.clone();
                boolean second = i[axis] >= a.length(axis);
                if (second) {
                    j[axis] -= a.length(axis);
                }
                assertEquals((second ? b : a).get(j), c.get(i), "axis " + axis + " at " + flat);
            }
        }
    }

    @Test
    void stackPutsANewAxisThatIndexesTheParts() {
        for (int axis = 0; axis <= 2; axis++) {
            Tensor s = Tensors.stack(List.of(A, B), axis);
            assertEquals(3, s.rank());
            assertEquals(2, s.length(axis));
            for (int flat = 0; flat < s.size(); flat++) {
                int[] i = Tensor.index(s.shape(), flat);
                int part = i[axis];
                int[] j = new int[2];
                for (int k = 0, m = 0; k < 3; k++) {
                    if (k != axis) {
                        j[m++] = i[k];
                    }
                }
                assertEquals((part == 0 ? A : B).get(j), s.get(i), "axis " + axis);
            }
        }
    }

    @Test
    void permuteMovesAxisAxesOfAToPlaceA() {
        Tensor t = counting(2, 3, 4);
        int[] axes = {2, 0, 1};
        Tensor p = Tensors.permute(t, axes);
        assertArrayEquals(new int[] {4, 2, 3}, p.shape());
        for (int flat = 0; flat < p.size(); flat++) {
            int[] i = Tensor.index(p.shape(), flat);
            int[] j = new int[3];
            for (int a = 0; a < 3; a++) {
                j[axes[a]] = i[a];
            }
            assertEquals(t.get(j), p.get(i));
        }
        // The default transpose of the book's matrix M (line 16110).
        assertEquals(TensorText.parse("[[6, 3], [0, 2], [2, 4]]"),
                Tensors.permute(TensorText.parse(BookTensors.M), Tensors.reversed(2)));
    }

    @Test
    void sumAndMeanAlongEachAxisMatchTheLoop() {
        Tensor t = counting(2, 3, 4);
        for (int axis = 0; axis < 3; axis++) {
            Tensor s = Tensors.sum(t, axis);
            Tensor m = Tensors.mean(t, axis);
            assertEquals(2, s.rank());
            double[] expected = new double[s.size()];
            for (int flat = 0; flat < t.size(); flat++) {
                int[] i = Tensor.index(t.shape(), flat);
                int[] j = new int[2];
                for (int k = 0, n = 0; k < 3; k++) {
                    if (k != axis) {
                        j[n++] = i[k];
                    }
                }
                expected[Tensor.flatIndex(s.shape(), j)] += t.flat(flat);
            }
            assertArrayEquals(expected, s.values(), 1e-12);
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k] / t.length(axis), m.flat(k), 1e-12);
            }
        }
        // V.mean() of line 16255: (5 + 7 + 8) / 3.
        Tensor mean = Tensors.mean(TensorText.parse(BookTensors.V), 0);
        assertEquals(0, mean.rank());
        assertEquals(20.0 / 3, mean.flat(0), 1e-12);
    }

    @Test
    void broadcastingRepeatsTheAxesOfLength1() {
        Tensor m = TensorText.parse(BookTensors.M);
        // V + 3 of line 16241.
        assertEquals(TensorText.parse("[8, 10, 11]"), Tensors.add(TensorText.parse(BookTensors.V), Tensor.scalar(3)));
        assertEquals(TensorText.parse("[[16, 20, 32], [13, 22, 34]]"), Tensors.add(m, TensorText.parse("[10, 20, 30]")));
        // A column against a row: (2, 1) * (1, 3) → (2, 3), each product by hand.
        Tensor column = TensorText.parse("[[2], [3]]");
        Tensor row = TensorText.parse("[[1, 10, 100]]");
        assertEquals(TensorText.parse("[[2, 20, 200], [3, 30, 300]]"), Tensors.multiply(column, row));
        assertArrayEquals(new int[] {4, 2, 3}, Tensors.broadcastShape(new int[] {4, 1, 3}, new int[] {2, 1}));
    }

    @Test
    void shapesThatDoNotFitAreRefusedNamingThem() {
        assertEquals(TensorProblem.RESHAPE_SIZE, assertThrows(BadInputException.class,
                () -> Tensors.reshape(T, new int[] {4, 5})).inputProblem());
        assertEquals(TensorProblem.RESHAPE_SIZE, assertThrows(BadInputException.class,
                () -> Tensors.reshape(T, new int[] {4, -1})).inputProblem());
        assertEquals(TensorProblem.RESHAPE_UNKNOWN, assertThrows(BadInputException.class,
                () -> Tensors.reshape(T, new int[] {-1, -1})).inputProblem());
        assertEquals(TensorProblem.CONCATENATE, assertThrows(BadInputException.class,
                () -> Tensors.concatenate(List.of(A, T), 0)).inputProblem());
        assertEquals(TensorProblem.STACK, assertThrows(BadInputException.class,
                () -> Tensors.stack(List.of(A, TensorText.parse("[1, 2]")), 0)).inputProblem());
        assertEquals(TensorProblem.AXIS, assertThrows(BadInputException.class, () -> Tensors.sum(A, 2)).inputProblem());
        assertEquals(TensorProblem.PERMUTATION, assertThrows(BadInputException.class,
                () -> Tensors.permute(T, new int[] {0, 0, 1})).inputProblem());
        BadInputException broadcast = assertThrows(BadInputException.class,
                () -> Tensors.add(A, TensorText.parse("[1, 2]")));
        assertEquals("shapes (2, 3) and (2,) cannot be broadcast together: lengths 3 and 2 differ and neither is 1",
                broadcast.getMessage());
    }
}
