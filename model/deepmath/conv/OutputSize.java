package deepmath.conv;

/**
 * How many outputs a convolution keeps (stride 1, input n, kernel extent e): 'same' n outputs aligned like
 * {@code scipy.signal.convolve2d(mode='same')}, 'valid' n − e + 1 (the kernel fully inside), 'full' n + e − 1
 * (any overlap at all).
 */
public enum OutputSize {
    SAME("same"), VALID("valid"), FULL("full");

    private final String key;

    OutputSize(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static OutputSize fromKey(String key) {
        for (OutputSize s : values()) {
            if (s.key.equalsIgnoreCase(key)) {
                return s;
            }
        }
        throw new deepmath.core.BadInputException(ConvProblem.UNKNOWN_MODE, key);
    }
}
