package deepmath.nd;

import com.sun.jna.NativeLibrary;
import com.sun.jna.platform.unix.LibC;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;

/**
 * Which kernels OpenBLAS runs. OpenBLAS 0.3.21 (the bundled one) picks its kernels from the CPU's family and model
 * when it loads, from a table of the CPUs it knew in 2022: on a later CPU it falls back to the SSE3 "Prescott"
 * kernels even when the CPU has AVX-512 (an Intel Xeon family 6 model 207 did, docs/benchmarks.md: the products
 * ran about 3× slower than with {@code OPENBLAS_CORETYPE=SkylakeX}). Its environment variable
 * {@code OPENBLAS_CORETYPE} overrides the table, and is read once, when the library loads. So before ND4J or
 * {@link Blas} first loads OpenBLAS, {@link #prepare()} chooses the core from the CPU's instruction-set flags and
 * sets the variable in the process's own (C) environment, unless the user has set it.
 */
public final class BlasCoreType {
    static final String VARIABLE = "OPENBLAS_CORETYPE";

    private BlasCoreType() {
    }

    /**
     * The core type to ask OpenBLAS for, or empty to leave its choice alone: the user's own
     * {@code OPENBLAS_CORETYPE} is always kept (empty), and so is a CPU with none of the features below. Each core is
     * the newest of OpenBLAS 0.3.21's x86-64 kernels the flags can run, so on a CPU OpenBLAS recognises the choice is
     * what it picks itself (this AMD EPYC Zen 4 → Cooperlake on both counts) and on one it does not, it is never older:
     * <ul>
     * <li>AVX-512 F, BW, VL, DQ and BF16 → {@code Cooperlake} (the SkylakeX kernels plus bfloat16 products);</li>
     * <li>AVX-512 F, BW, VL, DQ → {@code SkylakeX};</li>
     * <li>an AMD (or Hygon) with AVX2 and FMA → {@code Zen};</li>
     * <li>AVX2 and FMA → {@code Haswell}.</li>
     * </ul>
     */
    static Optional<String> choose(String userValue, CpuFeatures cpu) {
        if (userValue != null && !userValue.isBlank()) {
            return Optional.empty();
        }
        if (cpu.has("avx512f", "avx512bw", "avx512vl", "avx512dq")) {
            return Optional.of(cpu.has("avx512_bf16") ? "Cooperlake" : "SkylakeX");
        }
        if (cpu.has("avx2", "fma")) {
            return Optional.of(cpu.isAmd() ? "Zen" : "Haswell");
        }
        return Optional.empty();
    }

    /**
     * Chooses and sets the core type once (later calls are free); call it before OpenBLAS loads. Returns what was set,
     * or empty when the user's value or OpenBLAS's own choice stands.
     */
    public static Optional<String> prepare() {
        return Chosen.CORE;
    }

    /**
     * The kernels OpenBLAS actually runs ({@code openblas_get_corename()} of the copy {@link Blas} calls), once it
     * is loaded; "unknown" if it cannot be asked.
     */
    public static String reported() {
        return reported("openblas_nolapack");
    }

    /**
     * Which OpenBLAS is behind {@link Blas}: "bundled" (the preset jar's own build, unpacked into JavaCPP's cache
     * under the jar's name) or "system" (a library JavaCPP found on the system's paths and copied into its cache,
     * when started with {@code org.bytedeco.openblas.load}); "unknown" when JavaCPP has no record of loading it.
     */
    public static String library() {
        return loadedPath("openblas_nolapack")
                .map(path -> path.replace('\\', '/').matches(".*/openblas-[^/]*\\.jar/.*") ? "bundled" : "system")
                .orElse("unknown");
    }

    /** The same question to one of the loaded OpenBLAS copies, named as JavaCPP loaded it (e.g. "openblas"). */
    static String reported(String library) {
        try {
            Optional<String> path = loadedPath(library);
            if (path.isPresent()) {
                return NativeLibrary.getInstance(path.get()).getFunction("openblas_get_corename")
                        .invokeString(new Object[0], false);
            }
        } catch (RuntimeException | LinkageError e) {
            // no JNA dispatch library for this platform, or a build of OpenBLAS without the function
        }
        return "unknown";
    }

    /** Where JavaCPP loaded {@code library} (its preset name, version .0) from, if it has. */
    private static Optional<String> loadedPath(String library) {
        return Optional.ofNullable(Loader.getLoadedLibraries().get(library + "@.0"));
    }

    /** A lazy holder: the choice is made and set when first asked for, so no flag and no lock. */
    private static final class Chosen {
        static final Optional<String> CORE = set();

        private static Optional<String> set() {
            Optional<String> core = CpuFeatures.ofThisMachine().flatMap(cpu -> choose(System.getenv(VARIABLE), cpu));
            try {
                // setenv, not Java's copy of the environment (System.getenv), which OpenBLAS never sees. Done on the
                // thread that loads the engine, before it loads: glibc's setenv copies the environment into a new
                // array and never frees the one it started from, so a getenv on another thread stays safe.
                core.ifPresent(name -> LibC.INSTANCE.setenv(VARIABLE, name, 0));
                return core;
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty(); // no C library reachable through JNA: OpenBLAS keeps its own choice
            }
        }
    }
}
