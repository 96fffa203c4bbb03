package deepmath.tensor;

/**
 * The book's GradientTape examples (chapter 15 §2): y = x² at x0 = 3 (line 16373), f(x) = 2 ln(x) + exp(−x)
 * at the points tf.range(1, 4, 0.5) (16384), and the gradient of f(x, y) = x·y² at (2, 3) (16408); then a
 * variant of the lab: x·y² on a whole grid of points at once, the gradient field the book draws next.
 */
public enum GradientPreset implements TensorTabPreset {
    BOOK_SQUARE("book-square", 16373, "x^2", "3", "0"),
    BOOK_LOG_EXP("book-log-exp", 16384, "2*ln(x) + exp(-x)", "range(1, 4, 0.5)", "0"),
    BOOK_XY2("book-xy2", 16408, "x*y^2", "2", "3"),
    XY2_GRID("xy2-grid", 16422, "x*y^2", "[[-1, 0, 1], [-1, 0, 1]]", "[[1, 1, 1], [2, 2, 2]]");

    private final Entry entry;
    private final String formula;
    private final String x;
    private final String y;

    GradientPreset(String key, int line, String formula, String x, String y) {
        this.entry = Entry.of(key, 15, line);
        this.formula = formula;
        this.x = x;
        this.y = y;
    }

    @Override
    public Entry entry() {
        return entry;
    }

    public String formula() {
        return formula;
    }

    public String x() {
        return x;
    }

    public String y() {
        return y;
    }

    public TensorGradient compute() {
        return TensorGradient.of(formula, TensorText.parse(x), TensorText.parse(y));
    }
}
