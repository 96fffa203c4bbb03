package deepmath.app.cli;

import deepmath.app.function.FigureRenderer;
import deepmath.core.BadInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.geometry.Rectangle2D;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deepmath-lab render surface|contour --function EXPR --range -2:2,-2:2 --out file.png}: the surfaces
 * or level-sets lab's figure, rendered by the same views as the GUI.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a function's 3D surface or contour map to PNG, as the GUI draws it.",
                "contour works without a display; surface needs OpenGL (e.g. xvfb-run on a server)."})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "surface or contour")
    String kind;

    @Option(names = {"-f", "--function"}, paramLabel = "EXPR", description = "The formula f(x, y).")
    String function;

    @Option(names = "--preset", paramLabel = "KEY",
            description = "A surface of the book (see `presets --lab surfaces`): its formula and, without --range, its window.")
    String preset;

    @Option(names = "--range", paramLabel = "XMIN:XMAX,YMIN:YMAX", description = "The window (default -2:2,-2:2).")
    String range;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PNG file to write.")
    Path out;

    @Option(names = "--width", paramLabel = "PX", description = "Image width (default 1000).")
    int width = 1000;

    @Option(names = "--height", paramLabel = "PX", description = "Image height (default 750).")
    int height = 750;

    @Override
    public Integer call() throws Exception {
        FigureRenderer.Kind figure;
        switch (kind) {
            case "surface":
                figure = FigureRenderer.Kind.SURFACE;
                break;
            case "contour":
                figure = FigureRenderer.Kind.CONTOUR;
                break;
            default:
                throw new BadInputException("render: KIND must be surface or contour, not '" + kind + "'");
        }
        if (preset != null) {
            deepmath.calculus.FunctionPreset p = PresetLookup.find(deepmath.calculus.BookFunctions.surfaces(), preset,
                    "--preset");
            function = function != null ? function : p.formula();
            range = range != null ? range : p.xMin() + ":" + p.xMax() + "," + p.yMin() + ":" + p.yMax();
        } else if (function == null) {
            throw new BadInputException("give --function EXPR or --preset KEY");
        }
        range = range != null ? range : "-2:2,-2:2";
        if (width < 100 || height < 100 || width > 8000 || height > 8000) {
            throw new BadInputException("--width and --height must be between 100 and 8000 pixels");
        }
        // Said before the toolkit starts: a figure drawn for nothing is seconds lost.
        deepmath.core.AtomicFiles.checkWritable(out);
        FigureRenderer.render(figure, function, parseRange(range), width, height, out);
        PrintWriter writer = spec.commandLine().getOut();
        writer.println("wrote " + out);
        writer.flush();
        return Cli.OK;
    }

    static Rectangle2D parseRange(String text) {
        String[] axes = text.split(",");
        if (axes.length != 2) {
            throw new BadInputException("--range expects XMIN:XMAX,YMIN:YMAX, e.g. -2:2,-2:2");
        }
        double[] x = interval(axes[0], "x");
        double[] y = interval(axes[1], "y");
        return new Rectangle2D(x[0], y[0], x[1] - x[0], y[1] - y[0]);
    }

    private static double[] interval(String text, String axis) {
        String[] ends = text.trim().split(":", -1);
        try {
            if (ends.length != 2) {
                throw new NumberFormatException();
            }
            double lo = deepmath.core.DecimalText.parse(ends[0].strip());
            double hi = deepmath.core.DecimalText.parse(ends[1].strip());
            String problem = deepmath.grid.PlotWindow.problem(lo, hi);
            if (problem != null) {
                throw new BadInputException("--range: " + axis + " " + problem);
            }
            return new double[] {lo, hi};
        } catch (NumberFormatException e) {
            throw new BadInputException("--range: '" + text + "' is not MIN:MAX for " + axis);
        }
    }
}
