package deepmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each book preset of the tensors tab gives what the book prints at its line (chapter 15). */
class TensorPresetTest {
    /** The book's results, as it prints them, by preset. */
    private static final Map<TensorPreset, String> BOOK = Map.ofEntries(
            Map.entry(TensorPreset.BOOK_VECTOR, "6.666666666666667"), // 16255, V.mean()
            Map.entry(TensorPreset.BOOK_FLATTEN, "[5, 1, 0, 3, 3, 2, 1, 1, 0, 5, 1, 7, 0, 0, 1, 8, 1, 9]"), // 16267
            Map.entry(TensorPreset.BOOK_RESHAPE_2_9, "[[5, 1, 0, 3, 3, 2, 1, 1, 0], [5, 1, 7, 0, 0, 1, 8, 1, 9]]"), // 16274
            Map.entry(TensorPreset.BOOK_RESHAPE_2_3_3, "[[[5, 1, 0], [3, 3, 2], [1, 1, 0]], [[5, 1, 7], [0, 0, 1], [8, 1, 9]]]"), // 16279
            Map.entry(TensorPreset.BOOK_RESHAPE_9_UNKNOWN, "[[5, 1], [0, 3], [3, 2], [1, 1], [0, 5], [1, 7], [0, 0], [1, 8], [1, 9]]"), // 16289
            Map.entry(TensorPreset.BOOK_CONCATENATE_0, "[[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]"), // 16339
            Map.entry(TensorPreset.BOOK_CONCATENATE_1, "[[1, 2, 3, 7, 8, 9], [4, 5, 6, 10, 11, 12]]"), // 16357
            Map.entry(TensorPreset.BOOK_PLUS_3, "[8, 10, 11]"), // 16241, V + 3
            Map.entry(TensorPreset.BOOK_MATRIX, "[[6, 3], [0, 2], [2, 4]]"),             // 16110, M transposed
            Map.entry(TensorPreset.BOOK_X_PLUS_1, "[2, 3, 4, 5]"),                      // 2616, X+1
            Map.entry(TensorPreset.BOOK_X_PLUS_Y, "[11, 13, 15, 17]"),                  // 2628, X+Y
            Map.entry(TensorPreset.BOOK_X_TIMES_Y, "[10, 22, 36, 52]"),                 // 2630, X*Y
            Map.entry(TensorPreset.BOOK_SUM_X, "10"),                                   // 2622, np.sum(X)
            Map.entry(TensorPreset.BOOK_ARRAY_FLATTEN, "[1, 2, 3, 4, 5, 6]"),           // 3514, A.flatten()
            Map.entry(TensorPreset.BOOK_VECTOR_RESHAPE_3_2, "[[1, 2], [3, 4], [5, 6]]"),  // 3520, X.reshape((3,2))
            Map.entry(TensorPreset.BOOK_MATRIX_SUM, "[[1, 3, 3], [5, 1, 7], [7, 9, 9]]"),       // 12779, addition
            Map.entry(TensorPreset.BOOK_MATRIX_SCALAR, "[[3, 6, 9, 12], [24, 21, 15, 18]]"),    // 12816, 3 · matrix
            Map.entry(TensorPreset.BOOK_MATRIX_PRODUCT, "[[-6, -9, -12], [10, 11, 12], [18, 21, 24]]")); // 12835, ×

    @Test
    void everyBookPresetGivesTheBooksResult() {
        for (TensorPreset p : TensorPreset.values()) {
            if (!p.fromBook()) {
                continue;
            }
            assertTrue(BOOK.containsKey(p), "no book result for " + p);
            Tensor result = p.operation().apply(TensorText.parse(p.a()), TensorText.parse(p.b()));
            assertEquals(BOOK.get(p), result.toString(), p.key() + " (line " + p.book().line() + ")");
        }
    }

    @Test
    void theBooksTensorsAreTheOnesOfLines16099To16134AndTheirShapes() {
        assertEquals("(3,)", TensorText.parse(BookTensors.V).shapeText());    // 16099
        assertEquals("(2, 3)", TensorText.parse(BookTensors.M).shapeText());  // 16110
        assertEquals("(3, 2, 3)", TensorText.parse(BookTensors.T).shapeText()); // 16269: "de taille (3, 2, 3)"
        // A = np.arange(1, 7).reshape((2, 3)) and B = np.arange(7, 13).reshape((2, 3)), lines 16321–16322.
        assertEquals(TensorText.parse(BookTensors.A), Tensors.reshape(Tensor.range(1, 7, 1), new int[] {2, 3}));
        assertEquals(TensorText.parse(BookTensors.B), Tensors.reshape(Tensor.range(7, 13, 1), new int[] {2, 3}));
    }

    @Test
    void theNumpyExpressionsAreTheBooks() {
        assertEquals("np.reshape(T, (2, 9))", TensorPreset.BOOK_RESHAPE_2_9.operation().numpy());   // 16271
        assertEquals("np.reshape(T, (9, -1))", TensorPreset.BOOK_RESHAPE_9_UNKNOWN.operation().numpy()); // 16287
        assertEquals("np.concatenate((A, B), axis=0)", TensorPreset.BOOK_CONCATENATE_0.operation().numpy()); // 16326
        assertEquals("T.flatten()", TensorPreset.BOOK_FLATTEN.operation().numpy());                  // 16265
    }

    /** Line 12835: the matrix product is not element by element; A @ B refuses shapes that do not chain. */
    @Test
    void theMatrixProductOfLine12835IsRowsAgainstColumns() {
        Tensor a = TensorText.parse("[[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]");
        Tensor b = TensorText.parse("[[1, 2, 3], [4, 5, 6], [7, 8, 9]]");
        assertEquals("[[-2, -2, 0], [-4, 5, 6], [0, 8, 18]]", Tensors.multiply(a, b).toString());
        // (A @ B)(1, 0) = −1·1 + 1·4 + 1·7 = 10, the book's second row's first number.
        assertEquals(10.0, Tensors.matmul(a, b).flat(3));
        assertEquals("[[50]]", Tensors.matmul(TensorText.parse("[[1, 2, 3]]"), TensorText.parse("[[7], [8], [9]]"))
                .toString());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(deepmath.core.BadInputException.class,
                () -> Tensors.matmul(TensorText.parse("[[1, 2, 3]]"), TensorText.parse("[[1, 2, 3]]")));
        assertEquals(TensorProblem.MATMUL, refused.inputProblem());
        assertEquals(TensorProblem.MATMUL_RANK, org.junit.jupiter.api.Assertions.assertThrows(
                deepmath.core.BadInputException.class, () -> Tensors.matmul(a, TensorText.parse("[1, 2, 3]"))).inputProblem());
        assertEquals("A @ B   # np.dot(A, B)", TensorPreset.BOOK_MATRIX_PRODUCT.operation().numpy());
    }
}
