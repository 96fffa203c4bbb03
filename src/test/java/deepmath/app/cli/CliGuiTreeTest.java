package deepmath.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code gui …} is parsed by a command line that holds the gui command alone (the cold start's shortcut), and
 * answers exactly as the whole tree does: same help, same refusals, same exit codes. Every other first argument
 * gets the whole tree.
 */
class CliGuiTreeTest {
    private static CliTest.Run run(List<Object> subcommands, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), subcommands).execute(args);
        return new CliTest.Run(exit, out.toString(), err.toString());
    }

    @Test
    void onlyAFirstArgumentGuiTakesTheShortTree() {
        List<Object> gui = Cli.subcommandsFor("gui", "--lab", "surfaces");
        assertEquals(1, gui.size());
        assertInstanceOf(GuiCommand.class, gui.get(0));
        int all = Subcommands.all().size();
        assertTrue(all > 10, "the whole tree has " + all + " commands");
        assertEquals(all, Cli.subcommandsFor().size());
        assertEquals(all, Cli.subcommandsFor("--help").size());
        assertEquals(all, Cli.subcommandsFor("bench", "gui").size());
        assertEquals(all, Cli.subcommandsFor("GUI").size());
    }

    @Test
    void guiAnswersAsTheWholeTreeDoes() {
        String[][] cases = {
                {"gui", "--help"},
                {"gui", "--version"},
                {"gui", "--lab", "nowhere"},
                {"gui", "--language", "de"},
                {"gui", "--no-such-option"},
                {"gui", "--screenshot-delay", "soon"},
                {"gui", "surplus"}};
        for (String[] args : cases) {
            CliTest.Run whole = run(Subcommands.all(), args);
            CliTest.Run shortTree = run(Cli.subcommandsFor(args), args);
            String what = String.join(" ", args);
            assertEquals(whole, shortTree, what);
            assertTrue(whole.exit() == Cli.OK || whole.exit() == Cli.USAGE, what + " exited " + whole.exit());
        }
        assertEquals(Cli.USAGE, run(Cli.subcommandsFor("gui", "--lab", "nowhere"), "gui", "--lab", "nowhere").exit());
        assertTrue(run(Cli.subcommandsFor("gui", "--help"), "gui", "--help").out().contains("Usage: deepmath-lab gui"));
    }
}
