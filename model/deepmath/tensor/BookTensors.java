package deepmath.tensor;

/** The tensors of the book's chapter 15, as it writes them with numpy (the lines are the book text's). */
public final class BookTensors {
    /** V = np.array([5, 7, 8]), line 16099. */
    public static final String V = "[5, 7, 8]";
    /** M = np.array([[6, 0, 2], [3, 2, 4]]), line 16110. */
    public static final String M = "[[6, 0, 2], [3, 2, 4]]";
    /** T, the 3-tensor of shape (3, 2, 3), line 16127. */
    public static final String T = "[[[5, 1, 0], [3, 3, 2]], [[1, 1, 0], [5, 1, 7]], [[0, 0, 1], [8, 1, 9]]]";
    /** A = np.arange(1,7).reshape((2,3)), line 16321. */
    public static final String A = "[[1, 2, 3], [4, 5, 6]]";
    /** B = np.arange(7,13).reshape((2,3)), line 16322. */
    public static final String B = "[[7, 8, 9], [10, 11, 12]]";

    private BookTensors() {
    }
}
