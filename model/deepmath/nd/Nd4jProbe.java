package deepmath.nd;

/**
 * A tiny program run in a fresh JVM by the {@code startup} benchmark: it loads ND4J and prints
 * how long that took, so that the cold cost is measured as a user pays it.
 */
public final class Nd4jProbe {
    private Nd4jProbe() {
    }

    public static void main(String[] args) {
        Nd4jInfo info = Nd4jRuntime.initialise();
        System.out.println("nd4j_init_ms=" + Math.round(info.initMillis()));
    }
}
