package deepmath.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The root command: without a subcommand it opens the lab's window. */
@Command(name = "deepmath-lab", mixinStandardHelpOptions = true, versionProvider = DeepMathCommand.Version.class,
        description = {"DeepMath Lab: a visual lab for the mathematics of neural networks.",
                "Without a command, opens the lab's window."},
        footer = {"", "Exit status: 0 success, 1 failure, 2 usage error or bad input."},
        sortOptions = false)
public final class DeepMathCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new GuiCommand().call();
    }

    /** {@code --version}: the lab's version and the Java it runs on. */
    public static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"deepmath-lab " + VersionInfo.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
