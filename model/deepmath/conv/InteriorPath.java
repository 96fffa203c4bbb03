package deepmath.conv;

/**
 * How {@link DirectConvolution} computes the interior of an output row (where no tap needs the padding). Both give
 * the same sums up to float rounding; the tests compare each with the literal definition.
 */
public enum InteriorPath {
    /** Shifted copies of each input row and same-index loops that C2 auto-vectorises (any JVM). */
    SHIFTED_COPIES,
    /**
     * Vector API loads at any offset of the input, no copies ({@link VectorTaps}); needs the JVM option
     * {@code --add-modules jdk.incubator.vector} (the {@code target/deepmath-lab} launcher and the tests give it,
     * a bare {@code java -jar} does not: the manifest cannot add a module).
     */
    VECTOR_API;

    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** Whether this JVM can run the path. */
    public boolean available() {
        return this == SHIFTED_COPIES || ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** The fastest path this JVM can run. */
    public static InteriorPath best() {
        return VECTOR_API.available() ? VECTOR_API : SHIFTED_COPIES;
    }

    public String key() {
        return this == VECTOR_API ? "vector-api" : "shifted-copies";
    }
}
