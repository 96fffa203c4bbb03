package deepmath.conv;

import deepmath.core.BadInputException;

/**
 * Max or average pooling ("regroupement") over size × size windows moved by {@code stride}: an n × p matrix
 * gives ⌊(n − size)/stride⌋ + 1 rows, i.e. n//k × p//k for the book's default stride = size = k.
 */
public record Pooling(Kind kind, int size, int stride) {

    public enum Kind {
        MAX("max"), AVERAGE("avg");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Pooling {
        if (size < 1 || size > 64) {
            throw new BadInputException(ConvProblem.POOL_SIZE, size);
        }
        if (stride < 1 || stride > 64) {
            throw new BadInputException(ConvProblem.POOL_STRIDE, stride);
        }
    }

    /** The book's pooling: stride equal to the size. */
    public static Pooling of(Kind kind, int size) {
        return new Pooling(kind, size, size);
    }

    /** Parses the command line's {@code max:4}, {@code avg:4} or {@code avg:4:2} (kind:size[:stride]). */
    public static Pooling parse(String text) {
        String[] parts = text.strip().toLowerCase(java.util.Locale.ROOT).split(":");
        Kind kind = parts[0].equals("max") ? Kind.MAX : parts[0].equals("avg") || parts[0].equals("average")
                ? Kind.AVERAGE : null;
        if (kind == null || parts.length < 2 || parts.length > 3) {
            throw new BadInputException(ConvProblem.POOL_SYNTAX, text);
        }
        try {
            int size = Integer.parseInt(parts[1]);
            return new Pooling(kind, size, parts.length == 3 ? Integer.parseInt(parts[2]) : size);
        } catch (NumberFormatException e) {
            throw new BadInputException(ConvProblem.POOL_WHOLE, text);
        }
    }

    public int outputLength(int n) {
        return n < size ? 0 : (n - size) / stride + 1;
    }

    public Plane apply(Plane input) {
        int rows = outputLength(input.rows());
        int cols = outputLength(input.cols());
        if (rows == 0 || cols == 0) {
            throw new BadInputException(ConvProblem.POOL_TOO_LARGE, size, input.rows(), input.cols());
        }
        Plane out = Plane.zeros(rows, cols);
        float[] in = input.values();
        float scale = 1f / (size * size);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                float acc = kind == Kind.MAX ? Float.NEGATIVE_INFINITY : 0f;
                for (int u = 0; u < size; u++) {
                    int base = (i * stride + u) * input.cols() + j * stride;
                    for (int v = 0; v < size; v++) {
                        float x = in[base + v];
                        acc = kind == Kind.MAX ? Math.max(acc, x) : acc + x;
                    }
                }
                out.set(i, j, kind == Kind.MAX ? acc : acc * scale);
            }
        }
        return out;
    }

    /** {@code max:4} or {@code avg:4:2}: the form {@link #parse} reads. */
    public String toText() {
        return kind.key() + ":" + size + (stride == size ? "" : ":" + stride);
    }
}
