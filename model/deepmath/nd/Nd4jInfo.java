package deepmath.nd;

/** What the status bar and the About box say about the numeric engine. */
public record Nd4jInfo(String backend, String blasVendor, int threads, double initMillis) {
    public String summary() {
        return backend + " · " + blasVendor + " · " + threads + " threads";
    }
}
