package deepmath.app.lab;

import java.util.List;

/** The labs of the main window, in navigation order: each issue replaces its placeholder here. */
public final class LabCatalog {
    private LabCatalog() {
    }

    public static List<Lab> create(LabContext context) {
        return List.of(
                new PlaceholderLab(LabId.SURFACES, context),
                new PlaceholderLab(LabId.LEVEL_SETS, context),
                new PlaceholderLab(LabId.DESCENT, context),
                new PlaceholderLab(LabId.NETWORK, context),
                new deepmath.app.convolution.ConvolutionLab(context),
                new PlaceholderLab(LabId.ATTENTION, context));
    }
}
