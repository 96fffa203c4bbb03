package deepmath.app.shell;

import deepmath.app.lab.LabId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How the window starts: a lab, a language or a session given on the command line win over the remembered
 * ones. The last three serve the benchmarks and the documentation's screenshots.
 *
 * @param session       a session file to open once the window is up
 * @param exitWhenShown print the time from JVM start to the window on screen, then quit
 * @param screenshot    write a PNG of the whole window after {@code screenshotDelay}, then quit
 */
public record StartupOptions(Optional<LabId> lab, Optional<Locale> language, Optional<Path> session,
                             boolean exitWhenShown, Optional<Path> screenshot, Duration screenshotDelay) {

    public static StartupOptions defaults() {
        return new StartupOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Duration.ZERO);
    }

    public StartupOptions withLanguage(Locale locale) {
        return new StartupOptions(lab, Optional.of(locale), session, exitWhenShown, screenshot, screenshotDelay);
    }
}
