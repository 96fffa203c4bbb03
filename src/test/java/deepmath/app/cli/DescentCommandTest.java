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

    /** The x column of the CSV row of step k. */
    private static double x(Run run, int k) {
        return Double.parseDouble(run.out().strip().lines().skip(k + 1).findFirst().orElseThrow().split(",")[1]);
    }

    @Test
    void theBooksDecreasingStepsOnXSquaredPlusOne() {
        // book ch. 8 §1.3: f(x) = x² + 1 from x0 = 2, δ0 = 0.2, f'(x) = 2x; linear δk = δ0/(k+1) (line 9156):
        // x1 = 2 − 0.2·4 = 1.2, x2 = 1.2 − 0.1·2.4 = 0.96, x3 = 0.96 − (0.2/3)·1.92 = 0.832
        Run linear = CliTest.run("descent", "--function", "x^2 + 1", "--start", "2", "--lr", "0.2", "--steps", "3",
                "--schedule", "linear");
        assertEquals(0, linear.exit(), linear.err());
        assertEquals(1.2, x(linear, 1), 1e-12);
        assertEquals(0.96, x(linear, 2), 1e-12);
        assertEquals(0.832, x(linear, 3), 1e-12);
        // quadratic δ1 = δ0/4 (line 9164): x2 = 1.2 − 0.05·2.4 = 1.08
        Run quadratic = CliTest.run("descent", "--function", "x^2 + 1", "--start", "2", "--lr", "0.2", "--steps", "2",
                "--schedule", "quadratic");
        assertEquals(1.08, x(quadratic, 2), 1e-12);
        // exponential δ1 = δ0·e^(−β) (line 9172), keras δ1 = δ0/(α + 1) (line 9177)
        Run exp = CliTest.run("descent", "--function", "x^2 + 1", "--start", "2", "--lr", "0.2", "--steps", "2",
                "--schedule", "exp:0.5");
        assertEquals(1.2 - 0.2 * Math.exp(-0.5) * 2.4, x(exp, 2), 1e-12);
        Run keras = CliTest.run("descent", "--function", "x^2 + 1", "--start", "2", "--lr", "0.2", "--steps", "2",
                "--schedule", "keras:1");
        assertEquals(1.2 - 0.1 * 2.4, x(keras, 2), 1e-12);
    }

    @Test
    void aBadScheduleIsOneLineAndExitTwo() {
        for (String bad : new String[] {"cubic", "exp", "linear:2", "keras:fast"}) {
            Run run = CliTest.run("descent", "--function", "x^2", "--start", "1", "--schedule", bad);
            assertEquals(2, run.exit(), run.err());
            assertEquals("deepmath-lab: unknown step schedule '" + bad
                    + "' (constant, linear, quadratic, exp:BETA or keras:ALPHA)", run.err().strip());
        }
        Run zero = CliTest.run("descent", "--function", "x^2", "--start", "1", "--schedule", "exp:0");
        assertEquals(2, zero.exit(), zero.err());
        assertEquals("deepmath-lab: the exp schedule cannot take 0.0 (exp needs beta > 0, keras needs alpha >= 0)",
                zero.err().strip());
    }
}
