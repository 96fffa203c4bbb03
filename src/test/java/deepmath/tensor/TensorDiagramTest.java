package deepmath.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.tensor.TensorOperation.Kind;
import org.junit.jupiter.api.Test;

/** The keys (colours) follow the elements: where each one goes, or which result it is summed into. */
class TensorDiagramTest {
    private static final Tensor A = TensorText.parse(BookTensors.A);
    private static final Tensor B = TensorText.parse(BookTensors.B);

    @Test
    void concatenationAlongAxis1InterleavesTheRowsOfAAndB() {
        TensorDiagram d = TensorDiagram.of(TensorOperation.of(Kind.CONCATENATE).withAxis(1), A, B);
        // A's elements are keys 0-5, B's 6-11; line 16357: 1 2 3 7 8 9 / 4 5 6 10 11 12.
        assertArrayEquals(new int[] {0, 1, 2, 6, 7, 8, 3, 4, 5, 9, 10, 11}, d.after().keys());
        assertEquals("np.concatenate((A, B), axis=1)", d.numpy());
        // Each key points at the element with the same value.
        for (int k = 0; k < 12; k++) {
            int key = d.after().key(k);
            double source = key < 6 ? A.flat(key) : B.flat(key - 6);
            assertEquals(source, d.after().tensor().flat(k));
        }
    }

    @Test
    void transposeKeysAreTheTransposedPositions() {
        TensorDiagram d = TensorDiagram.of(TensorOperation.of(Kind.TRANSPOSE), A, A);
        assertArrayEquals(new int[] {0, 3, 1, 4, 2, 5}, d.after().keys());
        assertEquals("np.transpose(T)", d.numpy());
        assertEquals("tf.transpose(T)", d.tensorflow());
    }

    @Test
    void sumAlongAnAxisTagsEachElementWithTheResultItGoesInto() {
        TensorDiagram d = TensorDiagram.of(TensorOperation.of(Kind.SUM).withAxis(1), A, A);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, d.before().get(0).keys());
        assertArrayEquals(new double[] {6, 15}, d.after().tensor().values());
        TensorDiagram down = TensorDiagram.of(TensorOperation.of(Kind.SUM).withAxis(0), A, A);
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, down.before().get(0).keys());
        assertArrayEquals(new double[] {5, 7, 9}, down.after().tensor().values());
    }

    @Test
    void broadcastingDrawsTheSmallOperandStretched() {
        Tensor row = TensorText.parse("[10, 20, 30]");
        TensorDiagram d = TensorDiagram.of(TensorOperation.of(Kind.ADD), A, row);
        assertEquals(2, d.stretched().size());
        TensorDiagram.Block stretchedB = d.stretched().get(1);
        assertArrayEquals(new int[] {2, 3}, stretchedB.tensor().shape());
        assertArrayEquals(new double[] {10, 20, 30, 10, 20, 30}, stretchedB.tensor().values());
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, stretchedB.keys());
        assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, d.after().tensor().values());
        assertArrayEquals(new int[] {-1, -1, -1, -1, -1, -1}, d.before().get(0).keys());
    }
}
