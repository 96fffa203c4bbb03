package deepmath.nn;

/**
 * The regions and functions of chapter 5 written directly as inequalities — independently of the
 * networks that realise them — to label data points and to check the networks in the tests.
 * Boundaries belong to the region, as H(0) = 1 says.
 */
public final class BookRegions {
    private BookRegions() {
    }

    /** The squares' side of the line 4x − y = 0 (ch. 5, line 3969). */
    public static boolean fourXMinusY(double x, double y) {
        return 4 * x - y >= 0;
    }

    public static boolean and(double x, double y) {
        return x + y - 2 >= 0;
    }

    public static boolean or(double x, double y) {
        return x + y - 1 >= 0;
    }

    /** On {0, 1}²: exactly one of x, y is 1. */
    public static boolean xor(double x, double y) {
        return (x >= 0.5) != (y >= 0.5);
    }

    public static boolean sector(double x, double y) {
        return -x + 3 * y >= 0 && 2 * x + y >= 0;
    }

    public static boolean union(double x, double y) {
        return -x + 3 * y >= 0 || 2 * x + y >= 0;
    }

    /** The triangle with vertices (4/3, 2/3), (6, 3), (−1, 3). */
    public static boolean triangle(double x, double y) {
        return -x + 2 * y >= 0 && x + y - 2 >= 0 && -y + 3 >= 0;
    }

    /** Everything outside the triangle (its NOT, ch. 5, line 5182); the triangle's sides belong to the triangle. */
    public static boolean triangleComplement(double x, double y) {
        return !triangle(x, y);
    }

    /** The triangle less the square [1, 3] × [2, 4] (A \ B, ch. 5, line 5184): a slot in its top side. */
    public static boolean triangleMinusSquare(double x, double y) {
        return triangle(x, y) && !(x >= 1 && x <= 3 && y >= 2 && y <= 4);
    }

    /** The unit square [0, 1]² of the book's tower (ch. 5, line 5698). */
    public static boolean tower(double x, double y) {
        return x >= 0 && x <= 1 && y >= 0 && y <= 1;
    }

    /** The créneau on [2, 3] (ch. 5, lines 5389 and 5518). */
    public static double bump(double x) {
        return x >= 2 && x <= 3 ? 1 : 0;
    }

    /** The function the 2-D towers approximate: a smooth hill. */
    public static double towersTarget(double x, double y) {
        return Math.exp(-(x * x + y * y) / 4);
    }

    /** The cube [−1, 1]³ that the book's cube network gives with H (ch. 6, line 6397). */
    public static boolean cube(double x, double y, double z) {
        return Math.abs(x) <= 1 && Math.abs(y) <= 1 && Math.abs(z) <= 1;
    }
}
