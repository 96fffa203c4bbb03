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
 * @param openDefaultModel whether the attention lab opens GPT-2 when first shown ({@link
 *                      deepmath.app.lab.LabContext#openDefaultModel}); tests of a window with nothing running
 *                      turn it off
 */
public record StartupOptions(Optional<LabId> lab, Optional<Locale> language, Optional<Path> session,
                             boolean exitWhenShown, Optional<Path> screenshot, Duration screenshotDelay,
                             boolean openDefaultModel) {

    /** The command line's options: the attention lab opens its default model. */
    public StartupOptions(Optional<LabId> lab, Optional<Locale> language, Optional<Path> session,
                          boolean exitWhenShown, Optional<Path> screenshot, Duration screenshotDelay) {
        this(lab, language, session, exitWhenShown, screenshot, screenshotDelay, true);
    }

    public static StartupOptions defaults() {
        return new StartupOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Duration.ZERO);
    }

    public StartupOptions withLanguage(Locale locale) {
        return new StartupOptions(lab, Optional.of(locale), session, exitWhenShown, screenshot, screenshotDelay,
                openDefaultModel);
    }

    /** The attention lab starts empty instead of opening GPT-2. */
    public StartupOptions withoutDefaultModel() {
        return new StartupOptions(lab, language, session, exitWhenShown, screenshot, screenshotDelay, false);
    }
}
