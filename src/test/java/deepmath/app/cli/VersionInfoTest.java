package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --version} prints the version Maven built, not a placeholder: the installer's check in CI runs the
 * installed launcher's {@code --version}, and "deepmath-lab unknown" (the filtered build-info.properties
 * missing) or "deepmath-lab dev" (left unfiltered) must not pass for a version.
 */
class VersionInfoTest {

    /** The pom's version, handed to the tests by surefire ({@code deepmath.expectedVersion}). */
    private static String expected() {
        String version = System.getProperty("deepmath.expectedVersion");
        assertNotNull(version, "surefire must set deepmath.expectedVersion to ${project.version}");
        return version;
    }

    @Test
    void theBuildInfoHoldsThePomVersion() {
        assertEquals(expected(), VersionInfo.version());
    }

    @Test
    void versionPrintsTheLabsVersionThenTheJavaAndExitsZero() {
        for (String option : List.of("--version", "-V")) {
            CliTest.Run run = CliTest.run(option);
            assertEquals(0, run.exit(), option);
            List<String> lines = run.out().lines().toList();
            assertEquals("deepmath-lab " + expected(), lines.get(0), option);
            assertEquals("Java " + System.getProperty("java.version"), lines.get(1).split(" \\(")[0], option);
            assertEquals("", run.err(), option);
        }
    }
}
