package deepmath.gpt;

/**
 * Rows per piece when a row-wise loop (LayerNorm, GELU) is shared over a {@link deepmath.nd.WorkSplit}: two pieces
 * a thread, so that a thread the scheduler runs late leaves its share to the others; one piece on one thread.
 */
final class RowBlocks {
    private RowBlocks() {
    }

    /** Rows per piece for {@code rows} rows over {@code workers} threads (at least 1). */
    static int rows(int rows, int workers) {
        return workers <= 1 ? Math.max(1, rows) : Math.max(1, (rows + 2 * workers - 1) / (2 * workers));
    }

    /** Pieces of {@code block} rows that cover {@code rows} rows. */
    static int count(int rows, int block) {
        return (rows + block - 1) / block;
    }
}
