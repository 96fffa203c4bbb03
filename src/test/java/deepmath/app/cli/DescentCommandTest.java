package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.app.cli.CliTest.Run;
import org.junit.jupiter.api.Test;

/** {@code descent}: a start point where f is not defined is bad input (exit 2), not a divergence (exit 1). */
class DescentCommandTest {

    @Test
    void aStartWhereFIsNotDefinedExitsTwoBlamingTheStartNotTheStep() {
        Run run = CliTest.run("descent", "--function", "ln(x)", "--start", "-1");
        assertEquals(2, run.exit(), run.err());
        assertEquals("deepmath-lab: f is not defined at the start point (-1) (f = NaN there): choose another start"
                + " point", run.err().strip());
        assertEquals("", run.out());
        Run infinite = CliTest.run("descent", "--function", "x^2", "--start", "Infinity");
        assertEquals(2, infinite.exit(), infinite.err());
        // Refused as a number already (the plain decimal grammar has no Infinity), before any step.
        assertEquals("deepmath-lab: --start: 'Infinity' is not a number", infinite.err().strip());
    }

    @Test
    void aRealDivergenceStillBlamesTheStep() {
        Run run = CliTest.run("descent", "--function", "x^2", "--start", "1", "--lr", "5", "--steps", "400");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().startsWith("deepmath-lab: the descent diverged at step "), run.err());
        assertTrue(run.err().strip().endsWith("try a smaller --lr"), run.err());
    }
}
