package deepmath.nd;

/** What the status bar and the About box say about the numeric engine (their words come from the shell bundle). */
public record Nd4jInfo(String backend, String blasVendor, int threads, double initMillis) {
}
