package deepmath.tensor;

import deepmath.tensor.TensorOperation.Kind;

/**
 * The book's tensors (chapter 15) with what it does to them, as the tensors tab's presets: V, M and T of line
 * 16087–16134, T flattened and reshaped (16264–16297), A and B concatenated (16301–16360), and "V + 3" of
 * 16241; the vectors and arrays of chapters 2 and 4 (X + 1, X + Y, X * Y, sum, A flattened, a vector reshaped);
 * the operations on matrices of chapter 12 (a sum, a number times a matrix, the matrix product);
 * then the lab's own variants on the same tensors for the operations the book names without an example
 * (transpose, stack, sum and mean along an axis, broadcasting a row over a matrix).
 */
public enum TensorPreset implements TensorTabPreset {
    BOOK_VECTOR("book-vector", 16099, BookTensors.V, BookTensors.V, TensorOperation.of(Kind.MEAN)),
    BOOK_MATRIX("book-matrix", 16110, BookTensors.M, BookTensors.M, TensorOperation.of(Kind.TRANSPOSE)),
    BOOK_FLATTEN("book-flatten", 16264, BookTensors.T, BookTensors.T, TensorOperation.of(Kind.FLATTEN)),
    BOOK_RESHAPE_2_9("book-reshape-2-9", 16271, BookTensors.T, BookTensors.T,
            TensorOperation.of(Kind.RESHAPE).withShape(new int[] {2, 9})),
    BOOK_RESHAPE_2_3_3("book-reshape-2-3-3", 16277, BookTensors.T, BookTensors.T,
            TensorOperation.of(Kind.RESHAPE).withShape(new int[] {2, 3, 3})),
    BOOK_RESHAPE_9_UNKNOWN("book-reshape-9-unknown", 16287, BookTensors.T, BookTensors.T,
            TensorOperation.of(Kind.RESHAPE).withShape(new int[] {9, -1})),
    BOOK_CONCATENATE_0("book-concatenate-0", 16326, BookTensors.A, BookTensors.B,
            TensorOperation.of(Kind.CONCATENATE).withAxis(0)),
    BOOK_CONCATENATE_1("book-concatenate-1", 16327, BookTensors.A, BookTensors.B,
            TensorOperation.of(Kind.CONCATENATE).withAxis(1)),
    BOOK_PLUS_3("book-plus-3", 16241, BookTensors.V, "3", TensorOperation.of(Kind.ADD)),
    // Chapters 2 and 4 show numpy's vectors and arrays with the same operations, on their own X, Y and A.
    BOOK_X_PLUS_1("book-x-plus-1", 2, 2616, "[1, 2, 3, 4]", "1", TensorOperation.of(Kind.ADD)),
    BOOK_X_PLUS_Y("book-x-plus-y", 2, 2628, "[1, 2, 3, 4]", "[10, 11, 12, 13]", TensorOperation.of(Kind.ADD)),
    BOOK_X_TIMES_Y("book-x-times-y", 2, 2630, "[1, 2, 3, 4]", "[10, 11, 12, 13]", TensorOperation.of(Kind.MULTIPLY)),
    BOOK_SUM_X("book-sum-x", 2, 2622, "[1, 2, 3, 4]", "[1, 2, 3, 4]", TensorOperation.of(Kind.SUM).withAxis(0)),
    BOOK_ARRAY_FLATTEN("book-array-flatten", 4, 3514, "[[1, 2, 3], [4, 5, 6]]", "[[1, 2, 3], [4, 5, 6]]",
            TensorOperation.of(Kind.FLATTEN)),
    BOOK_VECTOR_RESHAPE_3_2("book-vector-reshape-3-2", 4, 3520, "[1, 2, 3, 4, 5, 6]", "[1, 2, 3, 4, 5, 6]",
            TensorOperation.of(Kind.RESHAPE).withShape(new int[] {3, 2})),
    // Chapter 12 opens with the operations on matrices (line 12779): a sum, a number times a matrix, a product.
    BOOK_MATRIX_SUM("book-matrix-sum", 12, 12779, "[[0, 1, 0], [1, -4, 1], [0, 1, 0]]",
            "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]", TensorOperation.of(Kind.ADD)),
    BOOK_MATRIX_SCALAR("book-matrix-scalar", 12, 12816, "3", "[[1, 2, 3, 4], [8, 7, 5, 6]]",
            TensorOperation.of(Kind.MULTIPLY)),
    BOOK_MATRIX_PRODUCT("book-matrix-product", 12, 12835, "[[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]",
            "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]", TensorOperation.of(Kind.MATMUL)),
    TRANSPOSE_T("transpose-t", 16127, BookTensors.T, BookTensors.T,
            TensorOperation.of(Kind.TRANSPOSE).withAxes(new int[] {1, 0, 2})),
    STACK_A_B("stack-a-b", 16321, BookTensors.A, BookTensors.B, TensorOperation.of(Kind.STACK).withAxis(0)),
    SUM_T("sum-t", 16257, BookTensors.T, BookTensors.T, TensorOperation.of(Kind.SUM).withAxis(0)),
    BROADCAST_ROW("broadcast-row", 16246, BookTensors.M, "[10, 20, 30]", TensorOperation.of(Kind.ADD));

    private final Entry entry;
    private final String a;
    private final String b;
    private final TensorOperation operation;

    TensorPreset(String key, int line, String a, String b, TensorOperation operation) {
        this(key, 15, line, a, b, operation);
    }

    TensorPreset(String key, int chapter, int line, String a, String b, TensorOperation operation) {
        this.entry = Entry.of(key, chapter, line);
        this.a = a;
        this.b = b;
        this.operation = operation;
    }

    @Override
    public Entry entry() {
        return entry;
    }

    /** The first tensor (T, or A) as text. */
    public String a() {
        return a;
    }

    /** The second tensor (B) as text; the one-tensor operations ignore it. */
    public String b() {
        return b;
    }

    public TensorOperation operation() {
        return operation;
    }

    /** Whether this is the book's own example (its numbers and its operation), not a variant of the lab. */
    public boolean fromBook() {
        return key().startsWith("book-");
    }

    public static TensorPreset fromKey(String key) {
        for (TensorPreset p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new deepmath.core.BadInputException(TensorProblem.PRESET, key,
                String.join(", ", java.util.Arrays.stream(values()).map(TensorPreset::key).toList()));
    }
}
