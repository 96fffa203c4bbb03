package deepmath.app.cli;

import deepmath.conv.ConvolutionSpec;
import deepmath.conv.DirectConvolution;
import deepmath.conv.Kernel;
import deepmath.conv.KernelLibrary;
import deepmath.conv.MatrixText;
import deepmath.conv.Operation;
import deepmath.conv.OutputSize;
import deepmath.conv.Padding;
import deepmath.conv.Plane;
import deepmath.conv.Pooling;
import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.image.ChannelMode;
import deepmath.image.FilterStep;
import deepmath.image.ImageFiles;
import deepmath.image.ImageFilter;
import deepmath.image.KernelFiles;
import deepmath.image.RasterImage;
import deepmath.image.ToneMapping;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepmath-lab conv}: convolves an image file into a PNG, or a small matrix printed row by row. */
@Command(name = "conv", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convolve an image (--image ... --out ...) or a matrix (--matrix ..., printed one row per line).",
                "The book's convention by default: the kernel is flipped, output the same size, zero padding",
                "(scipy.signal.convolve2d(A, M, mode='same', boundary='fill')). Several --kernel are applied in order.",
                "Matrices: rows separated by ';', entries by ',', fractions like 1/9 allowed."})
public final class ConvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--image", paramLabel = "FILE", description = "Input image (PNG, JPEG, BMP, GIF; 8 or 16 bits).")
    Path image;

    @Option(names = "--matrix", paramLabel = "ROWS", description = "Input matrix, e.g. \"1,2,3;4,5,6\".")
    String matrix;

    @Option(names = "--kernel", paramLabel = "NAME|ROWS",
            description = {"A named kernel (${COMPLETION-CANDIDATES}) or rows like \"0,-1,0;-1,5,-1;0,-1,0\",",
                    "or a .csv/.json kernel file. Repeat to chain kernels. Without one, --pool pools the input."},
            completionCandidates = KernelNames.class)
    List<String> kernels = new ArrayList<>();

    @Option(names = "--correlate", description = "Correlation (kernel not flipped, as Keras computes) instead of convolution.")
    boolean correlate;

    @Option(names = "--mode", paramLabel = "same|valid|full", defaultValue = "same",
            description = "Output size (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--padding", paramLabel = "zero|reflect|replicate|wrap", defaultValue = "zero",
            description = "Values outside the input (default: ${DEFAULT-VALUE}).")
    String padding;

    @Option(names = "--stride", paramLabel = "N", defaultValue = "1", description = "Keep every N-th output (default: 1).")
    int stride;

    @Option(names = "--dilation", paramLabel = "N", defaultValue = "1", description = "Spacing of the kernel's taps (default: 1).")
    int dilation;

    @Option(names = "--normalise", description = "Divide each kernel by the sum of its weights (when not 0).")
    boolean normalise;

    @Option(names = "--pool", paramLabel = "max:K|avg:K",
            description = "Pool the result (or, without --kernel, the input) with K×K windows (stride K).")
    String pool;

    @Option(names = "--grey", description = "Turn a colour image grey before convolving (default: per channel).")
    boolean grey;

    @Option(names = "--rescale", description = "Stretch the result's min..max to 0..255 instead of clipping to 0..255.")
    boolean rescale;

    @Option(names = "--out", paramLabel = "FILE.png", description = "Where to write the result image (PNG).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if ((image == null) == (matrix == null)) {
            throw new BadInputException("give either --image FILE or --matrix ROWS");
        }
        if (kernels.isEmpty() && pool == null) {
            throw new BadInputException(deepmath.conv.ConvProblem.NOTHING_TO_DO);
        }
        ConvolutionSpec convolution = new ConvolutionSpec(correlate ? Operation.CORRELATION : Operation.CONVOLUTION,
                OutputSize.fromKey(mode), Padding.fromKey(padding), stride, dilation);
        List<FilterStep> steps = new ArrayList<>();
        for (String text : kernels) {
            Kernel kernel = kernel(text);
            steps.add(new FilterStep(normalise ? kernel.normalised() : kernel, convolution));
        }
        ImageFilter filter = new ImageFilter(steps, grey ? ChannelMode.GREY : ChannelMode.PER_CHANNEL,
                Optional.ofNullable(pool).map(Pooling::parse));
        return image != null ? convolveImage(filter) : convolveMatrix(filter);
    }

    private int convolveImage(ImageFilter filter) throws Exception {
        if (out == null) {
            throw new BadInputException("--image needs --out FILE.png");
        }
        AtomicFiles.checkWritable(out);
        RasterImage input = ImageFiles.read(image);
        RasterImage result = filter.apply(input, new DirectConvolution(), Progress.NONE);
        ImageFiles.writePng(result, rescale ? ToneMapping.RESCALE : ToneMapping.CLIP, out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("%s: %dx%d %s -> %dx%d, written to %s%n", image.getFileName(), input.width(), input.height(),
                input.isGrey() ? "grey" : "colour", result.width(), result.height(), out);
        printer.flush();
        return Cli.OK;
    }

    private int convolveMatrix(ImageFilter filter) {
        if (out != null || rescale || grey) {
            throw new BadInputException("--out, --rescale and --grey apply to --image only");
        }
        RasterImage result = filter.apply(RasterImage.grey(Plane.of(MatrixText.parse(matrix, "matrix"))),
                new DirectConvolution(1), Progress.NONE);
        Plane plane = result.channel(0);
        PrintWriter printer = spec.commandLine().getOut();
        for (int r = 0; r < plane.rows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < plane.cols(); c++) {
                line.append(c > 0 ? " " : "").append(MatrixText.number(plane.get(r, c)));
            }
            printer.println(line);
        }
        printer.flush();
        return Cli.OK;
    }

    private static Kernel kernel(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".json")) {
            Path file = Path.of(text);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("no kernel file '" + text + "'");
            }
            return KernelFiles.read(file);
        }
        return KernelLibrary.byNameOrText(text);
    }

    /** The library's names, for --help. */
    static final class KernelNames extends ArrayList<String> {
        KernelNames() {
            super(KernelLibrary.keys());
        }
    }
}
