package deepmath.app.cli;

import deepmath.core.BadInputException;
import deepmath.core.Errors;
import java.io.PrintWriter;
import java.util.List;
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
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), subcommandsFor(args))
                .execute(args);
    }

    /** The configured command line writing to {@code out} and {@code err} (tests give their own writers). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Subcommands.all());
    }

    /**
     * The subcommands the arguments can reach. {@code gui …} reaches only the window's: picocli reflects over every
     * option of every command it is given, and the whole tree (twenty-odd commands) cost about 0.7 s of CPU before
     * the window's first frame (docs/benchmarks.md); every other first argument (a command, {@code --help},
     * {@code --version}, a mistake) gets the whole tree.
     */
    static List<Object> subcommandsFor(String... args) {
        return args.length > 0 && args[0].equals("gui") ? List.of(new GuiCommand()) : Subcommands.all();
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Object> subcommands) {
        CommandLine line = new CommandLine(new DeepMathCommand());
        for (Object subcommand : subcommands) {
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
