package deepmath.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code deepmath-lab gui}: opens the window, optionally on a given lab and in a given language. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the lab's window (the default).")
public final class GuiCommand implements Callable<Integer> {

    @Option(names = "--lab", paramLabel = "LAB",
            description = "Lab to show first: ${COMPLETION-CANDIDATES}.", completionCandidates = GuiCommand.LabKeys.class)
    String lab;

    /** The labs' keys, from {@link deepmath.app.lab.LabId}: the help never forgets a lab. */
    static final class LabKeys implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(deepmath.app.lab.LabId.values()).map(deepmath.app.lab.LabId::key)
                    .iterator();
        }
    }

    @Option(names = "--language", paramLabel = "fr|en", description = "Language of the window.")
    String language;

    @Option(names = "--session", paramLabel = "FILE", description = "Session file to open at start.")
    java.nio.file.Path session;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Save a PNG of the window after --screenshot-delay, then quit (for documentation).")
    java.nio.file.Path screenshot;

    @Option(names = "--screenshot-delay", paramLabel = "SECONDS", defaultValue = "4",
            description = "Seconds to wait before --screenshot (default: ${DEFAULT-VALUE}).")
    double screenshotDelay;

    @Option(names = "--exit-when-shown", hidden = true,
            description = "Print the time from JVM start to the window on screen, then quit.")
    boolean exitWhenShown;

    @Override
    public Integer call() {
        List<String> parameters = new ArrayList<>();
        if (lab != null) {
            if (deepmath.app.lab.LabId.fromKey(lab).isEmpty()) {
                throw new deepmath.core.BadInputException("unknown lab '" + lab + "' (one of: "
                        + java.util.Arrays.stream(deepmath.app.lab.LabId.values()).map(deepmath.app.lab.LabId::key)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")");
            }
            parameters.add("--lab=" + lab);
        }
        if (language != null) {
            if (!language.equals("fr") && !language.equals("en")) {
                throw new deepmath.core.BadInputException("unknown language '" + language + "' (fr or en)");
            }
            parameters.add("--language=" + language);
        }
        if (session != null) {
            if (!java.nio.file.Files.isRegularFile(session)) {
                throw new deepmath.core.BadInputException("no session file '" + session + "'");
            }
            parameters.add("--session=" + session.toAbsolutePath());
        }
        if (screenshot != null) {
            parameters.add("--screenshot=" + screenshot.toAbsolutePath());
            parameters.add("--screenshot-delay-ms=" + Math.round(screenshotDelay * 1000));
        }
        if (exitWhenShown) {
            parameters.add("--exit-when-shown");
        }
        deepmath.app.DeepMathApp.launchWindow(parameters.toArray(String[]::new));
        return Cli.OK;
    }
}
