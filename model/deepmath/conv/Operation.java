package deepmath.conv;

/**
 * Convolution flips the kernel before sliding it (the book's definition, "motif retourné"); correlation
 * slides it as it is (what Keras' Conv2D layers compute). Both are offered and the UI says which.
 */
public enum Operation {
    CONVOLUTION("convolution"), CORRELATION("correlation");

    private final String key;

    Operation(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
