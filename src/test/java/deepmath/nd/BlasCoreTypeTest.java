package deepmath.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The choice of OpenBLAS's kernels from a processor's {@code /proc/cpuinfo}: the newest core its flags can run,
 * nothing when the user has chosen or when the CPU has no AVX2, and the first processor's lines only.
 */
class BlasCoreTypeTest {
    /** M2 of docs/benchmarks.md: AMD EPYC family 25 model 17 (Zen 4), AVX-512 with bfloat16 (flags shortened). */
    private static final String ZEN4 = """
            processor	: 0
            vendor_id	: AuthenticAMD
            cpu family	: 25
            model		: 17
            model name	: AMD EPYC
            flags		: fpu sse sse2 pni ssse3 fma sse4_1 sse4_2 avx f16c avx2 avx512f avx512dq avx512ifma avx512cd \
            avx512bw avx512vl avx512_bf16 avx512vbmi
            """;
    /** M1: Intel Xeon family 6 model 207, which OpenBLAS 0.3.21 does not know (it fell back to Prescott). */
    private static final String XEON_207 = """
            processor	: 0
            vendor_id	: GenuineIntel
            cpu family	: 6
            model		: 207
            flags		: fpu sse sse2 pni ssse3 fma sse4_1 sse4_2 avx f16c avx2 avx512f avx512dq avx512cd avx512bw \
            avx512vl avx512_bf16 amx_tile
            """;
    private static final String CASCADE_LAKE = """
            vendor_id	: GenuineIntel
            flags		: fpu sse sse2 fma avx avx2 avx512f avx512dq avx512cd avx512bw avx512vl avx512_vnni
            """;
    private static final String HASWELL = """
            vendor_id	: GenuineIntel
            flags		: fpu sse sse2 ssse3 fma sse4_1 sse4_2 avx f16c avx2
            """;
    private static final String ZEN2 = """
            vendor_id	: AuthenticAMD
            flags		: fpu sse sse2 ssse3 fma sse4_1 sse4_2 avx f16c avx2 sha_ni
            """;
    private static final String SANDY_BRIDGE = """
            vendor_id	: GenuineIntel
            flags		: fpu sse sse2 ssse3 sse4_1 sse4_2 avx
            """;
    /** AVX-512 F without BW/VL (Knights Landing's set): not enough for the SkylakeX kernels. */
    private static final String KNIGHTS_LANDING = """
            vendor_id	: GenuineIntel
            flags		: fpu sse sse2 fma avx avx2 avx512f avx512cd avx512er avx512pf
            """;

    private static Optional<String> choice(String cpuinfo) {
        return BlasCoreType.choose(null, CpuFeatures.parse(cpuinfo));
    }

    @Test
    void avx512WithBfloat16GetsCooperlakeWhateverTheVendorOrModel() {
        assertEquals(Optional.of("Cooperlake"), choice(ZEN4));
        assertEquals(Optional.of("Cooperlake"), choice(XEON_207));
    }

    @Test
    void avx512WithoutBfloat16GetsSkylakeX() {
        assertEquals(Optional.of("SkylakeX"), choice(CASCADE_LAKE));
    }

    @Test
    void avx2GetsHaswellOnIntelAndZenOnAmd() {
        assertEquals(Optional.of("Haswell"), choice(HASWELL));
        assertEquals(Optional.of("Zen"), choice(ZEN2));
        assertEquals(Optional.of("Haswell"), choice(KNIGHTS_LANDING));
    }

    @Test
    void noAvx2LeavesOpenBlasItsOwnChoice() {
        assertEquals(Optional.empty(), choice(SANDY_BRIDGE));
        assertEquals(Optional.empty(), choice(""));
    }

    @Test
    void theUsersOwnCoreTypeIsKept() {
        assertEquals(Optional.empty(), BlasCoreType.choose("Haswell", CpuFeatures.parse(ZEN4)));
        assertEquals(Optional.empty(), BlasCoreType.choose("prescott", CpuFeatures.parse(XEON_207)));
        // an empty or blank variable is no choice
        assertEquals(Optional.of("Cooperlake"), BlasCoreType.choose(" ", CpuFeatures.parse(ZEN4)));
    }

    @Test
    void parseReadsTheFirstProcessorsVendorAndFlags() {
        CpuFeatures cpu = CpuFeatures.parse(ZEN4 + "\nprocessor\t: 1\nvendor_id\t: GenuineIntel\nflags\t\t: sse\n");
        assertEquals("AuthenticAMD", cpu.vendor());
        assertTrue(cpu.isAmd());
        assertTrue(cpu.has("avx512bw", "avx512_bf16", "fma"));
        assertEquals(false, cpu.has("sse3"), "pni is the kernel's name for SSE3; flags are taken as written");
    }

    /**
     * Once OpenBLAS is loaded, library() says where from: the system's file {@link BlasLibrary} chose (JavaCPP
     * caches it under the name of the folder it came from, e.g. {@code openblas-pthread/}), else the preset jar's
     * build. Which one the suite's JVM gets depends on this machine and on which test loads the engine first;
     * BlasLibraryTest checks each setting in a fresh JVM.
     */
    @Test
    void theLoadedOpenBlasSaysWhereItCameFrom() {
        Nd4jRuntime.initialise();
        String path = org.bytedeco.javacpp.Loader.getLoadedLibraries().get("openblas_nolapack@.0").replace('\\', '/');
        boolean fromTheSystem = BlasLibrary.prepare()
                .map(file -> path.contains("/" + file.getParent().getFileName() + "/"))
                .orElse(false);
        assertEquals(fromTheSystem ? "system" : "bundled", BlasCoreType.library(), path);
    }
}
