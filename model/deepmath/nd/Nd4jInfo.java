package deepmath.nd;

/**
 * What the status bar and the About box say about the numeric engine (their words come from the shell bundle).
 * {@code blasCore} is the kernel set OpenBLAS runs ({@code openblas_get_corename()}: "Cooperlake", "Haswell", …);
 * {@code blasLibrary} which OpenBLAS it is, {@link BlasCoreType#library()}: "bundled", "system" or "unknown".
 */
public record Nd4jInfo(String backend, String blasVendor, String blasCore, String blasLibrary, int threads,
                       double initMillis) {
}
