package deepmath.app.cli;

import deepmath.core.BadInputException;
import deepmath.core.Errors;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds and runs the command line. Errors are one line on stderr ("deepmath-lab: ..."); exit status 2 for
 * usage errors and bad input the user can fix, 1 for failures, 0 for success.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line writing to {@code out} and {@code err} (tests give their own writers). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new DeepMathCommand());
        for (Object subcommand : Subcommands.all()) {
            line.addSubcommand(subcommand);
        }
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        // Arguments are taken literally: picocli would otherwise replace "@notes.txt" by the file's words, so
        // tokenize --text @user or attention --text "@home" would read a file by surprise (or fail on a
        // missing one). No command of the lab documents argument files.
        line.setExpandAtFiles(false);
        line.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(prefix(ex.getCommandLine()) + oneLine(ex.getMessage())
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        line.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(prefix(commandLine) + Errors.oneLine(ex));
            return isBadInput(ex) ? USAGE : FAILURE;
        });
        return line;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String prefix(CommandLine line) {
        return line.getCommandSpec().root().name() + ": ";
    }

    private static boolean isBadInput(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BadInputException) {
                return true;
            }
        }
        return false;
    }
}
