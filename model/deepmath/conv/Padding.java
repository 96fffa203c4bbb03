package deepmath.conv;

/**
 * What the input holds outside its edges. The book uses only {@link #ZERO} ("zéros virtuels"); the others
 * are the usual extensions of image libraries.
 */
public enum Padding {
    /** Zeros outside: scipy {@code boundary='fill'}, the book's choice. */
    ZERO("zero"),
    /** Mirror without repeating the edge (d c b | a b c d | c b a): numpy 'reflect', OpenCV's default. */
    REFLECT("reflect"),
    /** The edge value repeated (a a a | a b c d | d d d): OpenCV BORDER_REPLICATE. */
    REPLICATE("replicate"),
    /** The input repeated periodically (b c d | a b c d | a b c): scipy {@code boundary='wrap'}. */
    WRAP("wrap");

    private final String key;

    Padding(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Padding fromKey(String key) {
        for (Padding p : values()) {
            if (p.key.equalsIgnoreCase(key)) {
                return p;
            }
        }
        throw new deepmath.core.BadInputException(ConvProblem.UNKNOWN_PADDING, key);
    }

    /**
     * The index inside [0, n) that stands for index {@code i} (any integer) under this padding, or -1 for a
     * virtual zero.
     */
    public int index(int i, int n) {
        if (i >= 0 && i < n) {
            return i;
        }
        switch (this) {
            case ZERO:
                return -1;
            case REPLICATE:
                return i < 0 ? 0 : n - 1;
            case WRAP:
                return Math.floorMod(i, n);
            default:
                if (n == 1) {
                    return 0;
                }
                // Mirror without repeating the edge has period 2(n-1): fold into one period, then reflect.
                int period = 2 * (n - 1);
                int k = Math.floorMod(i, period);
                return k < n ? k : period - k;
        }
    }
}
