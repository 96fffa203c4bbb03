package deepmath.app.lab;

import deepmath.app.function.FunctionWorkspace;
import deepmath.app.function.LevelSetsLab;
import deepmath.app.function.SurfacesLab;
import java.util.List;
import java.util.function.Supplier;

/**
 * The labs of the main window, in navigation order (Ctrl+1 … Ctrl+8 follow it). Each is a {@link LazyLab}:
 * nothing of a lab is created before it is first opened (or a session or file needs it), so that the window
 * and its first lab appear at once.
 */
public final class LabCatalog {
    private LabCatalog() {
    }

    public static List<LazyLab> create(LabContext context) {
        // The surfaces and level-set labs share one function; it is made with the first of them.
        Supplier<FunctionWorkspace> function = memo(FunctionWorkspace::new);
        return List.of(
                new LazyLab(LabId.SURFACES, () -> new SurfacesLab(context, function.get())),
                new LazyLab(LabId.LEVEL_SETS, () -> new LevelSetsLab(context, function.get())),
                new LazyLab(LabId.DESCENT, () -> new deepmath.app.descent.DescentLab(context)),
                new LazyLab(LabId.NETWORK, () -> new deepmath.app.network.NetworkLab(context)),
                new LazyLab(LabId.DIGITS, () -> new deepmath.app.digits.DigitsLab(context)),
                new LazyLab(LabId.MODELS, () -> new deepmath.app.models.ModelsLab(context)),
                new LazyLab(LabId.CONVOLUTION, () -> new deepmath.app.convolution.ConvolutionLab(context)),
                new LazyLab(LabId.ATTENTION, () -> new deepmath.app.attention.AttentionLab(context)));
    }

    private static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
