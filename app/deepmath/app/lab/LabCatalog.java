package deepmath.app.lab;

import deepmath.app.function.FunctionWorkspace;
import deepmath.app.function.LevelSetsLab;
import deepmath.app.function.SurfacesLab;
import java.util.List;

/** The labs of the main window, in navigation order (Ctrl+1 … Ctrl+7 follow it). */
public final class LabCatalog {
    private LabCatalog() {
    }

    public static List<Lab> create(LabContext context) {
        FunctionWorkspace function = new FunctionWorkspace();
        return List.of(
                new SurfacesLab(context, function),
                new LevelSetsLab(context, function),
                new deepmath.app.descent.DescentLab(context),
                new deepmath.app.network.NetworkLab(context),
                new deepmath.app.digits.DigitsLab(context),
                new deepmath.app.convolution.ConvolutionLab(context),
                new deepmath.app.attention.AttentionLab(context));
    }
}
