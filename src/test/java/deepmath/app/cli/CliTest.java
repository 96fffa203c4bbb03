package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliTest {

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Run run = run("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Usage: deepmath-lab"), run.out());
        assertTrue(run.out().contains("bench"), run.out());
        assertTrue(run.out().contains("gui"), run.out());
    }

    @Test
    void versionNamesTheLab() {
        Run run = run("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("deepmath-lab "), run.out());
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLine() {
        Run run = run("--frobnicate");
        assertEquals(2, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("deepmath-lab: Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void anUnknownBenchmarkIsBadInputNamingTheKnownOnes() {
        Run run = run("bench", "warp-drive");
        assertEquals(2, run.exit());
        assertEquals("deepmath-lab: unknown benchmark 'warp-drive' (known: startup, nd4j-mmul-1024"
                        + BenchmarkCatalog.all().stream().skip(2).map(b -> ", " + b.name())
                        .reduce("", String::concat) + ")",
                run.err().strip());
    }

    @Test
    void benchListShowsEveryBenchmarkWithoutRunningThem() {
        Run run = run("bench", "--list");
        assertEquals(0, run.exit());
        BenchmarkCatalog.all().forEach(b -> assertTrue(run.out().contains(b.name()), b.name()));
    }

    @Test
    void benchPrintsOneLineWithTheMedianLast() {
        Run run = run("bench", "nd4j-mmul-1024", "--warmup", "1", "--runs", "2");
        assertEquals(0, run.exit(), run.err());
        String line = run.out().strip();
        assertTrue(line.matches("nd4j-mmul-1024 n=1024 dtype=float32 path=blas threads=[0-9]+ blas_core=[A-Za-z0-9]+ blas_lib=(bundled|system) gflops=[0-9.]+ runs=2 min_ms=[0-9.]+"
                + " median_ms=[0-9.]+"), line);
    }

    @Test
    void guiHelpNamesEveryLab() {
        Run run = run("gui", "--help");
        for (deepmath.app.lab.LabId id : deepmath.app.lab.LabId.values()) {
            assertTrue(run.out().contains(id.key()), id.key() + " in " + run.out());
        }
    }

    @Test
    void guiRefusesAnUnknownLabBeforeOpeningAWindow() {
        Run run = run("gui", "--lab", "chemistry");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown lab 'chemistry'"), run.err());
    }
}
