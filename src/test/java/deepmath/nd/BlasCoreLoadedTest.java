package deepmath.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * On this machine, the kernels OpenBLAS runs once the engine is loaded are those {@link BlasCoreType} chose (or
 * the user's {@code OPENBLAS_CORETYPE}), in both copies of OpenBLAS the process loads: the one ND4J's own products
 * use and the one {@link Blas} calls.
 */
class BlasCoreLoadedTest {
    @Test
    void openBlasRunsTheChosenCore() {
        Nd4jInfo info = Nd4jRuntime.initialise();
        String user = System.getenv(BlasCoreType.VARIABLE);
        Optional<String> chosen = CpuFeatures.ofThisMachine().flatMap(cpu -> BlasCoreType.choose(user, cpu));
        String expected = user != null && !user.isBlank() ? user : chosen.orElse(null);
        assumeTrue(expected != null, "this CPU has no AVX2 and no OPENBLAS_CORETYPE is set: nothing was chosen");
        assertEquals(chosen, BlasCoreType.prepare());
        assertEquals(expected.toLowerCase(), info.blasCore().toLowerCase());
        assertEquals(expected.toLowerCase(), BlasCoreType.reported("openblas").toLowerCase());
    }
}
